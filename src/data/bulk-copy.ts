// Bulk loading with COPY on either driver, inside the caller's Drizzle transaction. Imports of history
// write up to millions of rows; COPY is the fastest way PostgreSQL takes them, on PGlite as on a server.
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { from as copyFrom, to as copyTo } from "pg-copy-streams";
import type { Db } from "./database.js";

/** One value of a row: null is SQL NULL; objects and arrays are written as JSON. */
export type CopyValue = string | number | boolean | null | Date | object;

// Rows per COPY statement: one huge COPY on PGlite is far slower and hungrier than several modest ones.
const ROWS_PER_COPY = 20_000;

interface PgliteTransactionLike {
  query(sql: string, params: unknown[], options: { blob?: Blob }): Promise<unknown>;
}
interface PgClientLike {
  query(stream: NodeJS.WritableStream): NodeJS.WritableStream;
}

/**
 * The driver's own client under a Drizzle transaction. Drizzle keeps it at `session.client`: a PGlite
 * transaction, or a node-postgres pool client. Tests on both drivers pin this down (bulk-copy.test.ts).
 */
function rawClient(tx: Db): { kind: "pglite"; client: PgliteTransactionLike } | { kind: "pg"; client: PgClientLike } {
  const client = (tx as unknown as { session?: { client?: unknown } }).session?.client as
    | Record<string, unknown>
    | undefined;
  if (!client) throw new Error("bulkCopy needs a Drizzle transaction");
  if (typeof client.connection === "object" || typeof client.release === "function") {
    return { kind: "pg", client: client as unknown as PgClientLike };
  }
  return { kind: "pglite", client: client as unknown as PgliteTransactionLike };
}

export function csvField(value: CopyValue): string {
  if (value === null) return "";
  let text: string;
  if (typeof value === "string") text = value;
  else if (typeof value === "number") text = String(value);
  else if (typeof value === "boolean") text = value ? "t" : "f";
  else if (value instanceof Date) text = value.toISOString();
  else text = JSON.stringify(value);
  // Quote every string-ish field that could be mistaken for NULL or break the row; "" stays an empty string.
  if (text === "" || /[",\n\r\\]/.test(text) || text !== text.trim()) return `"${text.replaceAll('"', '""')}"`;
  return text;
}

export function csvRows(rows: CopyValue[][]): string {
  let out = "";
  for (const row of rows) out += `${row.map(csvField).join(",")}\n`;
  return out;
}

/** Appends rows to a table with COPY. Call inside a transaction: a failure anywhere leaves nothing behind. */
export async function bulkCopy(
  tx: Db,
  table: string,
  columns: string[],
  rows: CopyValue[][],
  onProgress?: (rowsWritten: number) => void,
): Promise<void> {
  if (rows.length === 0) return;
  const raw = rawClient(tx);
  const statement = (source: string) =>
    `COPY ${quoteIdent(table)} (${columns.map(quoteIdent).join(", ")}) FROM ${source} WITH (FORMAT csv)`;
  for (let start = 0; start < rows.length; start += ROWS_PER_COPY) {
    const csv = csvRows(rows.slice(start, start + ROWS_PER_COPY));
    if (raw.kind === "pglite") {
      await raw.client.query(statement("'/dev/blob'"), [], { blob: new Blob([csv]) });
    } else {
      const stream = raw.client.query(copyFrom(statement("STDIN")));
      await pipeline(Readable.from([csv]), stream);
    }
    onProgress?.(Math.min(start + ROWS_PER_COPY, rows.length));
  }
}

function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * Runs a query with COPY ... TO and returns its rows as CSV text. For reads of hundreds of thousands of
 * rows this is several times faster than the row-by-row protocol on both drivers. Call inside a
 * transaction (a read-only one gives every query of a report the same snapshot).
 */
export async function copyOut(tx: Db, query: string): Promise<string> {
  const raw = rawClient(tx);
  if (raw.kind === "pglite") {
    const result = (await raw.client.query(`COPY (${query}) TO '/dev/blob' WITH (FORMAT csv)`, [], {})) as {
      blob?: Blob;
    };
    return result.blob ? await result.blob.text() : "";
  }
  const chunks: Buffer[] = [];
  const stream = raw.client.query(
    copyTo(`COPY (${query}) TO STDOUT WITH (FORMAT csv)`) as never,
  ) as unknown as NodeJS.ReadableStream;
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** Splits CSV text (as PostgreSQL writes it) into rows of fields; an empty unquoted field is null. */
export function parseCsv(text: string): (string | null)[][] {
  const rows: (string | null)[][] = [];
  let row: (string | null)[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    let value: string | null;
    if (text.charCodeAt(i) === 34) {
      let end = i + 1;
      let out = "";
      for (;;) {
        const quote = text.indexOf('"', end);
        if (quote === -1) throw new Error("unterminated quoted field in CSV");
        out += text.slice(end, quote);
        if (text.charCodeAt(quote + 1) === 34) {
          out += '"';
          end = quote + 2;
        } else {
          i = quote + 1;
          break;
        }
      }
      value = out;
    } else {
      let end = i;
      while (end < n && text.charCodeAt(end) !== 44 && text.charCodeAt(end) !== 10) end++;
      value = end === i ? null : text.slice(i, end);
      i = end;
    }
    row.push(value);
    if (i >= n || text.charCodeAt(i) === 10) {
      rows.push(row);
      row = [];
    }
    i++;
  }
  return rows;
}
