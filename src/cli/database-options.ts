// Every command that touches the database finds it the way the server does: DATABASE_URL, or else the
// data directory from --data-dir, DEBRIEF_DATA_DIR, or ./data.
import type { Command } from "commander";
import { type Database, openDatabase } from "../data/database.js";
import { loadConfig } from "../server/config.js";

export interface DatabaseOptions {
  dataDir?: string;
}

export function withDatabaseOptions(command: Command): Command {
  return command.option("--data-dir <dir>", "embedded data directory (default: $DEBRIEF_DATA_DIR or ./data)");
}

/** Opens and migrates the configured database, runs the work, and always closes it. */
export async function withDatabase<T>(options: DatabaseOptions, work: (database: Database) => Promise<T>): Promise<T> {
  const config = loadConfig(process.env, { dataDir: options.dataDir });
  const database = await openDatabase(config.database);
  try {
    await database.migrate();
    return await work(database);
  } finally {
    await database.close();
  }
}
