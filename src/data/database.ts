// Opens the database the configuration names: embedded PGlite in a data directory by default, or a
// PostgreSQL server when a URL is given. Both get the same schema and the same committed migrations.
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import pg from "pg";
import { type DataDirLock, lockDataDir } from "./data-dir-lock.js";
import * as schema from "./schema.js";

/** The handle every query function takes: a database or a transaction, on either driver. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export type DatabaseTarget =
  | { kind: "embedded"; dataDir: string }
  | { kind: "memory"; loadDataDir?: Blob | File }
  | { kind: "server"; url: string };

export interface Database {
  db: Db;
  target: DatabaseTarget;
  /** A human description for logs and errors, without credentials. */
  describe(): string;
  /** Checks the database answers; used by /healthz. */
  ping(): Promise<void>;
  migrate(): Promise<void>;
  /**
   * Runs raw SQL outside Drizzle (pg-boss uses it): with values, one statement with parameters; without,
   * any number of statements, which fail or succeed together. Answers the last statement's rows.
   */
  executeSql(text: string, values?: readonly unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
  close(): Promise<void>;
  /** The embedded client, for copying a database (tests, backups); undefined on a server. */
  pglite?: PGlite;
}

type Row = Record<string, unknown>;

export const migrationsFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../drizzle");

// Any constant works: it only has to be the same in every Debrief process migrating one database.
const MIGRATION_LOCK_KEY = 4_171_992_001;

export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  return target.kind === "server" ? openServer(target) : openEmbedded(target);
}

async function openEmbedded(target: Extract<DatabaseTarget, { kind: "embedded" | "memory" }>): Promise<Database> {
  let lock: DataDirLock | undefined;
  let client: PGlite;
  if (target.kind === "embedded") {
    const dataDir = path.resolve(target.dataDir);
    if (!existsSync(dataDir)) mkdirSync(dataDir, { recursive: true });
    // PGlite does not lock its directory and two writers corrupt it, so the process takes an OS lock first.
    lock = await lockDataDir(dataDir);
    try {
      client = await PGlite.create(path.join(dataDir, "pglite"));
    } catch (error) {
      await lock.release();
      throw error;
    }
  } else {
    client = await PGlite.create(target.loadDataDir ? { loadDataDir: target.loadDataDir } : {});
  }
  const db = drizzlePglite({ client, schema }) as unknown as Db;
  return {
    db,
    target,
    pglite: client,
    describe: () =>
      target.kind === "embedded" ? `embedded PostgreSQL in ${path.resolve(target.dataDir)}` : "in-memory PostgreSQL",
    ping: async () => {
      await client.query("select 1");
    },
    migrate: async () => {
      await migratePglite(drizzlePglite({ client }), { migrationsFolder });
    },
    executeSql: async (text, values) => {
      if (values && values.length > 0) return { rows: (await client.query(text, values as unknown[])).rows as Row[] };
      // Statements that fail inside their own BEGIN leave the one shared connection in an aborted transaction;
      // PGlite's transaction rolls that back before anything else may run on it.
      return client.transaction(async (tx) => ({ rows: ((await tx.exec(text)).at(-1)?.rows ?? []) as Row[] }));
    },
    close: async () => {
      try {
        if (!client.closed) await client.close();
      } finally {
        await lock?.release();
      }
    },
  };
}

async function openServer(target: Extract<DatabaseTarget, { kind: "server" }>): Promise<Database> {
  const pool = new pg.Pool({ connectionString: target.url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
  // An idle client that loses its server must not take the process down with it.
  pool.on("error", () => {});
  const db = drizzlePg({ client: pool, schema }) as unknown as Db;
  return {
    db,
    target,
    describe: () => `PostgreSQL at ${redactUrl(target.url)}`,
    ping: async () => {
      await pool.query("select 1");
    },
    migrate: async () => {
      // Several app processes may start at once on one server: one migrates, the others wait for it.
      const client = await pool.connect();
      try {
        await client.query("select pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
        await migratePg(drizzlePg({ client }), { migrationsFolder });
      } finally {
        await client.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]).catch(() => {});
        client.release();
      }
    },
    executeSql: async (text, values) => {
      if (values && values.length > 0) return { rows: (await pool.query(text, values as unknown[])).rows };
      // Several statements go over one connection; after a failure it may be left inside an aborted
      // transaction, so it is discarded rather than handed back to the pool.
      const client = await pool.connect();
      let result: pg.QueryResult | pg.QueryResult[];
      try {
        result = (await client.query(text)) as unknown as pg.QueryResult | pg.QueryResult[];
      } catch (error) {
        client.release(error as Error);
        throw error;
      }
      client.release();
      return { rows: (Array.isArray(result) ? result.at(-1)?.rows : result.rows) ?? [] };
    },
    close: async () => {
      await pool.end();
    },
  };
}

export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "(unparseable DATABASE_URL)";
  }
}
