import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, PASSWORD, sessionOf, signUpOrganization, type TestApp, unique } from "../../test/app.js";

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

describe("first run and sign-up", () => {
  it("reports that set-up is needed until the first organisation exists", async () => {
    const fresh = await buildTestApp();
    try {
      expect((await fresh.app.inject({ url: "/api/setup" })).json()).toEqual({ needsSetup: true, signupOpen: true });
      await signUpOrganization(fresh.app);
      expect((await fresh.app.inject({ url: "/api/setup" })).json()).toEqual({ needsSetup: false, signupOpen: true });
    } finally {
      await fresh.close();
    }
  });

  it("creates an organisation with its admin and signs in with an HttpOnly, SameSite cookie", async () => {
    const email = `founder-${unique()}@example.test`;
    const response = await t.app.inject({
      method: "POST",
      url: "/api/signup",
      payload: { organizationName: "Acme Hiring", name: "Ann Founder", email, password: PASSWORD },
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      user: { name: "Ann Founder", email, role: "admin" },
      organization: { name: "Acme Hiring" },
    });
    const cookie = response.cookies.find((c) => c.name === "debrief_session");
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
    const me = await t.app.inject({ url: "/api/me", headers: sessionOf(response) });
    expect(me.json()).toEqual(response.json());
  });

  it("names each bad field of a sign-up and stores nothing", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/signup",
      payload: { organizationName: "", name: "A", email: "not-an-email", password: "short" },
    });
    expect(response.statusCode).toBe(400);
    const fields = response.json().error.fields.map((f: { field: string }) => f.field);
    expect(fields).toEqual(expect.arrayContaining(["body.organizationName", "body.email", "body.password"]));
    expect(response.json().error.message).toContain("body.password: expected at least 10 characters");
  });

  it("answers a body of the wrong type, malformed JSON or no body with a 400 naming what was wrong", async () => {
    const wrongType = await t.app.inject({ method: "POST", url: "/api/session", payload: { email: 42, password: [] } });
    expect(wrongType.statusCode).toBe(400);
    expect(wrongType.json().error.fields.map((f: { field: string }) => f.field)).toEqual([
      "body.email",
      "body.password",
    ]);
    const malformed = await t.app.inject({
      method: "POST",
      url: "/api/session",
      headers: { "content-type": "application/json" },
      payload: "{not json",
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.message).toMatch(/^body: expected valid JSON/);
    const empty = await t.app.inject({ method: "POST", url: "/api/session" });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.fields[0].field).toBe("body");
  });

  it("refuses new organisations when sign-up is closed, but still allows the first", async () => {
    const closed = await buildTestApp({ DEBRIEF_SIGNUP: "closed" });
    try {
      expect((await closed.app.inject({ url: "/api/setup" })).json()).toEqual({ needsSetup: true, signupOpen: true });
      await signUpOrganization(closed.app);
      expect((await closed.app.inject({ url: "/api/setup" })).json()).toEqual({ needsSetup: false, signupOpen: false });
      const second = await closed.app.inject({
        method: "POST",
        url: "/api/signup",
        payload: { organizationName: "Late", name: "Lee", email: "lee@example.test", password: PASSWORD },
      });
      expect(second.statusCode).toBe(403);
      expect(second.json().error.message).toMatch(/Sign-up is closed/);
    } finally {
      await closed.close();
    }
  });
});

describe("sign-in and sign-out", () => {
  it("gives a wrong email and a wrong password the same 401", async () => {
    const admin = await signUpOrganization(t.app);
    const wrongPassword = await t.app.inject({
      method: "POST",
      url: "/api/session",
      payload: { email: admin.email, password: "not the password" },
    });
    const wrongEmail = await t.app.inject({
      method: "POST",
      url: "/api/session",
      payload: { email: `nobody-${unique()}@example.test`, password: PASSWORD },
    });
    expect(wrongPassword.statusCode).toBe(401);
    expect(wrongEmail.statusCode).toBe(401);
    expect(wrongPassword.json()).toEqual(wrongEmail.json());
    expect(wrongPassword.cookies).toEqual([]);
  });

  it("issues a new session at each sign-in, matches the email in any case, and ends it at sign-out", async () => {
    const admin = await signUpOrganization(t.app);
    const signIn = await t.app.inject({
      method: "POST",
      url: "/api/session",
      payload: { email: admin.email.toUpperCase(), password: PASSWORD },
    });
    expect(signIn.statusCode).toBe(200);
    expect(signIn.json().user.id).toBe(admin.userId);
    const session = sessionOf(signIn);
    expect(session.cookie).not.toBe(admin.headers.cookie);

    const signOut = await t.app.inject({ method: "DELETE", url: "/api/session", headers: session });
    expect(signOut.statusCode).toBe(204);
    expect(signOut.cookies.find((c) => c.name === "debrief_session")?.value).toBe("");
    expect((await t.app.inject({ url: "/api/me", headers: session })).statusCode).toBe(401);
    // The other session (from sign-up) is a different device and stays signed in.
    expect((await t.app.inject({ url: "/api/me", headers: admin.headers })).statusCode).toBe(200);
  });

  it("answers /api/me with a JSON 401 without a session, or with a forged one", async () => {
    const none = await t.app.inject({ url: "/api/me" });
    expect(none.statusCode).toBe(401);
    expect(none.json()).toEqual({ error: { code: "unauthenticated", message: "Sign in first." } });
    const admin = await signUpOrganization(t.app);
    const forged = `${admin.headers.cookie.slice(0, -4)}AAAA`;
    expect((await t.app.inject({ url: "/api/me", headers: { cookie: forged } })).statusCode).toBe(401);
  });

  it("asks which organisation when one email and password open accounts in two", async () => {
    const email = `twice-${unique()}@example.test`;
    const orgIds: string[] = [];
    for (const name of ["First Co", "Second Co"]) {
      const response = await t.app.inject({
        method: "POST",
        url: "/api/signup",
        payload: { organizationName: name, name: "Sam", email, password: PASSWORD },
      });
      orgIds.push(response.json().organization.id);
    }
    const ambiguous = await t.app.inject({
      method: "POST",
      url: "/api/session",
      payload: { email, password: PASSWORD },
    });
    expect(ambiguous.statusCode).toBe(409);
    expect(ambiguous.json().error.fields[0].field).toBe("organizationId");
    const chosen = await t.app.inject({
      method: "POST",
      url: "/api/session",
      payload: { email, password: PASSWORD, organizationId: orgIds[1] },
    });
    expect(chosen.statusCode).toBe(200);
    expect(chosen.json().organization).toEqual({ id: orgIds[1], name: "Second Co" });
  });
});

describe("the API's edges", () => {
  it("answers unknown routes under /api with a JSON 404", async () => {
    const response = await t.app.inject({ url: "/api/no-such-thing" });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ error: { code: "not_found", message: "There is no GET /api/no-such-thing." } });
    expect((await t.app.inject({ method: "POST", url: "/api/nope", payload: {} })).statusCode).toBe(404);
  });

  it("serves the OpenAPI document with every route, and a page of it", async () => {
    const document = (await t.app.inject({ url: "/api/openapi.json" })).json();
    expect(document.openapi).toMatch(/^3\./);
    for (const route of [
      "/api/signup",
      "/api/session",
      "/api/me",
      "/api/people/{id}",
      "/api/invitations",
      "/api/tokens/{id}",
    ]) {
      expect(Object.keys(document.paths)).toContain(route);
    }
    expect(document.paths["/api/signup"].post.requestBody.content["application/json"].schema).toBeDefined();
    const docs = await t.app.inject({ url: "/api/docs/" });
    expect(docs.statusCode).toBe(200);
    expect(docs.headers["content-type"]).toMatch(/text\/html/);
  });

  it("answers /healthz with 200 while the database answers", async () => {
    const response = await t.app.inject({ url: "/healthz" });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: "ok" });
  });
});
