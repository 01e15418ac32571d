// Step: the mixed load for a fixed time on a database that already holds an imported history (the import
// step's, so the readers and the reports have real work): people reading, interviewers writing live notes,
// analytics running (bench/mixed-load-driver.ts). Fails, naming the first errors, if any request failed.
// The clients run in a separate process (bench/mixed-clients.ts), as for the event writes.
//
//   mixed-load.ts embedded DIR | server URL  ORG_ID [SECONDS=60] [READERS=8] [WRITERS=16] [ANALYTICS=2]
import { spawn } from "node:child_process";
import path from "node:path";
import { buildApp } from "../../src/server/app.js";
import { loadConfig } from "../../src/server/config.js";
import type { MixedLoadResult } from "../mixed-load-driver.js";
import { finish, openTarget } from "./child.js";

const orgId = process.argv[4] as string;
const seconds = Number(process.argv[5] ?? 60);
// Concurrent clients of each class (readers, writers, analytics); `npm run bench` uses the defaults.
const [readers, writers, analytics] = [6, 7, 8].map((i, k) => Number(process.argv[i] ?? [8, 16, 2][k]));
const clients = { readers, writers, analytics };
// The admin bench/steps/import.ts creates with the organisation it imports into.
const admin = { email: "bench@example.test", password: "benchmark password" };

const database = await openTarget();
const config = loadConfig({ LOG_LEVEL: "silent" });
config.database = database.target;
// Errors are logged (to standard error: standard output carries the result), so a 500 names its cause.
const app = await buildApp({ database, config, logger: { level: "error", stream: process.stderr } });
await app.listen({ port: 0, host: "127.0.0.1" });
const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;

// The server's CPU time counts from the moment the clients' set-up is done and the load begins.
let serverCpu = process.cpuUsage();
const result = await new Promise<MixedLoadResult & { clientCpuMs: number }>((resolve, reject) => {
  const args = [admin.email, admin.password, orgId, String(seconds), ...Object.values(clients).map(String)];
  const child = spawn(
    process.execPath,
    ["--import", "tsx", path.join(import.meta.dirname, "../mixed-clients.ts"), base, ...args],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  let out = "";
  let started = false;
  child.stdout.on("data", (chunk: Buffer) => {
    out += chunk.toString();
    if (!started && out.includes("started\n")) {
      started = true;
      serverCpu = process.cpuUsage();
    }
  });
  child.on("exit", (code) =>
    code === 0
      ? resolve(JSON.parse(out.trim().split("\n").pop() ?? ""))
      : reject(new Error(`mixed-load clients exited with ${code}`)),
  );
});
const serverCpuUsed = process.cpuUsage(serverCpu);
await app.close();
await database.close();

const errors = Object.values(result.classes).reduce((sum, figures) => sum + figures.errors, 0);
if (errors > 0) {
  console.error(`mixed load: ${errors} requests failed; the first:\n  ${result.firstErrors.join("\n  ")}`);
  process.exit(1);
}
finish({
  ms: result.seconds * 1000,
  ...result.classes,
  serverCpuMs: (serverCpuUsed.user + serverCpuUsed.system) / 1000,
  clientCpuMs: result.clientCpuMs,
});
