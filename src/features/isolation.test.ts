// Tenant isolation: a person of one organisation gets 404 for another organisation's records, reads and
// writes alike, exactly as for a record that does not exist, and nothing changes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addPerson, buildTestApp, type SignedUp, signUpOrganization, type TestApp, unique } from "../test/app.js";

let t: TestApp;
let a: SignedUp;
let b: SignedUp;
let aInterviewer: SignedUp;
let aInvitationId: string;
let aTokenId: string;

beforeAll(async () => {
  t = await buildTestApp();
  a = await signUpOrganization(t.app, "Org A");
  b = await signUpOrganization(t.app, "Org B");
  aInterviewer = await addPerson(t.app, a, "interviewer");
  aInvitationId = (
    await t.app.inject({
      method: "POST",
      url: "/api/invitations",
      headers: a.headers,
      payload: { email: `pending-${unique()}@example.test`, role: "recruiter" },
    })
  ).json().id;
  aTokenId = (
    await t.app.inject({ method: "POST", url: "/api/tokens", headers: a.headers, payload: { name: "a" } })
  ).json().id;
});
afterAll(() => t.close());

describe("another organisation's records", () => {
  const missing = "00000000-0000-4000-8000-000000000000";

  it("are 404 to reads and writes, like records that do not exist", async () => {
    const requests = [
      { method: "GET" as const, url: `/api/people/${aInterviewer.userId}` },
      { method: "PATCH" as const, url: `/api/people/${aInterviewer.userId}`, payload: { active: false } },
      { method: "PATCH" as const, url: `/api/people/${aInterviewer.userId}`, payload: { role: "admin" } },
      { method: "DELETE" as const, url: `/api/invitations/${aInvitationId}` },
      { method: "DELETE" as const, url: `/api/tokens/${aTokenId}` },
    ];
    for (const request of requests) {
      const response = await t.app.inject({ ...request, headers: b.headers });
      const nonexistent = await t.app.inject({
        ...request,
        url: request.url.replace(/[0-9a-f-]{36}$/, missing),
        headers: b.headers,
      });
      expect(response.statusCode, `${request.method} ${request.url}`).toBe(404);
      expect(response.json().error.code).toBe("not_found");
      expect(response.json()).toEqual(nonexistent.json());
    }
  });

  it("never appear in lists", async () => {
    const people = (await t.app.inject({ url: "/api/people", headers: b.headers })).json().people;
    expect(people.map((p: { id: string }) => p.id)).toEqual([b.userId]);
    expect((await t.app.inject({ url: "/api/invitations", headers: b.headers })).json().invitations).toEqual([]);
  });

  it("are unchanged afterwards", async () => {
    const person = (await t.app.inject({ url: `/api/people/${aInterviewer.userId}`, headers: a.headers })).json();
    expect(person).toMatchObject({ role: "interviewer", active: true });
    expect((await t.app.inject({ url: "/api/me", headers: aInterviewer.headers })).statusCode).toBe(200);
    const invitations = (await t.app.inject({ url: "/api/invitations", headers: a.headers })).json().invitations;
    expect(invitations.find((i: { id: string }) => i.id === aInvitationId).status).toBe("pending");
    const tokens = (await t.app.inject({ url: "/api/tokens", headers: a.headers })).json().tokens;
    expect(tokens[0].revokedAt).toBeNull();
  });
});
