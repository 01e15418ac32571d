// The web app's files are served from dist/web and nothing else: a path that climbs out of it, written
// plainly, percent-encoded or double-encoded, gets the app's page or a 404, never a file from elsewhere.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../test/app.js";
import { openRawConnection, type RawConnection } from "../test/raw-http.js";

let t: TestApp;
let connection: RawConnection;
beforeAll(async () => {
  t = await buildTestApp();
  await t.app.listen({ port: 0, host: "127.0.0.1" });
  // A bare socket sends each path exactly as written: fetch() and inject() would tidy the dots away first.
  connection = await openRawConnection("127.0.0.1", (t.app.server.address() as { port: number }).port);
});
afterAll(async () => {
  connection?.close();
  await t.close();
});

const CLIMBS = [
  "/../../etc/passwd",
  "/assets/../../../../etc/passwd",
  "/assets/..%2f..%2f..%2fpackage.json",
  "/assets/%2e%2e/%2e%2e/package.json",
  "/assets/%252e%252e/%252e%252e/package.json",
  "/..%5c..%5cpackage.json",
  "/sw.js/../../package.json",
  "/%00/../package.json",
];

describe("static files", () => {
  it("never serves a file from outside the web app, however the path climbs", async () => {
    for (const path of CLIMBS) {
      const response = await connection.send("GET", path, { host: "127.0.0.1" });
      expect([200, 400, 404], `${path}: ${response.status}`).toContain(response.status);
      expect(response.body, path).not.toMatch(/root:x:0:0|"name": "debrief"|"devDependencies"/);
      // A 200 is the web app's own page, which the app's router answers with "not found".
      if (response.status === 200) expect(response.body.toLowerCase(), path).toMatch(/^<!doctype html>/);
    }
  });
});
