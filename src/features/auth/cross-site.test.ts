// A session cookie carries no change another site asks for (CSRF), and every answer has the security
// headers a browser acts on.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type SignedUp, signUpOrganization, type TestApp } from "../../test/app.js";

let t: TestApp;
let admin: SignedUp;

beforeAll(async () => {
  t = await buildTestApp();
  admin = await signUpOrganization(t.app, "Cross Site Co");
});
afterAll(() => t.close());

const addCandidate = (headers: Record<string, string>) =>
  t.app.inject({ method: "POST", url: "/api/candidates", headers, payload: { name: "Cy Site" } });

describe("cross-site requests", () => {
  it("are refused a change with the session cookie, whichever header tells of the other site", async () => {
    const others: Record<string, string>[] = [
      { "sec-fetch-site": "cross-site" },
      { "sec-fetch-site": "same-site" },
      { origin: "https://evil.example" },
    ];
    for (const other of others) {
      const response = await addCandidate({ ...admin.headers, ...other });
      expect(response.statusCode, JSON.stringify(other)).toBe(403);
      expect(response.json().error.message).toMatch(/another site/);
    }
    const list = (await t.app.inject({ url: "/api/candidates", headers: admin.headers })).json();
    expect(list.candidates).toEqual([]);
  });

  it("let Debrief's own pages, API clients and reads through", async () => {
    expect((await addCandidate({ ...admin.headers, "sec-fetch-site": "same-origin" })).statusCode).toBe(201);
    expect(
      (await addCandidate({ ...admin.headers, origin: "http://localhost:3000", host: "localhost:3000" })).statusCode,
    ).toBe(201);
    expect((await addCandidate(admin.headers)).statusCode).toBe(201);
    const read = await t.app.inject({
      url: "/api/candidates",
      headers: { ...admin.headers, "sec-fetch-site": "cross-site" },
    });
    expect(read.statusCode).toBe(200);
  });

  it("are not refused with an API token, which a browser never sends by itself", async () => {
    const token = (
      await t.app.inject({ method: "POST", url: "/api/tokens", headers: admin.headers, payload: { name: "ci" } })
    ).json().token;
    const response = await addCandidate({ authorization: `Bearer ${token}`, "sec-fetch-site": "cross-site" });
    expect(response.statusCode).toBe(201);
  });
});

describe("every answer", () => {
  it("carries the security headers", async () => {
    const response = await t.app.inject({ url: "/healthz" });
    expect(response.headers).toMatchObject({
      "x-content-type-options": "nosniff",
      "x-frame-options": "DENY",
      "referrer-policy": "same-origin",
      "cross-origin-opener-policy": "same-origin",
    });
    expect(response.headers["permissions-policy"]).toContain("camera=()");
    // Over plain http, no HSTS: a browser would ignore it, or remember it wrongly.
    expect(response.headers["strict-transport-security"]).toBeUndefined();
  });

  it("adds HSTS behind https", async () => {
    const secure = await buildTestApp({ DEBRIEF_PUBLIC_URL: "https://debrief.example.com" });
    try {
      const response = await secure.app.inject({ url: "/healthz" });
      expect(response.headers["strict-transport-security"]).toMatch(/^max-age=\d+/);
    } finally {
      await secure.close();
    }
  });
});
