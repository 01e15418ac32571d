// A candidate's subject access request: everything held about them in one document, the interviewers'
// private notes redacted, each export in the audit log, and only for those who may see candidates.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addPerson, buildTestApp, type SignedUp, signUpOrganization, type TestApp } from "../../test/app.js";
import { RELEASED_CODE, RELEASED_TEXT, releasedInterview } from "../../test/released-interview.js";

let t: TestApp;
let admin: SignedUp;
let recruiter: SignedUp;
let interviewer: SignedUp;

beforeAll(async () => {
  t = await buildTestApp();
  admin = await signUpOrganization(t.app, "Export Co");
  recruiter = await addPerson(t.app, admin, "recruiter");
  interviewer = await addPerson(t.app, admin, "interviewer");
});
afterAll(() => t.close());

describe("a candidate's export", () => {
  it("holds everything about them, with the private notes redacted, and is audited", async () => {
    const run = await releasedInterview(
      t.app,
      { recruiter, interviewer },
      { candidateName: "Sam Subject", email: "sam@example.test" },
    );
    for (const event of [
      { at: 30, kind: "clarifying_question", text: "Can intervals touch?" },
      { at: 60, kind: "note", text: "PRIVATE: reminds me of my cousin" },
    ]) {
      const recorded = await t.app.inject({
        method: "POST",
        url: `/api/interviews/${run.interviewId}/events`,
        headers: interviewer.headers,
        payload: { clientId: randomUUID(), ...event },
      });
      expect(recorded.statusCode).toBe(201);
    }
    const response = await t.app.inject({
      url: `/api/candidates/${run.candidateId}/export`,
      headers: recruiter.headers,
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers["content-disposition"]).toContain("attachment");
    expect(response.headers["cache-control"]).toBe("no-store");
    const document = response.json();
    expect(document).toMatchObject({
      format: "debrief-candidate-export",
      version: 1,
      candidate: { id: run.candidateId, name: "Sam Subject", email: "sam@example.test" },
    });
    const [interview] = document.interviews;
    expect(interview.events).toEqual([
      { at: 30, kind: "clarifying_question", text: "Can intervals touch?", topic: null, layer: null },
      { at: 60, kind: "note", redacted: true },
    ]);
    expect(response.body).not.toContain("PRIVATE");
    expect(interview.code).toEqual([{ at: 1500, language: "python", code: RELEASED_CODE }]);
    expect(interview.feedback).toEqual([expect.objectContaining({ version: 1, text: RELEASED_TEXT })]);
    expect(interview.assessment).toMatchObject({ overall: 2, advance: false });
    expect(interview.links).toHaveLength(1);
    expect(interview.emails).toEqual([expect.objectContaining({ to: "sam@example.test" })]);
    expect(response.body).not.toContain(run.token);

    const audit = (await t.app.inject({ url: "/api/audit-log", headers: admin.headers })).json().entries;
    expect(audit).toContainEqual(
      expect.objectContaining({
        action: "candidate.exported",
        actor: expect.objectContaining({ id: recruiter.userId }),
      }),
    );
  });

  it("is for admins and recruiters of the candidate's own organisation", async () => {
    const run = await releasedInterview(t.app, { recruiter, interviewer });
    const url = `/api/candidates/${run.candidateId}/export`;
    expect((await t.app.inject({ url, headers: interviewer.headers })).statusCode).toBe(403);
    const outsider = await signUpOrganization(t.app, "Elsewhere");
    expect((await t.app.inject({ url, headers: outsider.headers })).statusCode).toBe(404);
    expect((await t.app.inject({ url, headers: admin.headers })).statusCode).toBe(200);
  });
});
