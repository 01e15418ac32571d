// Profiles the event write path in one process: `node --import tsx --cpu-prof bench/profile-events.ts`.
import { randomUUID } from "node:crypto";
import { openDatabase } from "../src/data/database.js";
import { buildApp } from "../src/server/app.js";
import { loadConfig } from "../src/server/config.js";

const database = await openDatabase({ kind: "memory" });
await database.migrate();
const config = loadConfig({ LOG_LEVEL: "silent" });
const app = await buildApp({ database, config });
const signup = await app.inject({
  method: "POST",
  url: "/api/signup",
  payload: { organizationName: "P", name: "P", email: "p@p.test", password: "profile password" },
});
const cookie = `debrief_session=${signup.cookies.find((c) => c.name === "debrief_session")?.value}`;
const candidate = (
  await app.inject({ method: "POST", url: "/api/candidates", headers: { cookie }, payload: { name: "C" } })
).json().id;
const interview = (
  await app.inject({ method: "POST", url: "/api/interviews", headers: { cookie }, payload: { candidateId: candidate } })
).json().id;
const n = Number(process.argv[2] ?? 2000);
const t0 = performance.now();
for (let i = 0; i < n; i++) {
  const r = await app.inject({
    method: "POST",
    url: `/api/interviews/${interview}/events`,
    headers: { cookie },
    payload: { clientId: randomUUID(), at: i % 3600, kind: "note", text: "profile", seq: i },
  });
  if (r.statusCode !== 201) throw new Error(r.body);
}
console.log(`${((performance.now() - t0) / n).toFixed(3)} ms per event write`);
await app.close();
await database.close();
