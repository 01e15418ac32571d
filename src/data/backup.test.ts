// Backup files and restores, in this process: what `debrief restore` says of files that are not backups,
// and what a restore does to a data directory, whether it succeeds or not. The commands as a person runs
// them, against a running server, are in src/cli/backup-commands.test.ts.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOrganization } from "../features/organizations/create-organization.js";
import { createTestDatabase } from "../test/database.js";
import { tableDigest } from "../test/table-digest.js";
import { restoreBackup, takeBackup } from "./backup.js";
import {
  type BackupManifest,
  debriefVersion,
  dumpBackup,
  knownMigrations,
  packBackup,
  readBackup,
} from "./backup-file.js";
import { DataDirInUseError, lockDataDir } from "./data-dir-lock.js";
import { type Database, migrationsFolder, openDatabase } from "./database.js";

const onPostgres = process.env.DEBRIEF_TEST_DRIVER === "postgres";
const root = mkdtempSync(path.join(tmpdir(), "debrief-backup-unit-"));
const schemas = ["public", "drizzle"];

let database: Database;
let file: Buffer;
let original: Record<string, string>;

beforeAll(async () => {
  if (onPostgres) return;
  database = await createTestDatabase();
  await database.db.transaction((tx) =>
    createOrganization(tx as never, {
      organizationName: "Backup Co",
      adminName: "Bo",
      adminEmail: "bo@backup.test",
      adminPassword: "a long enough password",
    }),
  );
  ({ file } = await dumpBackup(database.pglite as PGlite));
  original = await tableDigest(database, { schemas });
});
afterAll(async () => {
  await database?.close();
  rmSync(root, { recursive: true, force: true });
});

const manifest = (changes: Partial<BackupManifest> = {}): BackupManifest => ({
  format: "debrief-backup",
  formatVersion: 1,
  debriefVersion,
  migrations: knownMigrations().length,
  postgresVersion: "18",
  createdAt: new Date().toISOString(),
  ...changes,
});

/** PGlite's own archive of a database (what a backup wraps). */
async function archiveOf(pglite: PGlite): Promise<Uint8Array> {
  return new Uint8Array(await (await pglite.dumpDataDir("none")).arrayBuffer());
}

/** Every file of a directory with its size and modification time: what "untouched" means here. */
function listing(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .sort()
    .map((name) => {
      const stat = statSync(path.join(dir, name));
      return `${name} ${stat.isDirectory() ? "dir" : stat.size} ${stat.mtimeMs}`;
    });
}

async function digestOf(dataDir: string) {
  const restored = await openDatabase({ kind: "embedded", dataDir });
  try {
    return await tableDigest(restored, { schemas });
  } finally {
    await restored.close();
  }
}

describe.skipIf(onPostgres)("a backup file", () => {
  it("carries a manifest saying which Debrief took it, when, and at which migration", () => {
    expect(readBackup(file, "b.tar.gz").manifest).toMatchObject({
      format: "debrief-backup",
      formatVersion: 1,
      debriefVersion,
      migrations: knownMigrations().length,
    });
  });

  it("is refused with a message saying what is wrong, when it is not a backup this Debrief can restore", async () => {
    const refusal = (bytes: Uint8Array) => {
      try {
        readBackup(bytes, "f.tar.gz");
      } catch (error) {
        return (error as Error).message;
      }
      throw new Error("read as a backup");
    };
    const archive = await archiveOf(database.pglite as PGlite);
    expect(refusal(Buffer.from("name,email\n"))).toBe(
      "f.tar.gz is not a Debrief backup: it is not gzip-compressed (a backup is the .tar.gz file `debrief backup` writes).",
    );
    expect(refusal(gzipSync("name,email\n"))).toBe(
      "f.tar.gz is not a Debrief backup: it is gzip-compressed, but it is not a tar archive.",
    );
    expect(refusal(gzipSync(archive))).toBe(
      "f.tar.gz is not a Debrief backup: it is a tar archive, but without Debrief's manifest (debrief-backup.json) in front.",
    );
    expect(refusal(file.subarray(0, Math.floor(file.length / 2)))).toBe(
      "f.tar.gz is damaged or cut short: unexpected end of file.",
    );
    expect(refusal(await packBackup(manifest({ migrations: 99, debriefVersion: "9.0.0" }), archive))).toBe(
      `f.tar.gz was taken by Debrief 9.0.0 from a database with 99 migrations; this Debrief ${debriefVersion} knows ` +
        `${knownMigrations().length}. Restore it with Debrief 9.0.0 or newer.`,
    );
    expect(refusal(await packBackup({ ...manifest(), formatVersion: 2, debriefVersion: "9.0.0" }, archive))).toContain(
      "f.tar.gz was written by Debrief 9.0.0 in a newer backup format (2)",
    );
  });
});

describe.skipIf(onPostgres)("taking a backup", () => {
  it("says so when the data directory holds no database", async () => {
    const empty = path.join(root, "empty");
    await expect(takeBackup(empty)).rejects.toThrow(`There is no Debrief database in ${empty}.`);
  });

  it("names the process that holds the data directory without answering on its control socket", async () => {
    const held = path.join(root, "held");
    mkdirSync(path.join(held, "pglite"), { recursive: true });
    writeFileSync(path.join(held, "pglite", "PG_VERSION"), "18\n");
    const lock = await lockDataDir(held);
    try {
      const refusal = (await takeBackup(held).catch((error: unknown) => error)) as Error;
      expect(refusal.message).toContain(`is in use by process ${process.pid}`);
      expect(refusal.message).toContain(`It takes no backups over ${path.join(held, ".debrief-control.sock")}`);
    } finally {
      await lock.release();
    }
  });
});

describe.skipIf(onPostgres)("restoring a backup", () => {
  const dataDir = path.join(root, "data");

  it("into a new data directory gives the same rows, table by table", async () => {
    const result = await restoreBackup(readBackup(file, "b"), dataDir);
    expect(result).toMatchObject({ migrated: 0 });
    expect(result.previous).toBeUndefined();
    expect(readdirSync(dataDir)).toEqual(["pglite"]);
    expect(await digestOf(dataDir)).toEqual(original);
    expect(original.organizations).toMatch(/^1:/);
  });

  it("of a database that is not Debrief's fails, leaving the existing data as it was and nothing unpacked", async () => {
    const other = await createTestDatabase();
    try {
      await other.executeSql("drop schema drizzle cascade");
      const notDebrief = await packBackup(manifest(), await archiveOf(other.pglite as PGlite));
      const before = listing(dataDir);
      await expect(restoreBackup(readBackup(notDebrief, "b"), dataDir)).rejects.toThrow(
        "The database in the backup has no Debrief migrations: it is not a Debrief database.",
      );
      expect(listing(dataDir)).toEqual(before);
    } finally {
      await other.close();
    }
  });

  it("is refused while another process holds the data directory, and changes nothing", async () => {
    const before = listing(dataDir);
    const lock = await lockDataDir(dataDir);
    try {
      const refusal = await restoreBackup(readBackup(file, "b"), dataDir).catch((error: unknown) => error);
      expect(refusal).toBeInstanceOf(DataDirInUseError);
      expect((refusal as DataDirInUseError).holder?.pid).toBe(process.pid);
    } finally {
      await lock.release();
    }
    expect(listing(dataDir)).toEqual(before);
  });

  it("over existing data, taken before this Debrief's latest migration, moves that data aside and migrates", async () => {
    // A Debrief one migration newer than the one that took the backup: the committed migrations and one more.
    const newer = path.join(root, "newer-migrations");
    cpSync(migrationsFolder, newer, { recursive: true });
    const journalFile = path.join(newer, "meta", "_journal.json");
    const journal = JSON.parse(readFileSync(journalFile, "utf8"));
    const last = journal.entries.at(-1);
    journal.entries.push({ ...last, idx: last.idx + 1, when: last.when + 1, tag: "9999_after_the_backup" });
    writeFileSync(journalFile, JSON.stringify(journal));
    writeFileSync(path.join(newer, "9999_after_the_backup.sql"), "CREATE TABLE after_the_backup (id integer);");

    const before = listing(path.join(dataDir, "pglite"));
    const now = new Date("2030-01-02T03:04:05.678Z");
    const result = await restoreBackup(readBackup(file, "b"), dataDir, { now, migrationsFolder: newer });
    expect(result).toMatchObject({ migrated: 1 });
    // Never deleted: the data that was there is all in the directory it was moved to.
    expect(result.previous).toBe(path.join(dataDir, "pglite.before-restore-2030-01-02T03-04-05-678Z"));
    expect(listing(result.previous as string)).toEqual(before);
    expect(readdirSync(dataDir).sort()).toEqual(["pglite", "pglite.before-restore-2030-01-02T03-04-05-678Z"]);
    const restored = await openDatabase({ kind: "embedded", dataDir });
    try {
      const { rows } = await restored.executeSql("select to_regclass('after_the_backup')::text as t");
      expect(rows).toEqual([{ t: "after_the_backup" }]);
    } finally {
      await restored.close();
    }
  });
});
