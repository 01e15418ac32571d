// What every benchmark step shares: its target database from the command line, and one JSON line of
// results on standard output with the step's peak memory, which the runner reads.
import { type Database, type DatabaseTarget, openDatabase } from "../../src/data/database.js";

export function targetFromArgs(): DatabaseTarget {
  const [kind, where] = [process.argv[2], process.argv[3]];
  if (kind === "embedded" && where) return { kind: "embedded", dataDir: where };
  if (kind === "server" && where) return { kind: "server", url: where };
  throw new Error("usage: STEP embedded DIR | server URL [...]");
}

export async function openTarget(): Promise<Database> {
  const database = await openDatabase(targetFromArgs());
  await database.migrate();
  return database;
}

export function finish(result: Record<string, unknown>): void {
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify({ ...result, peakRssMb: Math.round(peakRssMb) }));
}
