// The server as a person runs it: a real process on a real port.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { freePort, runDebrief, waitUntilHealthy } from "../test/process.js";

const onPostgres = process.env.DEBRIEF_TEST_DRIVER === "postgres";
const dataDir = mkdtempSync(path.join(tmpdir(), "debrief-serve-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const signup = {
  organizationName: "Process Co",
  name: "Pia",
  email: "pia@example.test",
  password: "a long enough password",
};

describe.skipIf(onPostgres)("the server on the embedded database", () => {
  it("refuses a second process on a data directory in use, and the first keeps running", async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const first = runDebrief(["serve", "--data-dir", dataDir], { PORT: String(port) });
    try {
      await waitUntilHealthy(base, first);
      const second = runDebrief(["serve", "--data-dir", dataDir], { PORT: String(await freePort()) });
      expect(await second.exited).toBe(2);
      expect(second.output()).toContain(`The data directory ${dataDir} is in use by process ${first.child.pid}`);
      const migrate = runDebrief(["migrate"], { DEBRIEF_DATA_DIR: dataDir });
      expect(await migrate.exited).toBe(2);
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
    } finally {
      first.child.kill("SIGTERM");
      await first.exited;
    }
  });

  it("finishes a request in flight on SIGTERM, closes cleanly, and keeps what it acknowledged", async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    // At info level the server logs each request as it comes in: SIGTERM is sent once the sign-up is inside.
    const server = runDebrief(["serve"], { PORT: String(port), DEBRIEF_DATA_DIR: dataDir, LOG_LEVEL: "info" });
    await waitUntilHealthy(base, server);
    const inFlight = fetch(`${base}/api/signup`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(signup),
    });
    const received = /"incoming request"[^\n]*"url":"\/api\/signup"|"url":"\/api\/signup"[^\n]*"incoming request"/;
    for (let waited = 0; !received.test(server.output()) && waited < 5_000; waited += 5) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    server.child.kill("SIGTERM");
    expect((await inFlight).status).toBe(201);
    expect(await server.exited).toBe(0);

    const restarted = runDebrief(["serve", "--data-dir", dataDir], { PORT: String(port) });
    try {
      await waitUntilHealthy(base, restarted);
      const signIn = await fetch(`${base}/api/session`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: signup.email, password: signup.password }),
      });
      expect(signIn.status).toBe(200);
    } finally {
      restarted.child.kill("SIGINT");
      expect(await restarted.exited).toBe(0);
    }
  });
});

describe.runIf(onPostgres)("the server on a PostgreSQL server", () => {
  it("migrates at start-up and serves sign-up and sign-in from DATABASE_URL", async () => {
    const { createTestDatabase } = await import("../test/database.js");
    const database = await createTestDatabase();
    const url = database.target.kind === "server" ? database.target.url : "";
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const server = runDebrief(["serve"], { PORT: String(port), DATABASE_URL: url });
    try {
      await waitUntilHealthy(base, server);
      const created = await fetch(`${base}/api/signup`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(signup),
      });
      expect(created.status).toBe(201);
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
    } finally {
      server.child.kill("SIGTERM");
      expect(await server.exited).toBe(0);
      await database.close();
    }
  });
});
