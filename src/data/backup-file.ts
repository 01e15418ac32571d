// A backup file: a gzip-compressed tar archive of the embedded database's data directory, as PGlite dumps
// it, with Debrief's manifest as its first entry (which Debrief wrote it, how many migrations the database
// had, when it was taken). The manifest lets `debrief restore` say what is wrong with a file before it
// unpacks anything; the database itself is checked again once unpacked (backup.ts).
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { gunzipSync, gzip } from "node:zlib";
import type { PGlite } from "@electric-sql/pglite";
import { readMigrationFiles } from "drizzle-orm/migrator";
import { z } from "zod";
import { Problem } from "../domain/errors.js";
import { listTar, TarError, tarEntry } from "./backup-tar.js";
import { migrationsFolder } from "./database.js";

export const MANIFEST_NAME = "debrief-backup.json";
const FORMAT_VERSION = 1;

const Manifest = z.object({
  format: z.literal("debrief-backup"),
  formatVersion: z.number().int().positive(),
  debriefVersion: z.string(),
  /** How many of Debrief's migrations the database had. */
  migrations: z.number().int().nonnegative(),
  postgresVersion: z.string(),
  createdAt: z.string(),
});
export type BackupManifest = z.infer<typeof Manifest>;

export interface Backup {
  manifest: BackupManifest;
  /** PGlite's archive of the data directory, without the manifest: what `loadDataDir` takes. */
  archive: Uint8Array;
}

const packageJson = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../package.json");
export const debriefVersion: string = JSON.parse(readFileSync(packageJson, "utf8")).version;

/** The migrations this Debrief has, oldest first; `folderMillis` is what the database records of each. */
export const knownMigrations = (folder = migrationsFolder) => readMigrationFiles({ migrationsFolder: folder });

/**
 * A consistent copy of a running embedded database, as the bytes of a backup file.
 *
 * PGlite has one connection, and a transaction on it holds PGlite's transaction lock, which every other
 * query and transaction waits for: while this one is open nothing else runs, so each write is either wholly
 * in the copy or not in it. CHECKPOINT first writes every change into the data files, so the copy opens
 * without replaying the log. The database waits only for the dump itself, not for the compression.
 */
export async function dumpBackup(pglite: PGlite): Promise<{ file: Buffer; manifest: BackupManifest }> {
  const { manifest, archive } = await pglite.transaction(async (tx) => {
    const applied = await tx.query<{ n: number | null }>(
      "select case when to_regclass('drizzle.__drizzle_migrations') is null then null else " +
        "(select count(*)::int from drizzle.__drizzle_migrations) end as n",
    );
    const migrations = applied.rows[0]?.n;
    if (migrations === null || migrations === undefined) {
      throw new Problem("invalid", "This database has no Debrief migrations: it is not a Debrief database.");
    }
    const version = await tx.query<{ server_version: string }>("show server_version");
    await tx.exec("CHECKPOINT");
    const manifest: BackupManifest = {
      format: "debrief-backup",
      formatVersion: FORMAT_VERSION,
      debriefVersion,
      migrations,
      postgresVersion: version.rows[0]?.server_version ?? "unknown",
      createdAt: new Date().toISOString(),
    };
    return { manifest, archive: await pglite.dumpDataDir("none") };
  });
  return { file: await packBackup(manifest, new Uint8Array(await archive.arrayBuffer())), manifest };
}

/** The backup file of PGlite's archive of a data directory: the manifest in front, gzip-compressed. */
export async function packBackup(manifest: BackupManifest, archive: Uint8Array): Promise<Buffer> {
  const head = tarEntry(MANIFEST_NAME, Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`), new Date());
  return promisify(gzip)(Buffer.concat([head, archive]));
}

/** Reads a backup file, or says what is wrong with it: `name` is how the messages call it. */
export function readBackup(bytes: Uint8Array, name: string): Backup {
  const notABackup = (why: string) => new Problem("invalid", `${name} is not a Debrief backup: ${why}.`);
  if (bytes.length < 2 || bytes[0] !== 0x1f || bytes[1] !== 0x8b) {
    throw notABackup("it is not gzip-compressed (a backup is the .tar.gz file `debrief backup` writes)");
  }
  let tar: Buffer;
  try {
    tar = gunzipSync(bytes);
  } catch (error) {
    throw new Problem("invalid", `${name} is damaged or cut short: ${(error as Error).message}.`);
  }
  let entries: ReturnType<typeof listTar>;
  try {
    entries = listTar(tar);
  } catch (error) {
    if (!(error instanceof TarError)) throw error;
    throw notABackup(`it is gzip-compressed, but ${error.message}`);
  }
  const [first, second] = entries;
  if (first?.name !== MANIFEST_NAME) {
    throw notABackup(`it is a tar archive, but without Debrief's manifest (${MANIFEST_NAME}) in front`);
  }
  let manifest: BackupManifest;
  try {
    const parsed = JSON.parse(tar.subarray(first.dataOffset, first.dataOffset + first.size).toString("utf8"));
    if (typeof parsed?.formatVersion === "number" && parsed.formatVersion > FORMAT_VERSION) {
      throw new Problem(
        "invalid",
        `${name} was written by Debrief ${parsed.debriefVersion} in a newer backup format (${parsed.formatVersion}) than ` +
          `this Debrief ${debriefVersion} reads (${FORMAT_VERSION}): restore it with that Debrief or a newer one.`,
      );
    }
    manifest = Manifest.parse(parsed);
  } catch (error) {
    if (error instanceof Problem) throw error;
    throw notABackup(`its manifest cannot be read (${(error as Error).message.split("\n")[0]})`);
  }
  const known = knownMigrations().length;
  if (manifest.migrations > known) {
    throw new Problem(
      "invalid",
      `${name} was taken by Debrief ${manifest.debriefVersion} from a database with ${manifest.migrations} migrations; ` +
        `this Debrief ${debriefVersion} knows ${known}. Restore it with Debrief ${manifest.debriefVersion} or newer.`,
    );
  }
  if (!second) throw notABackup("the archive holds nothing but the manifest");
  return { manifest, archive: tar.subarray(second.offset) };
}
