// The mixed load `npm run bench` runs for a minute (bench/steps/mixed-load.ts), here for a few seconds
// on a small history, so that the load itself cannot rot: every class of client makes requests, and none
// of them fails.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, PASSWORD, type SignedUp, signUpOrganization, type TestApp } from "../src/test/app.js";
import { smallHistory, toJsonl } from "../src/test/history-file.js";
import { runMixedLoad } from "./mixed-load-driver.js";

let test: TestApp;
let admin: SignedUp;
let baseUrl: string;

beforeAll(async () => {
  test = await buildTestApp();
  admin = await signUpOrganization(test.app);
  const imported = await test.app.inject({
    method: "POST",
    url: "/api/history/import",
    headers: { ...admin.headers, "content-type": "application/x-ndjson" },
    payload: toJsonl(smallHistory()),
  });
  expect(imported.statusCode, imported.body).toBe(200);
  await test.app.listen({ port: 0, host: "127.0.0.1" });
  baseUrl = `http://127.0.0.1:${(test.app.server.address() as { port: number }).port}`;
});

afterAll(async () => {
  await test?.close();
});

describe("the mixed load of npm run bench", () => {
  it("reads pages, writes live notes and runs the analytics report at once, without an error", async () => {
    const result = await runMixedLoad({
      baseUrl,
      admin: { email: admin.email, password: PASSWORD, organizationId: admin.orgId },
      seconds: 3,
      clients: { readers: 3, writers: 3, analytics: 1 },
    });
    expect(result.firstErrors).toEqual([]);
    for (const [name, figures] of Object.entries(result.classes)) {
      expect(figures.requests, `${name} made requests`).toBeGreaterThan(0);
      expect(figures.errors, `${name} had no errors`).toBe(0);
      expect(figures.p99Ms, `${name} has a p99`).toBeGreaterThanOrEqual(figures.p50Ms);
    }
  });
});
