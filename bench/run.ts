// `npm run bench`: the figures the issues name, each beside its baseline or limit, measured on this machine.
// Every step runs in its own process so that its peak memory is its own.
//
//   BENCH_SCALE=7           copies of the sample's shape (7 ≈ 110,000 interviews and 980,000 events)
//   BENCH_DATABASE_URL=...  also measure on this PostgreSQL server (a database it may create and drop
//                           databases beside); falls back to TEST_DATABASE_URL
//   BENCH_SKIP_10X=1        skip the report at ten times the scale on PostgreSQL
//   BENCH_EVENT_SECONDS=30  how long event writes are sustained (and the bare inserts beside them)
//   BENCH_EVENT_CLIENTS=32  concurrent clients writing events
//   BENCH_MIXED_SECONDS=60  how long the mixed load runs (people reading, interviewers writing notes,
//                           analytics running) on the imported history

import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import path from "node:path";
import { generateHistory } from "./generate-history.js";
import { type Measured, printTable, runStep } from "./measure.js";
import type { ClassFigures } from "./mixed-load-driver.js";
import { multiplyHistory, withServerDatabase } from "./postgres.js";

const scale = Number(process.env.BENCH_SCALE ?? 7);
const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
const workDir = mkdtempSync(path.join(tmpdir(), "debrief-bench-"));
const file = path.join(tmpdir(), `debrief-bench-history-x${scale}.jsonl.gz`);
const rows: Measured[] = [];
const EVENT_SECONDS = Number(process.env.BENCH_EVENT_SECONDS ?? 30);
const EVENT_CLIENTS = Number(process.env.BENCH_EVENT_CLIENTS ?? 32);
const MIXED_SECONDS = Number(process.env.BENCH_MIXED_SECONDS ?? 60);

console.log(
  `Debrief benchmark on ${cpus().length} × ${cpus()[0]?.model ?? "CPU"}, ${Math.round(totalmem() / 1024 ** 3)} GiB, Node ${process.version}`,
);
if (!existsSync(file)) {
  console.log(`generating ${file} (${scale} copies of the sample's shape) ...`);
  await generateHistory(file, scale);
}

try {
  await historyFigures("embedded", (name) => Promise.resolve(path.join(workDir, name)));
  if (serverUrl) {
    await withServerDatabase(serverUrl, async (database) => {
      const org = await historyFigures("server", database);
      if (process.env.BENCH_SKIP_10X !== "1" && org) {
        const url = await database("import");
        console.log("multiplying the imported history by ten on PostgreSQL ...");
        await multiplyHistory(url, org, 10);
        const report = await runStep("report", ["server", url, org]);
        rows.push({
          figure: "report at 10x scale (PostgreSQL)",
          ...report,
          limitMs: 2000,
          note: `${report.interviews} interviews`,
        });
      }
    });
  } else {
    console.log("(set BENCH_DATABASE_URL or TEST_DATABASE_URL to measure on PostgreSQL too)");
  }
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
printTable(rows);

async function historyFigures(
  kind: "embedded" | "server",
  place: (name: string) => Promise<string>,
): Promise<string | undefined> {
  const label = kind === "embedded" ? "embedded" : "PostgreSQL";
  console.log(`importing on ${label} ...`);
  const importTarget = await place("import");
  const imported = await runStep("import", [kind, importTarget, file]);
  console.log(`bare COPY of the same rows on ${label} ...`);
  const baseline = await runStep("copy-baseline", [
    kind,
    await place("baseline"),
    importTarget,
    imported.orgId as string,
  ]);
  rows.push({
    figure: `import (${label})`,
    ...imported,
    baselineMs: baseline.ms,
    ratioLimit: 1.5,
    limitRssMb: 1536,
    note: `${imported.interviews} interviews, ${imported.events} events; bare COPY of ${baseline.rows} rows peaked at ${baseline.peakRssMb} MB`,
  });
  const report = await runStep("report", [kind, importTarget, imported.orgId as string]);
  rows.push({
    figure: `analytics report (${label})`,
    ...report,
    limitMs: 2000,
    limitRssMb: 1536,
    note: `${report.interviews} interviews`,
  });
  console.log(`event writes through the API beside bare inserts on ${label} (${EVENT_SECONDS} s each) ...`);
  const events = await runStep("event-writes", [
    kind,
    await place("events"),
    String(EVENT_SECONDS),
    String(EVENT_CLIENTS),
  ]);
  const rate = (n: unknown) => `${Math.round(Number(n)).toLocaleString("en")}/s`;
  const ms = (n: unknown) => `${Number(n).toFixed(1)} ms`;
  const share = Math.round((Number(events.apiRate) / Number(events.bareRate)) * 100);
  rows.push({
    figure: `event writes (${label}; measured is time per event)`,
    ms: 1000 / Number(events.apiRate),
    baselineMs: 1000 / Number(events.bareRate),
    ratioLimit: 1 / 0.7,
    peakRssMb: events.peakRssMb,
    note: `API ${rate(events.apiRate)} (p50 ${ms(events.apiP50)}, p99 ${ms(events.apiP99)}) vs bare INSERT ${rate(events.bareRate)} (p50 ${ms(events.bareP50)}, p99 ${ms(events.bareP99)}), ${events.clients} clients: ${share}% of the bare rate (at least 70% asked)`,
  });
  await mixedLoad(label, kind, importTarget, imported.orgId as string);
  return imported.orgId as string;
}

/** The mixed load on the imported history: one row per class, measured is its p99 latency. */
async function mixedLoad(label: string, kind: "embedded" | "server", target: string, orgId: string) {
  console.log(`mixed load on ${label} (${MIXED_SECONDS} s): people reading, interviewers writing, analytics ...`);
  const mixed = await runStep("mixed-load", [kind, target, orgId, String(MIXED_SECONDS)]);
  const classes = ["readers", "writers", "analytics"] as const;
  const figures = (name: (typeof classes)[number]) => mixed[name] as ClassFigures;
  const alongside = (name: string) =>
    classes
      .filter((other) => other !== name)
      .map((other) => `${figures(other).clients} ${other === "analytics" ? "analytics clients" : other}`)
      .join(" and ");
  const busy = `the server's process kept ${(Number(mixed.serverCpuMs) / Number(mixed.ms)).toFixed(2)} cores busy`;
  for (const name of classes) {
    const own = figures(name);
    rows.push({
      figure: `mixed load, ${name} (${label}; measured is p99 latency)`,
      ms: own.p99Ms,
      peakRssMb: mixed.peakRssMb,
      note: `${own.clients} clients: ${own.perSecond.toFixed(1)} requests/s, p50 ${own.p50Ms.toFixed(1)} ms, p99 ${own.p99Ms.toFixed(1)} ms; ${own.requests.toLocaleString("en")} requests in ${(mixed.ms / 1000).toFixed(0)} s, no errors (one fails the step); beside ${alongside(name)}; ${busy}`,
    });
  }
}
