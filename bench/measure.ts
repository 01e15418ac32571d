// Runs one benchmark step in a child process and prints the results as a table.
import { spawn } from "node:child_process";
import path from "node:path";

export interface StepResult {
  ms: number;
  peakRssMb: number;
  [key: string]: unknown;
}

export interface Measured extends StepResult {
  figure: string;
  baselineMs?: number;
  ratioLimit?: number;
  limitMs?: number;
  limitRssMb?: number;
  note?: string;
}

export function runStep(step: string, args: string[]): Promise<StepResult> {
  const script = path.join(import.meta.dirname, "steps", `${step}.ts`);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", script, ...args], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.on("exit", (code) => {
      const last = out.trim().split("\n").pop() ?? "";
      if (code !== 0) reject(new Error(`step ${step} exited with ${code}: ${out}`));
      else resolve(JSON.parse(last) as StepResult);
    });
  });
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

export function printTable(rows: Measured[]): void {
  console.log("\n| figure | measured | baseline or limit | peak memory | verdict | notes |");
  console.log("| --- | --- | --- | --- | --- | --- |");
  for (const row of rows) {
    let limit = "";
    let ok = true;
    if (row.baselineMs !== undefined) {
      const ratio = row.ms / row.baselineMs;
      limit = `bare COPY ${seconds(row.baselineMs)}; ratio ${ratio.toFixed(2)} (limit ${row.ratioLimit})`;
      ok &&= ratio <= (row.ratioLimit ?? Number.POSITIVE_INFINITY);
    } else if (row.limitMs !== undefined) {
      limit = `at most ${seconds(row.limitMs)}`;
      ok &&= row.ms <= row.limitMs;
    }
    if (row.limitRssMb !== undefined) ok &&= row.peakRssMb <= row.limitRssMb;
    const memory = `${row.peakRssMb} MB${row.limitRssMb ? ` (limit ${row.limitRssMb})` : ""}`;
    console.log(
      `| ${row.figure} | ${seconds(row.ms)} | ${limit} | ${memory} | ${ok ? "meets" : "MISSES"} | ${row.note ?? ""} |`,
    );
  }
}
