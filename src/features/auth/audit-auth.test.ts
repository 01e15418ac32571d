// The audit log keeps who signed in and who was refused what, for the organisation's admins.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addPerson, buildTestApp, PASSWORD, type SignedUp, signUpOrganization, type TestApp } from "../../test/app.js";

let t: TestApp;
let admin: SignedUp;
let interviewer: SignedUp;

beforeAll(async () => {
  t = await buildTestApp();
  admin = await signUpOrganization(t.app, "Audited Co");
  interviewer = await addPerson(t.app, admin, "interviewer");
});
afterAll(() => t.close());

const auditEntries = async () =>
  (await t.app.inject({ url: "/api/audit-log", headers: admin.headers })).json().entries as {
    action: string;
    actor: { id: string } | null;
    details: Record<string, unknown>;
  }[];

describe("the audit of access", () => {
  it("records each sign-in, with the address it came from", async () => {
    const signedIn = await t.app.inject({
      method: "POST",
      url: "/api/session",
      remoteAddress: "10.9.8.7",
      payload: { email: interviewer.email, password: PASSWORD },
    });
    expect(signedIn.statusCode).toBe(200);
    const [entry] = (await auditEntries()).filter((e) => e.action === "auth.signed_in");
    expect(entry).toMatchObject({ actor: { id: interviewer.userId }, details: { address: "10.9.8.7" } });
  });

  it("records a failed sign-in to an account, with the address, and the answer stays a plain 401", async () => {
    const failed = await t.app.inject({
      method: "POST",
      url: "/api/session",
      remoteAddress: "10.1.2.3",
      payload: { email: interviewer.email.toUpperCase(), password: "not the password at all" },
    });
    expect(failed.statusCode).toBe(401);
    expect(failed.body).not.toContain(interviewer.userId);
    const [entry] = (await auditEntries()).filter((e) => e.action === "auth.sign_in_failed");
    expect(entry).toMatchObject({ actor: { id: interviewer.userId }, details: { address: "10.1.2.3" } });
    const nobody = await t.app.inject({
      method: "POST",
      url: "/api/session",
      payload: { email: "nobody-here@example.test", password: "not the password at all" },
    });
    expect(nobody.statusCode).toBe(401);
    expect((await auditEntries()).filter((e) => e.action === "auth.sign_in_failed")).toHaveLength(1);
  });

  it("records a refusal: who, what they asked for, with what credential; the refusal stands", async () => {
    const refused = await t.app.inject({ method: "GET", url: "/api/analytics", headers: interviewer.headers });
    expect(refused.statusCode).toBe(403);
    const [entry] = (await auditEntries()).filter((e) => e.action === "auth.refused");
    expect(entry).toMatchObject({
      actor: { id: interviewer.userId },
      details: { method: "GET", route: "/api/analytics", path: "/api/analytics", via: "session" },
    });
    // Not for the interviewer to read.
    expect((await t.app.inject({ url: "/api/audit-log", headers: interviewer.headers })).statusCode).toBe(403);
  });
});
