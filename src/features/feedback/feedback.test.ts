// From a finished interview to released feedback over the API: the assessment with its evidence, the
// draft written from the timeline and the benchmarks, the linter at release, versions and the audit log.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addPerson, buildTestApp, type SignedUp, signUpOrganization, type TestApp } from "../../test/app.js";

let t: TestApp;
let admin: SignedUp;
let interviewer: SignedUp;
let candidateId: string;
let questionId: string;

const CODE =
  "def merge(intervals):\n    intervals.sort()\n    out = []\n    for s, e in intervals:\n        out.append((s, e))\n    return out\n";

beforeAll(async () => {
  t = await buildTestApp();
  admin = await signUpOrganization(t.app, "Feedback Co");
  interviewer = await addPerson(t.app, admin, "interviewer");
  const candidate = await post("/api/candidates", { name: "Fay Feedback" }, admin);
  candidateId = candidate.id;
  const question = await post(
    "/api/questions",
    {
      title: "Merge meetings",
      durationMinutes: 45,
      layers: [{ title: "Brute force", expectedMinutes: 12 }, { title: "Linear time" }],
    },
    interviewer,
  );
  questionId = question.id;
});
afterAll(() => t.close());

async function post(url: string, payload: unknown, who: SignedUp, status = 201) {
  const response = await t.app.inject({ method: "POST", url, headers: who.headers, payload: payload as object });
  expect(response.statusCode, response.body).toBe(status);
  return response.json();
}

/** A started interview with a timeline: coding at 2:10, a hint, layer 1 done at 19:30, and the code. */
async function runInterview() {
  const interview = await post(
    "/api/interviews",
    { candidateId, questionId, interviewerId: interviewer.userId },
    admin,
  );
  await post(`/api/interviews/${interview.id}/start`, {}, interviewer, 200);
  const event = (body: Record<string, unknown>) =>
    post(`/api/interviews/${interview.id}/events`, { clientId: randomUUID(), ...body }, interviewer);
  const question = await event({ at: 40, kind: "clarifying_question", text: "Are the intervals sorted?" });
  await event({ at: 130, kind: "coding_started" });
  await event({ at: 600, kind: "hint", topic: "edge-cases" });
  await event({ at: 19 * 60 + 30, kind: "layer_completed", layer: 1 });
  const snapshot = await post(
    `/api/interviews/${interview.id}/snapshots`,
    { clientId: randomUUID(), at: 1500, language: "python", code: CODE },
    interviewer,
  );
  return { id: interview.id as string, questionEventId: question.id as string, snapshotId: snapshot.id as string };
}

/** Saves an assessment as the interview's interviewer; the response, whatever its status. */
const assess = (interviewId: string, payload: object) =>
  t.app.inject({
    method: "PUT",
    url: `/api/interviews/${interviewId}/assessment`,
    headers: interviewer.headers,
    payload,
  });

const assessmentFor = (run: { questionEventId: string; snapshotId: string }, overall = 3) => ({
  checklist: [
    {
      itemId: "constraints_asked",
      answer: "partly",
      comment: "Asked whether the input is sorted, not about its size.",
      evidence: [{ kind: "event", eventId: run.questionEventId }],
    },
    {
      itemId: "snippets_to_improve",
      answer: "yes",
      comment: "The loop appends without merging.",
      evidence: [{ kind: "code", snapshotId: run.snapshotId, startLine: 4, endLine: 5 }],
    },
  ],
  scores: { problemSolving: 3, codeQuality: 2, communication: 3 },
  overall,
  advance: overall >= 3,
  annotations: [
    {
      snapshotId: run.snapshotId,
      startLine: 4,
      endLine: 5,
      kind: "went_astray",
      comment: "Overlaps are never merged.",
    },
  ],
});

describe("the assessment", () => {
  it("is saved whole with its evidence and read back", async () => {
    const run = await runInterview();
    const url = `/api/interviews/${run.id}/assessment`;
    expect((await t.app.inject({ url, headers: interviewer.headers })).statusCode).toBe(404);
    const saved = await t.app.inject({ method: "PUT", url, headers: interviewer.headers, payload: assessmentFor(run) });
    expect(saved.statusCode, saved.body).toBe(200);
    const read = (await t.app.inject({ url, headers: admin.headers })).json();
    expect(read).toMatchObject({ overall: 3, advance: true, scores: { codeQuality: 2 } });
    expect(read.checklist[1].evidence[0]).toEqual({
      kind: "code",
      snapshotId: run.snapshotId,
      startLine: 4,
      endLine: 5,
    });
    expect(read.annotations[0].kind).toBe("went_astray");
  });

  it("refuses evidence that is not of this interview, and names the field", async () => {
    const run = await runInterview();
    const body = assessmentFor(run);
    (body.checklist[0] as { evidence: unknown[] }).evidence = [{ kind: "event", eventId: randomUUID() }];
    body.annotations[0] = { ...(body.annotations[0] as (typeof body.annotations)[0]), endLine: 99 };
    const response = await assess(run.id, body);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields.map((f: { field: string }) => f.field)).toEqual([
      "body.checklist.0.evidence.0.eventId",
      "body.annotations.0.endLine",
    ]);
    const scores = await assess(run.id, { ...assessmentFor(run), overall: 5 });
    expect(scores.statusCode).toBe(400);
    expect(scores.json().error.fields[0].field).toBe("body.overall");
  });

  it("is the interviewer's own: others get a 403, another organisation a 404", async () => {
    const run = await runInterview();
    const url = `/api/interviews/${run.id}/assessment`;
    const payload = assessmentFor(run);
    expect((await t.app.inject({ method: "PUT", url, headers: admin.headers, payload })).statusCode).toBe(403);
    const outsider = await signUpOrganization(t.app, "Elsewhere");
    expect((await t.app.inject({ method: "PUT", url, headers: outsider.headers, payload })).statusCode).toBe(404);
    expect((await t.app.inject({ url, headers: outsider.headers })).statusCode).toBe(404);
    expect(
      (await t.app.inject({ url: `/api/interviews/${run.id}/feedback`, headers: outsider.headers })).statusCode,
    ).toBe(404);
  });
});

describe("another organisation", () => {
  it("gets 404 on every feedback route of an interview, reads and writes alike, as for one that does not exist", async () => {
    const run = await runInterview();
    const outsider = await signUpOrganization(t.app, "Other Org");
    const missing = "00000000-0000-4000-8000-000000000000";
    const requests = [
      { method: "GET" as const, path: "assessment" },
      { method: "PUT" as const, path: "assessment", payload: assessmentFor(run) },
      { method: "GET" as const, path: "feedback" },
      { method: "GET" as const, path: "feedback/suggested-draft" },
      { method: "PUT" as const, path: "feedback/draft", payload: { text: "You asked about sorting." } },
      { method: "POST" as const, path: "feedback/releases", payload: { text: "You asked about sorting." } },
      { method: "GET" as const, path: "benchmarks" },
    ];
    for (const { path, ...request } of requests) {
      const theirs = await t.app.inject({
        ...request,
        url: `/api/interviews/${run.id}/${path}`,
        headers: outsider.headers,
      });
      const none = await t.app.inject({
        ...request,
        url: `/api/interviews/${missing}/${path}`,
        headers: outsider.headers,
      });
      expect(theirs.statusCode, `${request.method} ${path}`).toBe(404);
      expect(theirs.json()).toEqual(none.json());
    }
    const { draft, versions } = (
      await t.app.inject({ url: `/api/interviews/${run.id}/feedback`, headers: admin.headers })
    ).json();
    expect([draft, versions]).toEqual([null, []]);
  });
});

describe("the draft", () => {
  it("opens with specifics and states timings against the author's estimate while history is thin", async () => {
    const run = await runInterview();
    await assess(run.id, assessmentFor(run));
    const response = await t.app.inject({
      url: `/api/interviews/${run.id}/feedback/suggested-draft`,
      headers: interviewer.headers,
    });
    expect(response.statusCode, response.body).toBe(200);
    const { text, benchmarksFrom } = response.json();
    expect(benchmarksFrom).toBe("author");
    expect(text).toMatch(/you started coding about 2 minutes in/i);
    expect(text).toMatch(/at 19 minutes/);
    expect(text).toMatch(/about 12 minutes/);
    expect(text).toContain("Overlaps are never merged.");
    expect(text).not.toMatch(/advance|decision/i);
    const lint = await t.app.inject({
      method: "POST",
      url: "/api/feedback/lint",
      headers: interviewer.headers,
      payload: { text },
    });
    expect(lint.json().findings.filter((f: { severity: string }) => f.severity === "error")).toEqual([]);
  });

  it("compares with the strongest performers once the question has history, and puts the decision last by policy", async () => {
    // Five top-scored interviews that started coding at 5 minutes and finished layer 1 at 12.
    for (let i = 0; i < 5; i++) {
      const other = await post(
        "/api/interviews",
        { candidateId, questionId, interviewerId: interviewer.userId },
        admin,
      );
      await post(`/api/interviews/${other.id}/start`, {}, interviewer, 200);
      const event = (body: Record<string, unknown>) =>
        post(`/api/interviews/${other.id}/events`, { clientId: randomUUID(), ...body }, interviewer);
      await event({ at: 300, kind: "coding_started" });
      await event({ at: 720, kind: "layer_completed", layer: 1 });
      await assess(other.id, { checklist: [], scores: {}, overall: 4, advance: true, annotations: [] });
    }
    const settings = await t.app.inject({
      method: "PUT",
      url: "/api/feedback/settings",
      headers: admin.headers,
      payload: { policy: { includeOutcome: true, includeScores: false }, scoreDimensions: [] },
    });
    expect(settings.statusCode, settings.body).toBe(200);
    const run = await runInterview();
    await assess(run.id, assessmentFor(run));
    const { text, benchmarksFrom } = (
      await t.app.inject({ url: `/api/interviews/${run.id}/feedback/suggested-draft`, headers: interviewer.headers })
    ).json();
    expect(benchmarksFrom).toBe("history");
    const live = (
      await t.app.inject({ url: `/api/interviews/${run.id}/benchmarks`, headers: interviewer.headers })
    ).json();
    expect(live.topMedianCodingStartMinutes).toBe(5);
    expect(live.layers[0]).toEqual({ layer: 1, title: "Brute force", topMedianMinutes: 12, expectedMinutes: 12 });
    expect(text).toMatch(/strongest performers on this question spend about 5 minutes/);
    expect(text).toMatch(/finish it in about 12 minutes/);
    const headings = text.split("\n").filter((line: string) => line.startsWith("## "));
    expect(headings.at(-1)).toBe("## Decision");
    await t.app.inject({
      method: "PUT",
      url: "/api/feedback/settings",
      headers: admin.headers,
      payload: { policy: { includeOutcome: false, includeScores: false }, scoreDimensions: [] },
    });
  });
});

describe("releasing", () => {
  it("makes numbered, unchanging versions; an error-level finding needs a written reason, which is logged", async () => {
    const run = await runInterview();
    const releases = `/api/interviews/${run.id}/feedback/releases`;
    const early = await t.app.inject({
      method: "POST",
      url: releases,
      headers: interviewer.headers,
      payload: { text: "You asked whether the input was sorted." },
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toMatch(/assess the interview first/i);
    await assess(run.id, assessmentFor(run));
    const leading = "Unfortunately we won't be moving forward. You started coding two minutes in.";
    const blocked = await t.app.inject({
      method: "POST",
      url: releases,
      headers: interviewer.headers,
      payload: { text: leading },
    });
    expect(blocked.statusCode).toBe(409);
    expect(blocked.json().error.findings.map((f: { rule: string }) => f.rule)).toContain("outcome-first");

    const reason = "The candidate asked for the decision first, in writing.";
    const first = await t.app.inject({
      method: "POST",
      url: releases,
      headers: interviewer.headers,
      payload: { text: leading, overrideReason: reason },
    });
    expect(first.statusCode, first.body).toBe(201);
    const corrected = "You started coding two minutes in, before asking how large the input could be.";
    const second = await t.app.inject({
      method: "POST",
      url: releases,
      headers: admin.headers,
      payload: { text: corrected },
    });
    expect(second.statusCode).toBe(201);
    const { versions, draft } = second.json();
    expect(versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(versions[1]).toMatchObject({ text: leading, overrideReason: reason });
    expect(versions[0]).toMatchObject({ text: corrected, overrideReason: null, releasedBy: { id: admin.userId } });
    expect(draft.text).toBe(corrected);

    const audit = await t.app.inject({ url: `/api/audit-log?interviewId=${run.id}`, headers: admin.headers });
    expect(audit.statusCode).toBe(200);
    expect(
      audit
        .json()
        .entries.map((e: { action: string }) => e.action)
        .sort(),
    ).toEqual(["feedback.corrected", "feedback.lint_overridden", "feedback.released"]);
    const overridden = audit.json().entries.find((e: { action: string }) => e.action === "feedback.lint_overridden");
    expect(overridden.details).toMatchObject({ version: 1, reason, rules: ["outcome-first"] });
    expect((await t.app.inject({ url: "/api/audit-log", headers: interviewer.headers })).statusCode).toBe(403);
  });

  it("gives two releases at once two different versions", async () => {
    const run = await runInterview();
    await assess(run.id, assessmentFor(run));
    const release = (text: string) =>
      t.app.inject({
        method: "POST",
        url: `/api/interviews/${run.id}/feedback/releases`,
        headers: interviewer.headers,
        payload: { text },
      });
    const answers = await Promise.all([
      release("You asked one question first."),
      release("You asked two questions first."),
    ]);
    expect(answers.map((a) => a.statusCode)).toEqual([201, 201]);
    const { versions } = (
      await t.app.inject({ url: `/api/interviews/${run.id}/feedback`, headers: admin.headers })
    ).json();
    expect(versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
  });
});

describe("the organisation's settings", () => {
  it("are changed by admins only, and refuse a dimension that already exists", async () => {
    const url = "/api/feedback/settings";
    const payload = {
      policy: { includeOutcome: false, includeScores: true },
      scoreDimensions: [{ id: "systemDesign", label: "System design" }],
    };
    expect((await t.app.inject({ method: "PUT", url, headers: interviewer.headers, payload })).statusCode).toBe(403);
    expect((await t.app.inject({ method: "PUT", url, headers: admin.headers, payload })).statusCode).toBe(200);
    // Candidate links and second looks, not sent, stay as they were: the defaults.
    expect((await t.app.inject({ url, headers: interviewer.headers })).json()).toEqual({
      ...payload,
      candidatePolicy: { linkDays: 90, secondLookMonths: 6 },
    });
    const clash = await t.app.inject({
      method: "PUT",
      url,
      headers: admin.headers,
      payload: { ...payload, scoreDimensions: [{ id: "communication", label: "Talking" }] },
    });
    expect(clash.statusCode).toBe(400);
    expect(clash.json().error.fields[0].field).toBe("body.scoreDimensions.0.id");
    await t.app.inject({
      method: "PUT",
      url,
      headers: admin.headers,
      payload: { policy: { includeOutcome: false, includeScores: false }, scoreDimensions: [] },
    });
  });
});
