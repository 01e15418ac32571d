// The report over the API, on a history small enough to check by hand.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addPerson, buildTestApp, type SignedUp, signUpOrganization, type TestApp } from "../../test/app.js";
import { smallHistory, toJsonl } from "../../test/history-file.js";

let t: TestApp;
let admin: SignedUp;
beforeAll(async () => {
  t = await buildTestApp();
  admin = await signUpOrganization(t.app, "Analytics Co");
  const imported = await t.app.inject({
    method: "POST",
    url: "/api/history/import",
    headers: { ...admin.headers, "content-type": "application/x-ndjson" },
    payload: toJsonl(smallHistory()),
  });
  expect(imported.statusCode, imported.body).toBe(200);
});
afterAll(() => t.close());

describe("GET /api/analytics", () => {
  it("returns the report of spec/analytics.md computed from the organisation's history", async () => {
    const response = await t.app.inject({ url: "/api/analytics", headers: admin.headers });
    expect(response.statusCode).toBe(200);
    const report = response.json();
    expect(report.population).toMatchObject({ interviews: 4, candidates: 3, interviewers: 2 });
    // Two offers: one with feedback (accepted), one without (declined).
    expect(report.population.closeRate.withFeedback).toEqual({ offers: 1, accepted: 1, rate: 1 });
    expect(report.population.closeRate.withoutFeedback).toEqual({ offers: 1, accepted: 0, rate: 0 });
    expect(report.population.closeRate.difference).toBe(1);
    // Nobody has three self-assessed interviews: no rate, not a made-up zero.
    expect(report.population).toMatchObject({ selfAssessmentEligible: 0, underrateRate: null });

    const names = report.interviewers.map((i: { name: string }) => i.name);
    expect(names).toEqual(["Alex Interviewer", "Bo Interviewer"]);
    const alex = report.interviewers[0];
    expect(alex).toMatchObject({ externalId: "ivr-a", interviews: 2 });
    expect(alex.calibration.label).toBe("insufficient_data");
    expect(alex.candidateExperience.ratings).toBe(1);

    const [question] = report.questions;
    expect(question).toMatchObject({ externalId: "q-merge", title: "Merge meetings", interviews: 3 });
    expect(question.benchmarks.layers.map((l: { title: string }) => l.title)).toEqual([
      "Brute force",
      "O(n log n)",
      "Stream",
    ]);
    // One top interview is fewer than five: the figure is withheld and the summary says why.
    expect(question.benchmarks.layers[0].topMedianMinutes).toBeNull();
    expect(question.benchmarks.summary).not.toBe("");
    // No interviewer has enough later outcomes to be placed on the curve yet.
    expect(report.calibrationCurve).toEqual([]);
  });

  it("is for admins and recruiters; an interviewer reads only their own calibration", async () => {
    const recruiter = await addPerson(t.app, admin, "recruiter");
    const interviewer = await addPerson(t.app, admin, "interviewer");
    expect((await t.app.inject({ url: "/api/analytics", headers: recruiter.headers })).statusCode).toBe(200);
    expect((await t.app.inject({ url: "/api/analytics", headers: interviewer.headers })).statusCode).toBe(403);
    const own = await t.app.inject({ url: "/api/analytics/me", headers: interviewer.headers });
    expect(own.statusCode).toBe(200);
    expect(own.json().interviewer).toMatchObject({ id: interviewer.userId, interviews: 0 });
    expect(own.json().explanation.headline).toMatch(/Not enough evidence/);
    // The admin never interviewed and is not an interviewer: there is nothing to explain.
    expect((await t.app.inject({ url: "/api/analytics/me", headers: admin.headers })).statusCode).toBe(404);
  });

  it("is computed from the caller's organisation only", async () => {
    const other = await signUpOrganization(t.app, "Empty Co");
    const report = (await t.app.inject({ url: "/api/analytics", headers: other.headers })).json();
    expect(report.population).toMatchObject({ interviews: 0, candidates: 0, interviewers: 0 });
    expect(report.interviewers).toEqual([]);
    expect(report.questions).toEqual([]);
  });

  it("computes once for requests that arrive together, and afresh for the next", async () => {
    const get = async () => (await t.app.inject({ url: "/api/analytics", headers: admin.headers })).json();
    const together = await Promise.all([get(), get(), get()]);
    expect(new Set(together.map((report) => report.generatedAt)).size).toBe(1);
    const candidate = (
      await t.app.inject({
        method: "POST",
        url: "/api/candidates",
        headers: admin.headers,
        payload: { name: "New Nell" },
      })
    ).json();
    expect(candidate.id).toBeDefined();
    const after = await get();
    expect(after.population.candidates).toBe(together[0].population.candidates + 1);
  });
});
