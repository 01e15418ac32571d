import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, signUpOrganization, type TestApp } from "../test/app.js";

let t: TestApp;
let secured: TestApp;
const TOKEN = "scrape-me-if-you-can-1234";

beforeAll(async () => {
  [t, secured] = [await buildTestApp(), await buildTestApp({ DEBRIEF_METRICS_TOKEN: TOKEN })];
});
afterAll(async () => {
  await t.close();
  await secured.close();
});

describe("/metrics", () => {
  it("counts requests by route pattern and status, never by address", async () => {
    const admin = await signUpOrganization(t.app, "Metrics Co");
    await t.app.inject({ url: `/api/people/${admin.userId}`, headers: admin.headers });
    const response = await t.app.inject({ url: "/metrics" });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toMatch(/^text\/plain/);
    expect(response.body).toMatch(
      /debrief_http_request_duration_seconds_count\{method="GET",route="\/api\/people\/:id",status="200"\} 1/,
    );
    expect(response.body).not.toContain(admin.userId);
    expect(response.body).toContain("debrief_process_cpu_seconds_total");
  });

  it("is for this machine only, unless a token is configured, and then for its bearer only", async () => {
    expect((await t.app.inject({ url: "/metrics", remoteAddress: "203.0.113.9" })).statusCode).toBe(404);
    expect((await secured.app.inject({ url: "/metrics" })).statusCode).toBe(404);
    const wrong = await secured.app.inject({
      url: "/metrics",
      headers: { authorization: "Bearer nope-nope-nope-nope-nope" },
    });
    expect(wrong.statusCode).toBe(404);
    const right = await secured.app.inject({
      url: "/metrics",
      remoteAddress: "203.0.113.9",
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(right.statusCode).toBe(200);
  });
});
