// A fresh, migrated database for one test file: in-memory PGlite by default, or a new database on the
// PostgreSQL server of TEST_DATABASE_URL in the `postgres` test project.
import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import pg from "pg";
import { inject } from "vitest";
import { type Database, openDatabase } from "../data/database.js";
import { databaseUrl } from "./global-setup-postgres.js";

export async function createTestDatabase(): Promise<Database> {
  if (process.env.DEBRIEF_TEST_DRIVER === "postgres") {
    const base = process.env.TEST_DATABASE_URL as string;
    const name = `debrief_test_${randomBytes(6).toString("hex")}`;
    const admin = new pg.Client({ connectionString: base });
    await admin.connect();
    try {
      await admin.query(`create database ${name} template ${inject("postgresTemplate")}`);
    } finally {
      await admin.end();
    }
    const database = await openDatabase({ kind: "server", url: databaseUrl(base, name) });
    const close = database.close;
    return {
      ...database,
      close: async () => {
        await close();
        const dropper = new pg.Client({ connectionString: base });
        await dropper.connect();
        await dropper.query(`drop database if exists ${name} with (force)`).finally(() => dropper.end());
      },
    };
  }
  const template = await readFile(inject("pgliteTemplate"));
  return openDatabase({ kind: "memory", loadDataDir: new Blob([template]) });
}
