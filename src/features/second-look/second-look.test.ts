// Second looks: who comes due, who does not (advanced, offered, interviewed since), the reminder sent once
// a candidate, dismissing, the organisation's period, and another organisation's candidates out of sight.
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emailMessages } from "../../data/candidate-schema.js";
import { interviews } from "../../data/schema.js";
import { addPerson, buildTestApp, type SignedUp, signUpOrganization, type TestApp } from "../../test/app.js";
import { remindDueSecondLooks } from "./remind.js";

let t: TestApp;
let admin: SignedUp;
let recruiter: SignedUp;
let interviewer: SignedUp;
const DAY = 86_400_000;

beforeAll(async () => {
  t = await buildTestApp();
  admin = await signUpOrganization(t.app, "Second Look Co");
  recruiter = await addPerson(t.app, admin, "recruiter");
  interviewer = await addPerson(t.app, admin, "interviewer");
});
afterAll(() => t.close());

async function post(url: string, payload: object, who: SignedUp, status = 201) {
  const response = await t.app.inject({ method: "POST", url, headers: who.headers, payload });
  expect(response.statusCode, response.body).toBe(status);
  return response.json();
}

/** An interview held `daysAgo` days ago and assessed, for a new candidate or the one given. */
async function heldInterview(name: string, daysAgo: number, advance: boolean, candidateId?: string) {
  const id = candidateId ?? (await post("/api/candidates", { name }, recruiter)).id;
  const interview = await post("/api/interviews", { candidateId: id, interviewerId: interviewer.userId }, recruiter);
  await post(`/api/interviews/${interview.id}/start`, {}, interviewer, 200);
  const assessed = await t.app.inject({
    method: "PUT",
    url: `/api/interviews/${interview.id}/assessment`,
    headers: interviewer.headers,
    payload: { checklist: [], scores: {}, overall: advance ? 3 : 2, advance, annotations: [] },
  });
  expect(assessed.statusCode, assessed.body).toBe(200);
  await t.database.db
    .update(interviews)
    .set({ startedAt: new Date(Date.now() - daysAgo * DAY) })
    .where(eq(interviews.id, interview.id));
  return { candidateId: id as string, interviewId: interview.id as string };
}

const list = async (who = recruiter) => {
  const response = await t.app.inject({ url: "/api/second-looks", headers: who.headers });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
};
const names = (looks: { candidate: { name: string } }[]) => looks.map((look) => look.candidate.name).sort();

describe("second looks", () => {
  it("lists candidates not advanced once the period has passed, and those coming due", async () => {
    await heldInterview("Due Dora", 7 * 30, false);
    await heldInterview("Soon Sam", 6 * 30 - 15, false);
    await heldInterview("Advanced Ava", 7 * 30, true);
    const offered = await heldInterview("Offered Otto", 7 * 30, false);
    await post(
      `/api/candidates/${offered.candidateId}/offers`,
      { at: new Date().toISOString(), accepted: true, feedbackGiven: true },
      recruiter,
    );
    const again = await heldInterview("Again Abe", 8 * 30, false);
    await heldInterview("Again Abe", 20, false, again.candidateId);

    const looks = await list();
    expect(looks.months).toBe(6);
    expect(names(looks.due)).toEqual(["Due Dora"]);
    expect(names(looks.upcoming)).toEqual(["Soon Sam"]);
    const [dora] = looks.due;
    expect(dora.interview).toMatchObject({ overall: 2, interviewerName: expect.any(String), feedbackSharedAt: null });
    expect(dora.trajectory).toEqual([
      expect.objectContaining({ kind: "interview", advance: false, feedbackShared: false }),
    ]);
    expect(new Date(dora.dueAt).getTime()).toBeLessThanOrEqual(Date.now());
  });

  it("reminds the recruiters once a candidate, by email", async () => {
    const first = await remindDueSecondLooks(t.database.db, t.config);
    const ours = first.filter((message) => message.orgId === admin.orgId);
    expect(ours).toHaveLength(1);
    const [message] = await t.database.db
      .select()
      .from(emailMessages)
      .where(and(eq(emailMessages.orgId, admin.orgId), eq(emailMessages.kind, "second_look.due")));
    expect(message?.toAddress).toBe(recruiter.email);
    expect(message?.subject).toBe("Due Dora due for a second look");
    expect(message?.text).toContain("/second-looks");
    expect(message?.status).toBe("outbox");
    const second = await remindDueSecondLooks(t.database.db, t.config);
    expect(second.filter((m) => m.orgId === admin.orgId)).toHaveLength(0);
    expect((await list()).due[0].remindedAt).not.toBeNull();
  });

  it("follows the organisation's period", async () => {
    const settings = (await t.app.inject({ url: "/api/feedback/settings", headers: admin.headers })).json();
    const put = (months: number) =>
      t.app.inject({
        method: "PUT",
        url: "/api/feedback/settings",
        headers: admin.headers,
        payload: { ...settings, candidatePolicy: { ...settings.candidatePolicy, secondLookMonths: months } },
      });
    expect((await put(5)).statusCode).toBe(200);
    expect(names((await list()).due)).toEqual(["Due Dora", "Soon Sam"]);
    const refused = await put(0);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fields[0].field).toBe("body.candidatePolicy.secondLookMonths");
    expect((await put(6)).statusCode).toBe(200);
  });

  it("drops a dismissed candidate, and is for recruiters and admins of this organisation only", async () => {
    const [dora] = (await list()).due;
    const byInterviewer = await t.app.inject({
      method: "POST",
      url: `/api/second-looks/${dora.interview.id}/dismiss`,
      headers: interviewer.headers,
    });
    expect(byInterviewer.statusCode).toBe(403);
    expect((await t.app.inject({ url: "/api/second-looks", headers: interviewer.headers })).statusCode).toBe(403);
    const outsider = await signUpOrganization(t.app, "Elsewhere");
    expect((await list(outsider)).due).toEqual([]);
    const foreign = await t.app.inject({
      method: "POST",
      url: `/api/second-looks/${dora.interview.id}/dismiss`,
      headers: outsider.headers,
    });
    expect(foreign.statusCode).toBe(404);
    const dismissed = await t.app.inject({
      method: "POST",
      url: `/api/second-looks/${dora.interview.id}/dismiss`,
      headers: recruiter.headers,
    });
    expect(dismissed.statusCode).toBe(204);
    expect(names((await list()).due)).toEqual([]);
  });
});
