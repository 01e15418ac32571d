// The logs of a working day (sign-up, sign-in, a token, an invitation, a release and the candidate's link)
// hold a request id on every request's lines, and none of the secrets that passed through.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../data/database.js";
import { addPerson, PASSWORD, signUpOrganization } from "../test/app.js";
import { createTestDatabase } from "../test/database.js";
import { releasedInterview } from "../test/released-interview.js";
import { buildApp } from "./app.js";
import { loadConfig } from "./config.js";
import type { App } from "./context.js";
import { loggerOptions, withoutLinkToken } from "./logging.js";

const lines: string[] = [];
let database: Database;
let app: App;

beforeAll(async () => {
  database = await createTestDatabase();
  const config = loadConfig({ LOG_LEVEL: "info" });
  config.database = database.target;
  app = await buildApp({ database, config, logger: loggerOptions("info", { write: (line) => lines.push(line) }) });
});
afterAll(async () => {
  await app.close();
  await database.close();
});

describe("request logs", () => {
  it("carry a request id, and never a password, a session, a token or a link", async () => {
    const admin = await signUpOrganization(app, "Logging Co");
    const signIn = await app.inject({
      method: "POST",
      url: "/api/session",
      payload: { email: admin.email, password: PASSWORD },
    });
    const session = signIn.cookies.find((c) => c.name === "debrief_session")?.value ?? "";
    const token = (
      await app.inject({ method: "POST", url: "/api/tokens", headers: admin.headers, payload: { name: "ci" } })
    ).json().token;
    await app.inject({ url: "/api/me", headers: { authorization: `Bearer ${token}` } });
    const invitation = (
      await app.inject({
        method: "POST",
        url: "/api/invitations",
        headers: admin.headers,
        payload: { email: "new@example.test", role: "recruiter" },
      })
    ).json().token;
    await app.inject({ method: "POST", url: "/api/invitations/preview", payload: { token: invitation } });
    const [recruiter, interviewer] = [
      await addPerson(app, admin, "recruiter"),
      await addPerson(app, admin, "interviewer"),
    ];
    const run = await releasedInterview(app, { recruiter, interviewer });
    const entered = await app.inject({
      method: "POST",
      url: `/c/${run.token}`,
      headers: { "content-type": "application/x-www-form-urlencoded" },
      payload: "",
    });
    const candidateCookie = entered.cookies.find((c) => c.name === "debrief_candidate")?.value ?? "";
    await app.inject({ url: "/api/candidate", headers: { cookie: `debrief_candidate=${candidateCookie}` } });

    const log = lines.join("");
    for (const [what, secret] of Object.entries({
      PASSWORD,
      session,
      token,
      invitation,
      link: run.token,
      candidateCookie,
    })) {
      expect(secret.length, what).toBeGreaterThan(8);
      expect(log.includes(secret), `the log holds the ${what}`).toBe(false);
    }
    expect(log).toContain('"url":"/c/[token]"');
    const requests = lines.map((line) => JSON.parse(line)).filter((entry) => entry.req);
    expect(requests.length).toBeGreaterThan(10);
    for (const entry of requests) expect(entry.reqId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("keep a candidate link's path without its token", () => {
    const token = `fb_${"a".repeat(32)}_${"B".repeat(43)}`;
    expect(withoutLinkToken(`/c/${token}`)).toBe("/c/[token]");
    expect(withoutLinkToken(`/c/${token}?utm=x`)).toBe("/c/[token]?utm=x");
    expect(withoutLinkToken("/candidate")).toBe("/candidate");
    expect(withoutLinkToken("/api/interviews/c/x")).toBe("/api/interviews/c/x");
  });
});
