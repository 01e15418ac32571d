// Where a browser test's server keeps its data: a new embedded data directory, or, in the `e2e-postgres`
// project, a new database on the PostgreSQL server of TEST_DATABASE_URL. Removed when the server stops.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";

export interface ServerDatabase {
  env: Record<string, string>;
  remove(): Promise<void>;
}

export async function createServerDatabase(): Promise<ServerDatabase> {
  const base = process.env.TEST_DATABASE_URL;
  if (process.env.DEBRIEF_TEST_DRIVER === "postgres" && base) {
    const name = `debrief_e2e_${randomBytes(6).toString("hex")}`;
    await adminQuery(base, `create database ${name}`);
    const url = new URL(base);
    url.pathname = `/${name}`;
    return {
      env: { DATABASE_URL: url.toString() },
      remove: () => adminQuery(base, `drop database if exists ${name} with (force)`),
    };
  }
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "debrief-e2e-"));
  return {
    env: { DEBRIEF_DATA_DIR: dataDir },
    remove: async () => rmSync(dataDir, { recursive: true, force: true }),
  };
}

async function adminQuery(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
