// Backing up and restoring the embedded database, whole: what `debrief backup` and `debrief restore` do.
// The file format is backup-file.ts; how a running server hands out a copy is backup-socket.ts.
import { existsSync, mkdirSync, readdirSync, rmdirSync } from "node:fs";
import { open, readdir, rename, rm } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { drizzle } from "drizzle-orm/pglite";
import { migrate } from "drizzle-orm/pglite/migrator";
import { Problem } from "../domain/errors.js";
import { type Backup, type BackupManifest, dumpBackup, knownMigrations } from "./backup-file.js";
import { controlSocketPath, requestBackup } from "./backup-socket.js";
import { DataDirInUseError, lockDataDir } from "./data-dir-lock.js";
import { migrationsFolder, openDatabase } from "./database.js";

/** Where the database lives inside a data directory (database.ts opens it there). */
const DATABASE_DIR = "pglite";

export interface TakenBackup {
  file: Buffer;
  /** Whether the process holding the data directory made it (else this process opened the directory). */
  fromRunningProcess: boolean;
}

/** A backup of the data directory: from the process that holds it, or, when none does, opened here. */
export async function takeBackup(dataDir: string): Promise<TakenBackup> {
  if (!existsSync(path.join(dataDir, DATABASE_DIR, "PG_VERSION"))) {
    throw new Problem("not_found", `There is no Debrief database in ${dataDir}.`);
  }
  const served = await requestBackup(dataDir);
  if (served) return { file: served, fromRunningProcess: true };
  let database: Awaited<ReturnType<typeof openDatabase>>;
  try {
    database = await openDatabase({ kind: "embedded", dataDir });
  } catch (error) {
    if (!(error instanceof DataDirInUseError)) throw error;
    // Held by a process that does not answer on the control socket: another command, a server still
    // starting or one that could not make the socket, or a Debrief from before backups.
    throw new Problem(
      "conflict",
      `${error.message} It takes no backups over ${controlSocketPath(dataDir)} (it is not \`debrief serve\`, ` +
        "or is still starting, or could not make the socket: its log says why): wait for it or stop it, " +
        "then run `debrief backup` again.",
    );
  }
  try {
    return { file: (await dumpBackup(database.pglite as PGlite)).file, fromRunningProcess: false };
  } finally {
    await database.close();
  }
}

/**
 * Writes a backup file that is either whole or not there: into FILE.partial (readable by its owner only:
 * it holds every record and password hash), flushed to disk, then renamed over FILE.
 */
export async function writeBackupFile(file: string, bytes: Uint8Array): Promise<void> {
  const partial = `${file}.partial`;
  await rm(partial, { force: true });
  try {
    const handle = await open(partial, "wx", 0o600);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(partial, file);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
  await syncDirectory(path.dirname(file));
}

export interface RestoreResult {
  manifest: BackupManifest;
  /** Where the data that was there before is now (moved aside, never deleted), if there was any. */
  previous?: string;
  /** Migrations applied to the restored database, when the backup is older than this Debrief. */
  migrated: number;
}

/**
 * Restores a backup into a data directory, refusing while any process holds it. The backup is unpacked
 * beside the current database, opened and migrated there, and only then swapped in with two renames: the
 * database there before goes to `pglite.before-restore-<time>`. Until the swap nothing of the existing
 * data is touched, and a restore that fails removes what it unpacked.
 *
 * Both stay inside the data directory, so the renames never cross file systems (the directory may be a
 * mount point, which could not be renamed itself), and the data-directory lock covers them throughout.
 * `now` names the moved-aside directory; `migrationsFolder` (tests) stands for a newer Debrief's migrations.
 */
export async function restoreBackup(
  backup: Backup,
  dataDir: string,
  options: { now?: Date; migrationsFolder?: string } = {},
): Promise<RestoreResult> {
  const now = options.now ?? new Date();
  const created = !existsSync(dataDir);
  mkdirSync(dataDir, { recursive: true });
  let lock: Awaited<ReturnType<typeof lockDataDir>>;
  try {
    lock = await lockDataDir(dataDir);
  } catch (error) {
    if (created) rmdirSync(dataDir);
    throw error;
  }
  const stamp = now.toISOString().replace(/[:.]/g, "-");
  const live = path.join(dataDir, DATABASE_DIR);
  const incoming = path.join(dataDir, `${DATABASE_DIR}.restoring-${stamp}`);
  const previous = path.join(dataDir, `${DATABASE_DIR}.before-restore-${stamp}`);
  try {
    // What an interrupted restore left (we hold the lock, so no restore is running).
    for (const entry of readdirSync(dataDir)) {
      if (entry.startsWith(`${DATABASE_DIR}.restoring-`)) await rm(path.join(dataDir, entry), { recursive: true });
    }
    let migrated: number;
    try {
      migrated = await unpack(backup, incoming, options.migrationsFolder ?? migrationsFolder);
      await syncTree(incoming);
    } catch (error) {
      await rm(incoming, { recursive: true, force: true });
      throw error;
    }
    const hadData = existsSync(live);
    try {
      if (hadData) await rename(live, previous);
      await rename(incoming, live);
    } catch (error) {
      if (hadData && !existsSync(live)) await rename(previous, live);
      await rm(incoming, { recursive: true, force: true });
      throw error;
    }
    await syncDirectory(dataDir);
    return { manifest: backup.manifest, ...(hadData ? { previous } : {}), migrated };
  } catch (error) {
    if (created && readdirSync(dataDir).length === 0) rmdirSync(dataDir);
    throw error;
  } finally {
    await lock.release();
  }
}

/** Unpacks the backup into `dir` and checks it is a Debrief database this Debrief can run; migrates it. */
async function unpack(backup: Backup, dir: string, folder: string): Promise<number> {
  let client: PGlite;
  try {
    // The archive is a view of an ordinary (not shared) buffer: gunzip made it.
    client = await PGlite.create(dir, { loadDataDir: new Blob([backup.archive as Uint8Array<ArrayBuffer>]) });
  } catch (error) {
    throw new Problem("invalid", `The database in the backup could not be opened: ${(error as Error).message}`);
  }
  try {
    const known = knownMigrations(folder);
    const table = await client.query<{ t: string | null }>("select to_regclass('drizzle.__drizzle_migrations') as t");
    if (!table.rows[0]?.t) {
      throw new Problem(
        "invalid",
        "The database in the backup has no Debrief migrations: it is not a Debrief database.",
      );
    }
    const applied = await client.query<{ created_at: string | number }>(
      "select created_at from drizzle.__drizzle_migrations order by id",
    );
    if (applied.rows.length > known.length) {
      throw new Problem(
        "invalid",
        `The database in the backup has ${applied.rows.length} migrations; this Debrief knows ${known.length}: ` +
          "restore it with the Debrief that took it, or a newer one.",
      );
    }
    applied.rows.forEach((row, i) => {
      if (Number(row.created_at) !== known[i]?.folderMillis) {
        throw new Problem(
          "invalid",
          `The database in the backup has migrations other than Debrief's (number ${i + 1} differs): it is not a Debrief database.`,
        );
      }
    });
    await migrate(drizzle({ client }), { migrationsFolder: folder });
    return known.length - applied.rows.length;
  } finally {
    await client.close();
  }
}

/** PGlite writes without fsync; a restored database is made durable before it replaces the old one. */
async function syncTree(dir: string): Promise<void> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) await syncTree(file);
    else if (entry.isFile()) {
      const handle = await open(file, "r");
      await handle.sync().finally(() => handle.close());
    }
  }
  await syncDirectory(dir);
}

async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, "r");
  try {
    await handle.sync();
  } catch {
    // Some file systems (and platforms) cannot fsync a directory; the rename is then as durable as they make it.
  } finally {
    await handle.close();
  }
}
