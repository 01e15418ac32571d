import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  addPerson,
  buildTestApp,
  PASSWORD,
  sessionOf,
  signUpOrganization,
  type TestApp,
  unique,
} from "../../test/app.js";

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

describe("invitations", () => {
  it("lets an admin invite a person who joins with that role through the link", async () => {
    const admin = await signUpOrganization(t.app, "Invite Co");
    const email = `new-${unique()}@example.test`;
    const invited = await t.app.inject({
      method: "POST",
      url: "/api/invitations",
      headers: admin.headers,
      payload: { email, role: "recruiter" },
    });
    expect(invited.statusCode).toBe(201);
    const { token, url, status } = invited.json();
    expect(status).toBe("pending");
    expect(url).toBe(`${t.config.publicUrl}/invitation#${token}`);

    const preview = await t.app.inject({ method: "POST", url: "/api/invitations/preview", payload: { token } });
    expect(preview.json()).toEqual({ email, role: "recruiter", organization: { id: admin.orgId, name: "Invite Co" } });

    const accepted = await t.app.inject({
      method: "POST",
      url: "/api/invitations/accept",
      payload: { token, name: "Rita Recruiter", password: PASSWORD },
    });
    expect(accepted.statusCode).toBe(201);
    expect(accepted.json().user).toMatchObject({ name: "Rita Recruiter", email, role: "recruiter" });
    const me = await t.app.inject({ url: "/api/me", headers: sessionOf(accepted) });
    expect(me.json().organization.id).toBe(admin.orgId);

    const again = await t.app.inject({
      method: "POST",
      url: "/api/invitations/accept",
      payload: { token, name: "Someone Else", password: PASSWORD },
    });
    expect(again.statusCode).toBe(410);
    const list = await t.app.inject({ url: "/api/invitations", headers: admin.headers });
    expect(list.json().invitations.map((i: { status: string }) => i.status)).toEqual(["accepted"]);
    expect(list.json().invitations[0]).not.toHaveProperty("token");
  });

  it("makes a revoked link useless, and treats a made-up token the same way", async () => {
    const admin = await signUpOrganization(t.app);
    const invited = await t.app.inject({
      method: "POST",
      url: "/api/invitations",
      headers: admin.headers,
      payload: { email: `x-${unique()}@example.test`, role: "interviewer" },
    });
    const revoked = await t.app.inject({
      method: "DELETE",
      url: `/api/invitations/${invited.json().id}`,
      headers: admin.headers,
    });
    expect(revoked.json().status).toBe("revoked");
    const preview = await t.app.inject({
      method: "POST",
      url: "/api/invitations/preview",
      payload: { token: invited.json().token },
    });
    const madeUp = await t.app.inject({
      method: "POST",
      url: "/api/invitations/preview",
      payload: { token: "inv_nonsense" },
    });
    expect(preview.statusCode).toBe(410);
    expect(madeUp.statusCode).toBe(410);
    expect(preview.json()).toEqual(madeUp.json());
  });

  it("refuses to invite someone who is already a member", async () => {
    const admin = await signUpOrganization(t.app);
    const response = await t.app.inject({
      method: "POST",
      url: "/api/invitations",
      headers: admin.headers,
      payload: { email: admin.email.toUpperCase(), role: "admin" },
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.fields[0].field).toBe("email");
  });

  it("names a bad role and a bad email", async () => {
    const admin = await signUpOrganization(t.app);
    const response = await t.app.inject({
      method: "POST",
      url: "/api/invitations",
      headers: admin.headers,
      payload: { email: "nope", role: "owner" },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toEqual([
      { field: "body.email", message: "expected an email address" },
      { field: "body.role", message: "expected one of admin, recruiter, interviewer" },
    ]);
  });
});

describe("roles", () => {
  it("lets only admins invite and manage people, and admins and recruiters see them", async () => {
    const admin = await signUpOrganization(t.app);
    const recruiter = await addPerson(t.app, admin, "recruiter");
    const interviewer = await addPerson(t.app, admin, "interviewer");
    const invite = { email: `y-${unique()}@example.test`, role: "interviewer" };

    for (const person of [recruiter, interviewer]) {
      const response = await t.app.inject({
        method: "POST",
        url: "/api/invitations",
        headers: person.headers,
        payload: invite,
      });
      expect(response.statusCode).toBe(403);
      const patch = await t.app.inject({
        method: "PATCH",
        url: `/api/people/${admin.userId}`,
        headers: person.headers,
        payload: { active: false },
      });
      expect(patch.statusCode).toBe(403);
    }
    const seen = await t.app.inject({ url: "/api/people", headers: recruiter.headers });
    expect(seen.statusCode).toBe(200);
    expect(seen.json().people).toHaveLength(3);
    expect((await t.app.inject({ url: "/api/people", headers: interviewer.headers })).statusCode).toBe(403);
    // Everyone can read their own record.
    expect(
      (await t.app.inject({ url: `/api/people/${interviewer.userId}`, headers: interviewer.headers })).statusCode,
    ).toBe(200);
  });

  it("changes a person's role", async () => {
    const admin = await signUpOrganization(t.app);
    const interviewer = await addPerson(t.app, admin, "interviewer");
    const response = await t.app.inject({
      method: "PATCH",
      url: `/api/people/${interviewer.userId}`,
      headers: admin.headers,
      payload: { role: "recruiter" },
    });
    expect(response.json()).toMatchObject({ role: "recruiter", active: true });
    expect((await t.app.inject({ url: "/api/me", headers: interviewer.headers })).json().user.role).toBe("recruiter");
  });

  it("ends a deactivated person's sessions and API tokens, and lets them back when reactivated", async () => {
    const admin = await signUpOrganization(t.app);
    const interviewer = await addPerson(t.app, admin, "interviewer");
    const token = (
      await t.app.inject({
        method: "POST",
        url: "/api/tokens",
        headers: interviewer.headers,
        payload: { name: "script" },
      })
    ).json().token;
    const bearer = { authorization: `Bearer ${token}` };
    expect((await t.app.inject({ url: "/api/me", headers: bearer })).statusCode).toBe(200);

    const off = await t.app.inject({
      method: "PATCH",
      url: `/api/people/${interviewer.userId}`,
      headers: admin.headers,
      payload: { active: false },
    });
    expect(off.json()).toMatchObject({ active: false, canSignIn: false });
    expect((await t.app.inject({ url: "/api/me", headers: interviewer.headers })).statusCode).toBe(401);
    expect((await t.app.inject({ url: "/api/me", headers: bearer })).statusCode).toBe(401);
    const signIn = {
      method: "POST" as const,
      url: "/api/session",
      payload: { email: interviewer.email, password: PASSWORD },
    };
    expect((await t.app.inject(signIn)).statusCode).toBe(401);

    await t.app.inject({
      method: "PATCH",
      url: `/api/people/${interviewer.userId}`,
      headers: admin.headers,
      payload: { active: true },
    });
    expect((await t.app.inject(signIn)).statusCode).toBe(200);
    // The old session stays ended: reactivation does not resurrect it.
    expect((await t.app.inject({ url: "/api/me", headers: interviewer.headers })).statusCode).toBe(401);
  });

  it("keeps at least one active admin", async () => {
    const admin = await signUpOrganization(t.app);
    for (const payload of [{ active: false }, { role: "recruiter" }]) {
      const response = await t.app.inject({
        method: "PATCH",
        url: `/api/people/${admin.userId}`,
        headers: admin.headers,
        payload,
      });
      expect(response.statusCode).toBe(409);
    }
    const second = await addPerson(t.app, admin, "admin");
    const demoted = await t.app.inject({
      method: "PATCH",
      url: `/api/people/${admin.userId}`,
      headers: second.headers,
      payload: { role: "interviewer" },
    });
    expect(demoted.statusCode).toBe(200);
  });

  it("asks for at least one change", async () => {
    const admin = await signUpOrganization(t.app);
    const response = await t.app.inject({
      method: "PATCH",
      url: `/api/people/${admin.userId}`,
      headers: admin.headers,
      payload: {},
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toContain("expected at least one of role, active");
  });
});
