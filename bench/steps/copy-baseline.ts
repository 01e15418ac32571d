// Step: the baseline for the import. Takes exactly the rows an import wrote (from the source database),
// and times loading them into an empty database of the same schema with nothing but COPY, in the same
// 20,000-row statements the importer uses (one giant COPY is several times slower on PGlite).
import { Readable, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { from as copyFrom, to as copyTo } from "pg-copy-streams";
import type { Database } from "../../src/data/database.js";
import { finish, openTarget, targetFromArgs } from "./child.js";

const [source, orgId] = [process.argv[4] as string, process.argv[5] as string];
// Parents before children, as the foreign keys need.
const TABLES = [
  "organizations",
  "users",
  "candidates",
  "questions",
  "question_versions",
  "interviews",
  "assessments",
  "self_assessments",
  "candidate_ratings",
  "interview_events",
  "outcomes",
  "offers",
];
const ROWS = 20_000;

// The columns an import supplies: everything but created_at, which both sides leave to its default.
const COLUMNS_SQL = `select table_name, string_agg(column_name, ', ' order by ordinal_position) as columns
  from information_schema.columns where table_schema = 'public' and column_name <> 'created_at' group by table_name`;
const columns = new Map<string, string>();

async function readTables(): Promise<Map<string, string>> {
  const tables = new Map<string, string>();
  const kind = targetFromArgs().kind;
  const sql = (table: string) =>
    `COPY (SELECT ${columns.get(table)} FROM ${table} WHERE org_id = '${orgId}') TO STDOUT WITH (FORMAT csv)`;
  if (kind === "embedded") {
    const db = await PGlite.create(`${source}/pglite`);
    for (const row of (await db.query<{ table_name: string; columns: string }>(COLUMNS_SQL)).rows) {
      columns.set(row.table_name, row.columns);
    }
    for (const table of TABLES) {
      const result = await db.query(sql(table).replace("STDOUT", "'/dev/blob'"));
      tables.set(table, await (result.blob as Blob).text());
    }
    await db.close();
  } else {
    const client = new pg.Client({ connectionString: source });
    await client.connect();
    for (const row of (await client.query<{ table_name: string; columns: string }>(COLUMNS_SQL)).rows) {
      columns.set(row.table_name, row.columns);
    }
    for (const table of TABLES) {
      const chunks: Buffer[] = [];
      await pipeline(
        client.query(copyTo(sql(table))),
        new Writable({
          write(chunk, _encoding, done) {
            chunks.push(chunk);
            done();
          },
        }),
      );
      tables.set(table, Buffer.concat(chunks).toString("utf8"));
    }
    await client.end();
  }
  return tables;
}

/** Splits CSV text into chunks of whole rows (a newline inside quotes is not a row end). */
function chunks(csv: string): string[] {
  const out: string[] = [];
  let start = 0;
  let rows = 0;
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (c === 10 && !quoted && ++rows === ROWS) {
      out.push(csv.slice(start, i + 1));
      start = i + 1;
      rows = 0;
    }
  }
  if (start < csv.length) out.push(csv.slice(start));
  return out;
}

const tables = await readTables();
const prepared = TABLES.map((table) => [table, chunks(tables.get(table) ?? "")] as const);
tables.clear();
const database: Database = await openTarget();
let rows = 0;
const started = performance.now();
await database.db.transaction(async (tx) => {
  const client = (tx as unknown as { session: { client: Record<string, unknown> } }).session.client;
  for (const [table, parts] of prepared) {
    for (const part of parts) {
      if (database.pglite) {
        await (client as unknown as PGlite).query(
          `COPY ${table} (${columns.get(table)}) FROM '/dev/blob' WITH (FORMAT csv)`,
          [],
          { blob: new Blob([part]) },
        );
      } else {
        await pipeline(
          Readable.from([part]),
          (client as unknown as pg.PoolClient).query(
            copyFrom(`COPY ${table} (${columns.get(table)}) FROM STDIN WITH (FORMAT csv)`),
          ),
        );
      }
    }
  }
});
const ms = performance.now() - started;
for (const [, parts] of prepared) for (const part of parts) rows += part.split("\n").length - 1;
await database.close();
finish({ ms, rows });
