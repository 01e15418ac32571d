import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addPerson, buildTestApp, type SignedUp, signUpOrganization, type TestApp } from "../../test/app.js";
import { smallHistory, toJsonl } from "../../test/history-file.js";

let t: TestApp;
let admin: SignedUp;
let camId: string;
beforeAll(async () => {
  t = await buildTestApp();
  admin = await signUpOrganization(t.app, "Candidates Co");
  await t.app.inject({
    method: "POST",
    url: "/api/history/import",
    headers: { ...admin.headers, "content-type": "application/x-ndjson" },
    payload: toJsonl(smallHistory()),
  });
  const list = (await t.app.inject({ url: "/api/candidates?search=cam", headers: admin.headers })).json();
  camId = list.candidates[0].id;
});
afterAll(() => t.close());

describe("candidates", () => {
  it("are listed most recently interviewed first and found by name, email or external id", async () => {
    const all = (await t.app.inject({ url: "/api/candidates", headers: admin.headers })).json();
    expect(all.total).toBe(3);
    expect(all.candidates.map((c: { name: string }) => c.name)).toEqual(["Eli Three", "Dee Two", "Cam One"]);
    expect(all.candidates[2]).toMatchObject({
      externalId: "c-1",
      interviews: 2,
      lastInterviewAt: "2025-02-10T10:00:00.000Z",
    });
    for (const search of ["CAM", "cam@example", "c-1"]) {
      const found = (await t.app.inject({ url: `/api/candidates?search=${search}`, headers: admin.headers })).json();
      expect(
        found.candidates.map((c: { id: string }) => c.id),
        search,
      ).toEqual([camId]);
    }
    const page = (await t.app.inject({ url: "/api/candidates?limit=1&offset=1", headers: admin.headers })).json();
    expect(page).toMatchObject({ total: 3, candidates: [{ name: "Dee Two" }] });
    // Whole numbers in digits only: no zero page, no hexadecimal, exponent or padded forms.
    for (const limit of ["0", "0x10", "1e2", "%205", "201", "1.5"]) {
      const bad = await t.app.inject({ url: `/api/candidates?limit=${limit}`, headers: admin.headers });
      expect(bad.statusCode, limit).toBe(400);
      expect(bad.json().error.fields[0].field).toBe("querystring.limit");
    }
  });

  it("shows a candidate's interviews over time with both views, and their outcomes and offers", async () => {
    const detail = (await t.app.inject({ url: `/api/candidates/${camId}`, headers: admin.headers })).json();
    expect(detail).toMatchObject({ name: "Cam One", email: "cam@example.test", externalId: "c-1" });
    expect(detail.interviews).toHaveLength(2);
    expect(detail.interviews[0]).toMatchObject({
      startedAt: "2025-01-10T10:00:00.000Z",
      interviewer: { name: "Alex Interviewer" },
      question: { title: "Merge meetings" },
      assessment: { overall: 3, advance: true },
      selfAssessment: { overall: 2, thinksPassed: false },
      wouldReturn: 4,
    });
    expect(detail.outcomes).toEqual([expect.objectContaining({ passed: true, company: "Initech", stage: "onsite" })]);
    expect(detail.offers).toEqual([expect.objectContaining({ accepted: true, feedbackGiven: true })]);
  });

  it("take outcomes and offers entered one by one, which feed the analytics", async () => {
    const before = (await t.app.inject({ url: "/api/analytics", headers: admin.headers })).json();
    const outcome = await t.app.inject({
      method: "POST",
      url: `/api/candidates/${camId}/outcomes`,
      headers: admin.headers,
      payload: { at: "2025-05-01T10:00:00Z", passed: false, company: "Globex" },
    });
    expect(outcome.statusCode).toBe(201);
    const offer = await t.app.inject({
      method: "POST",
      url: `/api/candidates/${camId}/offers`,
      headers: admin.headers,
      payload: { at: "2025-05-02T10:00:00Z", accepted: false, feedbackGiven: true },
    });
    expect(offer.statusCode).toBe(201);
    const after = (await t.app.inject({ url: "/api/analytics", headers: admin.headers })).json();
    expect(after.population.closeRate.withFeedback.offers).toBe(before.population.closeRate.withFeedback.offers + 1);

    const removed = await t.app.inject({
      method: "DELETE",
      url: `/api/candidates/${camId}/outcomes/${outcome.json().id}`,
      headers: admin.headers,
    });
    expect(removed.statusCode).toBe(204);
    const detail = (await t.app.inject({ url: `/api/candidates/${camId}`, headers: admin.headers })).json();
    expect(detail.outcomes).toHaveLength(1);
    expect(detail.offers).toHaveLength(2);
  });

  it("name what was wrong with an outcome", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: `/api/candidates/${camId}/outcomes`,
      headers: admin.headers,
      payload: { at: "yesterday", passed: "yes" },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields.map((f: { field: string }) => f.field)).toEqual(["body.at", "body.passed"]);
  });

  it("are added by hand with an optional external id that must be unique", async () => {
    const created = await t.app.inject({
      method: "POST",
      url: "/api/candidates",
      headers: admin.headers,
      payload: { name: "Fay Four", email: "fay@example.test", externalId: "ats-44" },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ name: "Fay Four", interviews: 0, lastInterviewAt: null });
    const again = await t.app.inject({
      method: "POST",
      url: "/api/candidates",
      headers: admin.headers,
      payload: { name: "Someone", externalId: "ats-44" },
    });
    expect(again.statusCode).toBe(409);
  });

  it("are hidden from interviewers and from other organisations", async () => {
    const interviewer = await addPerson(t.app, admin, "interviewer");
    expect((await t.app.inject({ url: "/api/candidates", headers: interviewer.headers })).statusCode).toBe(403);
    const other = await signUpOrganization(t.app);
    for (const request of [
      { method: "GET" as const, url: `/api/candidates/${camId}` },
      {
        method: "POST" as const,
        url: `/api/candidates/${camId}/outcomes`,
        payload: { at: "2025-05-01T10:00:00Z", passed: true },
      },
      {
        method: "POST" as const,
        url: `/api/candidates/${camId}/offers`,
        payload: { at: "2025-05-01T10:00:00Z", accepted: true, feedbackGiven: true },
      },
    ]) {
      expect((await t.app.inject({ ...request, headers: other.headers })).statusCode, request.url).toBe(404);
    }
    expect((await t.app.inject({ url: "/api/candidates", headers: other.headers })).json().total).toBe(0);
  });
});
