// Runs once per `npm test`: migrates one in-memory PGlite and saves a copy of its data directory, so each
// test file starts from a migrated database in a fraction of the time initdb and the migrations take.
import { writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { openDatabase } from "../data/database.js";

declare module "vitest" {
  export interface ProvidedContext {
    pgliteTemplate: string;
  }
}

export default async function setup(project: TestProject) {
  const database = await openDatabase({ kind: "memory" });
  await database.migrate();
  const dump = await database.pglite?.dumpDataDir("none");
  await database.close();
  if (!dump) throw new Error("the in-memory database could not be copied");
  const file = path.join(tmpdir(), `debrief-test-template-${process.pid}.tar`);
  await writeFile(file, Buffer.from(await dump.arrayBuffer()));
  project.provide("pgliteTemplate", file);
}
