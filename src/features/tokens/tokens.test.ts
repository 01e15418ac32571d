import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addPerson, buildTestApp, signUpOrganization, type TestApp } from "../../test/app.js";

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

describe("API tokens", () => {
  it("act as the person who created them until revoked", async () => {
    const admin = await signUpOrganization(t.app);
    const created = await t.app.inject({
      method: "POST",
      url: "/api/tokens",
      headers: admin.headers,
      payload: { name: "ATS sync" },
    });
    expect(created.statusCode).toBe(201);
    const { id, token } = created.json();
    const bearer = { authorization: `Bearer ${token}` };

    const me = await t.app.inject({ url: "/api/me", headers: bearer });
    expect(me.json().user.id).toBe(admin.userId);
    expect((await t.app.inject({ url: "/api/people", headers: bearer })).statusCode).toBe(200);

    const list = (await t.app.inject({ url: "/api/tokens", headers: admin.headers })).json().tokens;
    expect(list).toEqual([expect.objectContaining({ id, name: "ATS sync", revokedAt: null })]);
    expect(list[0].lastUsedAt).not.toBeNull();
    expect(list[0]).not.toHaveProperty("token");

    const revoked = await t.app.inject({ method: "DELETE", url: `/api/tokens/${id}`, headers: admin.headers });
    expect(revoked.json().revokedAt).not.toBeNull();
    const after = await t.app.inject({ url: "/api/me", headers: bearer });
    expect(after.statusCode).toBe(401);
    expect(after.json().error.message).toMatch(/not valid/);
  });

  it("belong to their owner: nobody else in the organisation can revoke one, and a token cannot mint another", async () => {
    const admin = await signUpOrganization(t.app);
    const colleague = await addPerson(t.app, admin, "admin");
    const { id, token } = (
      await t.app.inject({ method: "POST", url: "/api/tokens", headers: admin.headers, payload: { name: "mine" } })
    ).json();
    expect(
      (await t.app.inject({ method: "DELETE", url: `/api/tokens/${id}`, headers: colleague.headers })).statusCode,
    ).toBe(404);
    expect((await t.app.inject({ url: "/api/tokens", headers: colleague.headers })).json().tokens).toEqual([]);
    const minted = await t.app.inject({
      method: "POST",
      url: "/api/tokens",
      headers: { authorization: `Bearer ${token}` },
      payload: { name: "child" },
    });
    expect(minted.statusCode).toBe(403);
  });

  it("rejects a malformed Authorization header rather than falling back to the cookie", async () => {
    const admin = await signUpOrganization(t.app);
    const response = await t.app.inject({ url: "/api/me", headers: { ...admin.headers, authorization: "Basic abc" } });
    expect(response.statusCode).toBe(401);
  });
});
