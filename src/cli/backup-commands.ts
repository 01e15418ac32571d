// `debrief backup` and `debrief restore`: the embedded database copied whole into a file, even while the
// server runs, and put back. A PostgreSQL server has its own tools for this, which these commands name.
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Command } from "commander";
import { restoreBackup, takeBackup, writeBackupFile } from "../data/backup.js";
import { readBackup } from "../data/backup-file.js";
import { Problem } from "../domain/errors.js";
import { loadConfig } from "../server/config.js";
import { type DatabaseOptions, withDatabaseOptions } from "./database-options.js";

export function registerBackupCommands(program: Command): void {
  withDatabaseOptions(
    program
      .command("backup")
      .description("write a consistent copy of the embedded database to a file, while the server runs or not")
      .requiredOption("--out <file>", "the backup file to write (a .tar.gz, readable by its owner only)"),
  ).action(async (options: DatabaseOptions & { out: string }) => {
    const dataDir = embeddedDataDir(options, "backup");
    const out = path.resolve(options.out);
    const taken = await takeBackup(dataDir);
    // Read back before it is written: a file `debrief restore` would refuse is no backup.
    const { manifest } = readBackup(taken.file, "The backup");
    await writeBackupFile(out, taken.file);
    console.log(
      `Backed up ${dataDir} to ${out} (${megabytes(taken.file.length)}), ` +
        `${taken.fromRunningProcess ? "from the server running on it" : "with no server running"}: ` +
        `${manifest.migrations} migrations, taken at ${manifest.createdAt} by Debrief ${manifest.debriefVersion}.`,
    );
  });

  withDatabaseOptions(
    program
      .command("restore")
      .description("replace the embedded database with a backup (the current data is moved aside, not deleted)")
      .argument("<file>", "a file `debrief backup` wrote"),
  ).action(async (file: string, options: DatabaseOptions) => {
    const dataDir = embeddedDataDir(options, "restore");
    let bytes: Buffer;
    try {
      bytes = await readFile(file);
    } catch (error) {
      throw new Problem("invalid", `FILE: cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? error})`);
    }
    const backup = readBackup(bytes, file);
    const result = await restoreBackup(backup, dataDir);
    const { manifest } = backup;
    console.log(
      `Restored ${file} (taken at ${manifest.createdAt} by Debrief ${manifest.debriefVersion}) into ${dataDir}` +
        (result.migrated > 0 ? `, and applied ${result.migrated} newer migrations to it.` : "."),
    );
    console.log(
      result.previous
        ? `The data that was there is now in ${result.previous}: delete it once you no longer need it.`
        : "There was no database there before.",
    );
  });
}

/** The embedded data directory these commands work on; a PostgreSQL server is refused with what to use. */
function embeddedDataDir(options: DatabaseOptions, command: "backup" | "restore"): string {
  const config = loadConfig(process.env, { dataDir: options.dataDir });
  const url = /^postgres(ql)?:\/\//;
  if (config.database.kind !== "embedded" || url.test(options.dataDir ?? "")) {
    const where = options.dataDir && url.test(options.dataDir) ? "--data-dir names" : "DATABASE_URL is set to";
    throw new Problem(
      "invalid",
      `${where} a PostgreSQL server: \`debrief ${command}\` is for the embedded database. ` +
        "Back up a PostgreSQL database with pg_dump, and restore it with pg_restore:\n" +
        '  pg_dump --format=custom --file=debrief.dump "$DATABASE_URL"\n' +
        '  pg_restore --clean --if-exists --no-owner --dbname="$DATABASE_URL" debrief.dump',
    );
  }
  return config.database.dataDir;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
