// Runs once per `npm test` when TEST_DATABASE_URL names a PostgreSQL server: builds a migrated template
// database there; each test file then gets its own copy (CREATE DATABASE ... TEMPLATE), dropped at the end.
import pg from "pg";
import type { TestProject } from "vitest/node";
import { openDatabase } from "../data/database.js";

declare module "vitest" {
  export interface ProvidedContext {
    postgresTemplate: string;
  }
}

export function databaseUrl(base: string, name: string): string {
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

export default async function setup(project: TestProject) {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) throw new Error("TEST_DATABASE_URL is not set");
  const template = `debrief_test_template_${process.pid}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`drop database if exists ${template}`);
  await admin.query(`create database ${template}`);
  const database = await openDatabase({ kind: "server", url: databaseUrl(base, template) });
  await database.migrate();
  await database.close();
  project.provide("postgresTemplate", template);
  return async () => {
    const { rows } = await admin.query<{ datname: string }>(
      "select datname from pg_database where datname like 'debrief_test_%'",
    );
    for (const row of rows) await admin.query(`drop database if exists ${row.datname} with (force)`);
    await admin.end();
  };
}
