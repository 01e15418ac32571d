// Erasing a candidate: what they were, wrote and said is gone from every table, the facts analytics count
// stay (so the report is the same to the digit), a legal hold stops it and is logged, and the retention
// job erases whoever is past the organisation's period.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scheduledJobs } from "../../jobs/scheduled.js";
import { addPerson, buildTestApp, type SignedUp, signUpOrganization, type TestApp } from "../../test/app.js";
import { smallHistory, toJsonl } from "../../test/history-file.js";
import { RELEASED_CODE, RELEASED_TEXT, releasedInterview } from "../../test/released-interview.js";
import { eraseExpiredCandidates } from "./retention.js";

let t: TestApp;
let admin: SignedUp;
let recruiter: SignedUp;
let interviewer: SignedUp;

beforeAll(async () => {
  t = await buildTestApp();
  admin = await signUpOrganization(t.app, "Erasure Co");
  recruiter = await addPerson(t.app, admin, "recruiter");
  interviewer = await addPerson(t.app, admin, "interviewer");
});
afterAll(() => t.close());

async function call(who: SignedUp | { cookie: string }, method: string, url: string, payload?: unknown) {
  const headers = "headers" in who ? who.headers : who;
  return t.app.inject({ method: method as "GET", url, headers, ...(payload ? { payload: payload as object } : {}) });
}

/** Every row of every table of the database, as text, to search for what must be gone. */
async function everything(): Promise<string> {
  const { rows: tables } = await t.database.executeSql(
    `select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
  );
  const parts: string[] = [];
  for (const { table_name: table } of tables) {
    const { rows } = await t.database.executeSql(`select coalesce(string_agg(row_to_json(t)::text, '\n'), '') as all
      from "${table as string}" t`);
    parts.push(String(rows[0]?.all ?? ""));
  }
  return parts.join("\n");
}

async function importSmallHistory(owner: SignedUp) {
  const imported = await t.app.inject({
    method: "POST",
    url: "/api/history/import",
    headers: { ...owner.headers, "content-type": "application/x-ndjson" },
    payload: toJsonl(smallHistory()),
  });
  expect(imported.statusCode, imported.body).toBe(200);
}

async function candidateLinkCookie(token: string) {
  const response = await t.app.inject({
    method: "POST",
    url: `/c/${token}`,
    headers: { "content-type": "application/x-www-form-urlencoded" },
    payload: "",
  });
  return { status: response.statusCode, cookie: `debrief_candidate=${response.cookies[0]?.value}` };
}

describe("erasing a candidate", () => {
  it("leaves no trace of who they are or what anyone wrote about them, and keeps the facts", async () => {
    const name = "Zora Quillfeather";
    const email = "zora.quillfeather@example.test";
    const run = await releasedInterview(t.app, { recruiter, interviewer }, { candidateName: name, email });
    for (const event of [
      { at: 30, kind: "clarifying_question", text: "QUESTION-MARKER: can intervals touch?" },
      { at: 60, kind: "note", text: "NOTE-MARKER: quiet at first" },
    ]) {
      const recorded = await call(interviewer, "POST", `/api/interviews/${run.interviewId}/events`, {
        clientId: randomUUID(),
        ...event,
      });
      expect(recorded.statusCode, recorded.body).toBe(201);
    }
    // The candidate's own words, through their link: the self-assessment and the rating's comment.
    const link = await candidateLinkCookie(run.token);
    expect(link.status).toBe(303);
    const candidate = { cookie: link.cookie };
    const self = await call(candidate, "PUT", "/api/candidate/self-assessment", {
      scores: { problemSolving: 2, codeQuality: 2, communication: 3 },
      overall: 2,
      thinksPassed: true,
      answers: { struggle: "ANSWER-MARKER: the merge step" },
    });
    expect(self.statusCode, self.body).toBe(200);
    expect((await call(candidate, "POST", "/api/candidate/feedback/open")).statusCode).toBe(200);
    const rated = await call(candidate, "PUT", "/api/candidate/rating", {
      wouldReturn: 3,
      comment: "COMMENT-MARKER: kind interviewer",
    });
    expect(rated.statusCode, rated.body).toBe(200);
    // A message to someone else that names them among others, and an audit entry quoting them.
    await t.database.executeSql(
      `insert into email_messages (org_id, id, kind, to_address, subject, text, status)
       values ($1, $2, 'second_look.due', 'recruiter@example.test', 'Second looks', $3, 'outbox')`,
      [admin.orgId, randomUUID(), `Due again: ${name} (held 2026-01-01) and Ola Other.`],
    );
    await t.database.executeSql(
      `insert into audit_log (org_id, id, action, interview_id, details)
       values ($1, $2, 'feedback.lint_overridden', $3, $4)`,
      [admin.orgId, randomUUID(), run.interviewId, JSON.stringify({ version: 1, reason: `${name} asked twice` })],
    );
    const before = (await call(admin, "GET", `/api/candidates/${run.candidateId}`)).json();

    const erased = await call(admin, "POST", `/api/candidates/${run.candidateId}/erase`);
    expect(erased.statusCode, erased.body).toBe(200);
    expect(erased.json()).toMatchObject({
      candidateId: run.candidateId,
      interviews: 1,
      notes: 2,
      codeSnapshots: 1,
      feedbackVersions: 1,
      emails: 1,
    });

    const stored = await everything();
    for (const trace of [
      name,
      email,
      "QUESTION-MARKER",
      "NOTE-MARKER",
      "ANSWER-MARKER",
      "COMMENT-MARKER",
      RELEASED_TEXT.slice(0, 40),
      RELEASED_CODE.slice(0, 30),
      run.token,
    ]) {
      expect(stored, `"${trace}" is still stored`).not.toContain(trace);
    }
    // The other person in that message is still named, and the message still reads.
    expect(stored).toContain("Due again: Erased candidate (held 2026-01-01) and Ola Other.");

    const after = (await call(admin, "GET", `/api/candidates/${run.candidateId}`)).json();
    expect(after).toMatchObject({
      name: "Erased candidate",
      email: null,
      externalId: null,
      erasedAt: expect.any(String),
    });
    // The facts stay: the interview, its timing, the decision.
    expect(after.interviews).toEqual(before.interviews);
    const exported = (await call(admin, "GET", `/api/candidates/${run.candidateId}/export`)).json();
    expect(exported.interviews[0].events.map((e: { kind: string }) => e.kind)).toContain("note");
    expect(JSON.stringify(exported)).not.toContain("MARKER");
    expect(exported.candidate).toMatchObject({ name: "Erased candidate", email: null, erasedAt: after.erasedAt });
    // The link and the candidate's visit with it end.
    expect((await call(candidate, "GET", "/api/candidate")).statusCode).toBe(401);
    expect((await candidateLinkCookie(run.token)).status).toBe(404);

    const audit = (await call(admin, "GET", "/api/audit-log")).json().entries;
    expect(audit).toContainEqual(
      expect.objectContaining({
        action: "candidate.erased",
        actor: expect.objectContaining({ id: admin.userId }),
        details: expect.objectContaining({ candidateId: run.candidateId, basis: "request" }),
      }),
    );
    expect(audit).toContainEqual(
      expect.objectContaining({ action: "feedback.lint_overridden", details: { version: 1, reason: "[erased]" } }),
    );

    const again = await call(admin, "POST", `/api/candidates/${run.candidateId}/erase`);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe("conflict");
  });

  it("keeps every figure of the analytics report as it was", async () => {
    const owner = await signUpOrganization(t.app, "Analytics Erasure Co");
    await importSmallHistory(owner);
    const report = async () => (await call(owner, "GET", "/api/analytics")).json();
    const before = await report();
    const listed = (await call(owner, "GET", "/api/candidates")).json().candidates as { id: string }[];
    expect(listed).toHaveLength(3);
    for (const { id } of listed)
      expect((await call(owner, "POST", `/api/candidates/${id}/erase`)).statusCode).toBe(200);
    const after = await report();
    delete before.generatedAt;
    delete after.generatedAt;
    expect(after).toEqual(before);
    const names = (await call(owner, "GET", "/api/candidates")).json().candidates.map((c: { name: string }) => c.name);
    expect(names).toEqual(["Erased candidate", "Erased candidate", "Erased candidate"]);
  });

  it("is refused while the organisation is under a legal hold, and each refusal is logged", async () => {
    const owner = await signUpOrganization(t.app, "Held Co");
    const added = await call(owner, "POST", "/api/candidates", { name: "Hal Held" });
    const id = added.json().id as string;
    const placed = await call(owner, "PUT", "/api/data-policy/legal-hold", { reason: "Tribunal claim 2026-17" });
    expect(placed.statusCode, placed.body).toBe(200);
    expect(placed.json().legalHold).toMatchObject({
      reason: "Tribunal claim 2026-17",
      placedBy: { id: owner.userId, name: expect.any(String) },
    });
    // Placing it again only rewrites the reason; the hold keeps its start.
    const since = placed.json().legalHold.since;
    const again = await call(owner, "PUT", "/api/data-policy/legal-hold", { reason: "Tribunal claim 2026-17" });
    expect(again.json().legalHold.since).toBe(since);

    const refused = await call(owner, "POST", `/api/candidates/${id}/erase`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({
      code: "legal_hold",
      message: expect.stringContaining("Tribunal claim 2026-17"),
      legalHold: { reason: "Tribunal claim 2026-17" },
    });
    expect((await call(owner, "GET", `/api/candidates/${id}`)).json()).toMatchObject({
      name: "Hal Held",
      erasedAt: null,
    });
    const audit = (await call(owner, "GET", "/api/audit-log")).json().entries as { action: string; details: object }[];
    expect(audit.map((e) => e.action)).toEqual(
      expect.arrayContaining(["data.legal_hold_placed", "candidate.erasure_refused"]),
    );
    expect(audit.find((e) => e.action === "candidate.erasure_refused")?.details).toEqual({
      candidateId: id,
      reason: "legal_hold",
    });

    const lifted = await call(owner, "DELETE", "/api/data-policy/legal-hold");
    expect(lifted.json().legalHold).toBeNull();
    expect((await call(owner, "DELETE", "/api/data-policy/legal-hold")).json().legalHold).toBeNull();
    expect((await call(owner, "POST", `/api/candidates/${id}/erase`)).statusCode).toBe(200);
  });

  it("names the field of a bad policy", async () => {
    for (const retentionMonths of [0, 1.5, 241, "12"]) {
      const response = await call(admin, "PUT", "/api/data-policy/retention", { retentionMonths });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.fields[0].field).toBe("body.retentionMonths");
    }
    const short = await call(admin, "PUT", "/api/data-policy/legal-hold", { reason: " " });
    expect(short.json().error.fields[0].field).toBe("body.reason");
  });
});

describe("the retention period", () => {
  it("erases, once a day, the candidates whose last activity is older; nothing while a hold lasts", async () => {
    expect(scheduledJobs.map((job) => job.name)).toContain("candidates.retention");
    const owner = await signUpOrganization(t.app, "Retention Co");
    await importSmallHistory(owner);
    // Added today, interviewed never: their last activity is now.
    const fresh = (await call(owner, "POST", "/api/candidates", { name: "Fay Fresh" })).json().id as string;
    const set = await call(owner, "PUT", "/api/data-policy/retention", { retentionMonths: 12 });
    expect(set.json()).toMatchObject({ retentionMonths: 12, legalHold: null });
    // The history's last activity is an offer on 2025-04-11; on 2026-05-02 that is more than 12 months ago.
    const now = new Date("2026-05-02T00:00:00Z");

    await call(owner, "PUT", "/api/data-policy/legal-hold", { reason: "Regulator's inquiry" });
    expect(await eraseExpiredCandidates(t.database, now)).toMatchObject({ erased: 0 });
    const held = (await call(owner, "GET", "/api/audit-log")).json().entries as { action: string; actor: unknown }[];
    expect(held).toContainEqual(
      expect.objectContaining({
        action: "data.retention_held",
        actor: null,
        details: expect.objectContaining({ due: 3 }),
      }),
    );
    await call(owner, "DELETE", "/api/data-policy/legal-hold");

    await eraseExpiredCandidates(t.database, now);
    const candidates = (await call(owner, "GET", "/api/candidates")).json().candidates as {
      id: string;
      erasedAt: string | null;
    }[];
    expect(candidates.filter((c) => c.erasedAt !== null)).toHaveLength(3);
    expect(candidates.find((c) => c.id === fresh)?.erasedAt).toBeNull();
    const audit = (await call(owner, "GET", "/api/audit-log")).json().entries as { action: string; details: object }[];
    expect(audit.filter((e) => e.action === "candidate.erased")).toEqual(
      Array.from({ length: 3 }, () =>
        expect.objectContaining({ actor: null, details: expect.objectContaining({ basis: "retention" }) }),
      ),
    );
    // A second run finds nobody left to erase.
    expect(await eraseExpiredCandidates(t.database, now)).toEqual({ erased: 0, held: 0 });
  });
});

describe("the audit log", () => {
  it("is append-only in the database itself", async () => {
    await expect(t.database.executeSql(`update audit_log set action = 'x'`)).rejects.toThrow(/append-only/);
    await expect(t.database.executeSql(`delete from audit_log`)).rejects.toThrow(/append-only/);
    await expect(t.database.executeSql(`truncate audit_log`)).rejects.toThrow(/append-only/);
  });
});
