// Step: interview events written through the API by many concurrent clients for a fixed time, beside
// bare single-row INSERTs into the same table of the same database at the same concurrency.
// Clients run in a separate process (bench/event-clients.ts) so that they do not share the server's CPU time.

import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import path from "node:path";
import { sql } from "drizzle-orm";
import type { Db } from "../../src/data/database.js";
import { buildApp } from "../../src/server/app.js";
import { loadConfig } from "../../src/server/config.js";
import { finish, openTarget } from "./child.js";

const seconds = Number(process.argv[4] ?? 30);
const clients = Number(process.argv[5] ?? 32);
const database = await openTarget();
const config = loadConfig({ LOG_LEVEL: "silent" });
config.database = database.target;
const app = await buildApp({ database, config });
await app.listen({ port: 0, host: "127.0.0.1" });
const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;

// An organisation, its interviewer with an API token, a candidate, and one live interview per client.
const json = async (url: string, body: unknown, headers: Record<string, string>) => {
  const response = await fetch(`${base}${url}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${url}: ${response.status} ${await response.text()}`);
  return { body: (await response.json()) as Record<string, string>, cookie: response.headers.get("set-cookie") ?? "" };
};
const signup = await json(
  "/api/signup",
  {
    organizationName: `Bench ${randomUUID()}`,
    name: "Bench",
    email: `${randomUUID()}@bench.test`,
    password: "benchmark password",
  },
  {},
);
const session = { cookie: signup.cookie.split(";")[0] as string };
const token = (await json("/api/tokens", { name: "bench" }, session)).body.token as string;
const auth = { authorization: `Bearer ${token}` };
const candidate = (await json("/api/candidates", { name: "Bench Candidate" }, auth)).body.id;
const interviews: string[] = [];
for (let i = 0; i < clients; i++) {
  const interview = (await json("/api/interviews", { candidateId: candidate }, auth)).body.id as string;
  await json(`/api/interviews/${interview}/start`, {}, auth);
  interviews.push(interview);
}

// Through the API, from another process; the CPU time both sides spend on an event says where it goes.
const serverCpu = process.cpuUsage();
const api = await new Promise<{ count: number; latencies: number[]; clientCpuMs: number }>((resolve, reject) => {
  const child = spawn(
    process.execPath,
    [
      "--import",
      "tsx",
      path.join(import.meta.dirname, "../event-clients.ts"),
      base,
      token,
      String(seconds),
      ...interviews,
    ],
    {
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  let out = "";
  child.stdout.on("data", (c: Buffer) => {
    out += c.toString();
  });
  child.on("exit", (code) =>
    code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`clients exited with ${code}`)),
  );
});
const serverCpuUsed = process.cpuUsage(serverCpu);
await app.close();

// Bare single-row inserts into the same table, at the same concurrency, for the same time.
const orgId = (signup.body as unknown as { organization: { id: string } }).organization.id;
const bare = { count: 0, latencies: [] as number[] };
const deadline = performance.now() + seconds * 1000;
await Promise.all(
  interviews.map(async (interviewId) => {
    let seq = 0;
    while (performance.now() < deadline) {
      const started = performance.now();
      await (database.db as Db).execute(
        sql`insert into interview_events (org_id, id, interview_id, seq, at, kind, text) values (${orgId}, ${randomUUID()}, ${interviewId}, ${seq++}, ${seq % 3600}, 'note', 'bare insert')`,
      );
      bare.latencies.push(performance.now() - started);
      bare.count++;
    }
  }),
);
await database.close();

const p = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
};
finish({
  ms: seconds * 1000,
  apiRate: api.count / seconds,
  apiP50: p(api.latencies, 0.5),
  apiP99: p(api.latencies, 0.99),
  bareRate: bare.count / seconds,
  bareP50: p(bare.latencies, 0.5),
  bareP99: p(bare.latencies, 0.99),
  clients,
  serverCpuMsPerEvent: (serverCpuUsed.user + serverCpuUsed.system) / 1000 / api.count,
  clientCpuMsPerEvent: api.clientCpuMs / api.count,
});
