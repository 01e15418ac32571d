// The live-interview API contract: questions with versioned layers, scheduling, and events that are
// idempotent on their client id.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addPerson, buildTestApp, type SignedUp, signUpOrganization, type TestApp } from "../../test/app.js";

let t: TestApp;
let admin: SignedUp;
let interviewer: SignedUp;
let candidateId: string;
let questionId: string;

const layers = [
  { title: "Brute force", expectedMinutes: 12, guide: "Let them get something working." },
  { title: "O(n log n)", description: "Now make it fast." },
  { title: "Stream", description: "The input arrives as a stream." },
];

beforeAll(async () => {
  t = await buildTestApp();
  admin = await signUpOrganization(t.app, "Live Co");
  interviewer = await addPerson(t.app, admin, "interviewer");
  const candidate = await t.app.inject({
    method: "POST",
    url: "/api/candidates",
    headers: admin.headers,
    payload: { name: "Cam Candidate" },
  });
  candidateId = candidate.json().id;
  const question = await t.app.inject({
    method: "POST",
    url: "/api/questions",
    headers: interviewer.headers,
    payload: { title: "Merge meetings", durationMinutes: 45, statement: "Merge the **intervals**.", layers },
  });
  expect(question.statusCode, question.body).toBe(201);
  questionId = question.json().id;
});
afterAll(() => t.close());

async function schedule(headers = admin.headers, body: Record<string, unknown> = {}) {
  const response = await t.app.inject({
    method: "POST",
    url: "/api/interviews",
    headers,
    payload: { candidateId, questionId, interviewerId: interviewer.userId, stage: "onsite", ...body },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

describe("questions", () => {
  it("keep each interview's view of the layers when they are edited", async () => {
    const before = await schedule();
    expect(before.question).toMatchObject({ title: "Merge meetings", version: 1 });
    expect(before.question.layers[0]).toEqual({
      title: "Brute force",
      description: null,
      expectedMinutes: 12,
      guide: "Let them get something working.",
    });
    const edited = await t.app.inject({
      method: "PATCH",
      url: `/api/questions/${questionId}`,
      headers: admin.headers,
      payload: { layers: [...layers, { title: "Memory bound" }] },
    });
    expect(edited.json()).toMatchObject({ version: 2, interviews: 1 });
    expect(edited.json().layers).toHaveLength(4);
    const old = (await t.app.inject({ url: `/api/interviews/${before.id}`, headers: admin.headers })).json();
    expect(old.question.layers).toHaveLength(3);
    const after = await schedule();
    expect(after.question).toMatchObject({ version: 2 });
    expect(after.question.layers).toHaveLength(4);
  });

  it("are searched, archived and named precisely when wrong", async () => {
    const found = (await t.app.inject({ url: "/api/questions?search=merge", headers: interviewer.headers })).json();
    expect(found.questions.map((q: { id: string }) => q.id)).toContain(questionId);
    const bad = await t.app.inject({
      method: "POST",
      url: "/api/questions",
      headers: admin.headers,
      payload: { title: "", layers: [] },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.map((f: { field: string }) => f.field)).toEqual(["body.title", "body.layers"]);
    const created = await t.app.inject({
      method: "POST",
      url: "/api/questions",
      headers: admin.headers,
      payload: { title: "Old one", layers: [{ title: "Only" }] },
    });
    const id = created.json().id;
    await t.app.inject({
      method: "PATCH",
      url: `/api/questions/${id}`,
      headers: admin.headers,
      payload: { archived: true },
    });
    const active = (await t.app.inject({ url: "/api/questions", headers: admin.headers })).json().questions;
    expect(active.map((q: { id: string }) => q.id)).not.toContain(id);
    const archived = (await t.app.inject({ url: "/api/questions?archived=true", headers: admin.headers })).json()
      .questions;
    expect(archived.map((q: { id: string }) => q.id)).toEqual([id]);
    const recruiter = await addPerson(t.app, admin, "recruiter");
    expect(
      (
        await t.app.inject({
          method: "POST",
          url: "/api/questions",
          headers: recruiter.headers,
          payload: { title: "x", layers: [{ title: "y" }] },
        })
      ).statusCode,
    ).toBe(403);
  });

  it("offer the built-in hint topics and the organisation's own", async () => {
    const added = await t.app.inject({
      method: "POST",
      url: "/api/hint-topics",
      headers: admin.headers,
      payload: { label: "Cache invalidation" },
    });
    expect(added.json()).toEqual({ slug: "cache-invalidation", label: "Cache invalidation", builtIn: false });
    const topics = (await t.app.inject({ url: "/api/hint-topics", headers: interviewer.headers })).json().topics;
    expect(topics.map((x: { slug: string }) => x.slug)).toEqual([
      "data-structure",
      "complexity",
      "off-by-one",
      "edge-cases",
      "approach",
      "language",
      "cache-invalidation",
    ]);
    expect(
      (
        await t.app.inject({
          method: "POST",
          url: "/api/hint-topics",
          headers: admin.headers,
          payload: { label: "Complexity" },
        })
      ).statusCode,
    ).toBe(409);
  });
});

describe("hint topics", () => {
  it("of the organisation's own are archived by admins and come back when added again", async () => {
    const add = (label: string) =>
      t.app.inject({ method: "POST", url: "/api/hint-topics", headers: admin.headers, payload: { label } });
    const slugs = async () =>
      (await t.app.inject({ url: "/api/hint-topics", headers: interviewer.headers }))
        .json()
        .topics.map((x: { slug: string }) => x.slug);
    expect((await add("Concurrency")).statusCode).toBe(201);
    const url = "/api/hint-topics/concurrency";
    expect((await t.app.inject({ method: "DELETE", url, headers: interviewer.headers })).statusCode).toBe(403);
    const archived = await t.app.inject({ method: "DELETE", url, headers: admin.headers });
    expect(archived.statusCode).toBe(200);
    expect(await slugs()).not.toContain("concurrency");
    expect((await t.app.inject({ method: "DELETE", url, headers: admin.headers })).statusCode).toBe(404);
    const builtIn = await t.app.inject({
      method: "DELETE",
      url: "/api/hint-topics/complexity",
      headers: admin.headers,
    });
    expect(builtIn.statusCode).toBe(400);
    expect((await add("Concurrency")).statusCode).toBe(201);
    expect(await slugs()).toContain("concurrency");
  });
});

describe("interviews", () => {
  it("are scheduled by recruiters and admins for anyone, and by interviewers only for themselves", async () => {
    const own = await schedule(interviewer.headers, { interviewerId: undefined });
    expect(own.interviewer.id).toBe(interviewer.userId);
    const forAdmin = await t.app.inject({
      method: "POST",
      url: "/api/interviews",
      headers: interviewer.headers,
      payload: { candidateId, interviewerId: admin.userId },
    });
    expect(forAdmin.statusCode).toBe(403);
    const badCandidate = await t.app.inject({
      method: "POST",
      url: "/api/interviews",
      headers: admin.headers,
      payload: { candidateId: randomUUID() },
    });
    expect(badCandidate.statusCode).toBe(400);
    expect(badCandidate.json().error.fields[0].field).toBe("candidateId");
  });

  it("are listed for an interviewer: only their own, today's first", async () => {
    const other = await addPerson(t.app, admin, "interviewer");
    await schedule(admin.headers, { interviewerId: other.userId });
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString();
    const lastMonth = new Date(Date.now() - 30 * 86_400_000).toISOString();
    const old = await schedule(admin.headers, { scheduledAt: lastMonth });
    await t.app.inject({ method: "POST", url: `/api/interviews/${old.id}/start`, headers: interviewer.headers });
    await t.app.inject({ method: "POST", url: `/api/interviews/${old.id}/finish`, headers: interviewer.headers });
    const upcoming = await schedule(admin.headers, { scheduledAt: tomorrow });
    const list = (await t.app.inject({ url: "/api/interviews", headers: interviewer.headers })).json().interviews;
    expect(list.every((i: { interviewer: { id: string } }) => i.interviewer.id === interviewer.userId)).toBe(true);
    const ids = list.map((i: { id: string }) => i.id);
    expect(ids.indexOf(upcoming.id)).toBeLessThan(ids.indexOf(old.id));
    expect(list.find((i: { id: string }) => i.id === old.id).status).toBe("finished");
  });

  it("are started and finished only by their interviewer", async () => {
    const interview = await schedule();
    expect(
      (await t.app.inject({ method: "POST", url: `/api/interviews/${interview.id}/start`, headers: admin.headers }))
        .statusCode,
    ).toBe(403);
    const started = await t.app.inject({
      method: "POST",
      url: `/api/interviews/${interview.id}/start`,
      headers: interviewer.headers,
    });
    expect(started.json()).toMatchObject({ status: "live" });
    const again = await t.app.inject({
      method: "POST",
      url: `/api/interviews/${interview.id}/start`,
      headers: interviewer.headers,
    });
    expect(again.json().startedAt).toBe(started.json().startedAt);
    const changeQuestion = await t.app.inject({
      method: "PATCH",
      url: `/api/interviews/${interview.id}`,
      headers: admin.headers,
      payload: { questionId: null },
    });
    expect(changeQuestion.statusCode).toBe(409);
  });
});

describe("events", () => {
  it("are idempotent on the client id: a retry gets the stored event, a different body a 409", async () => {
    const interview = await schedule();
    const url = `/api/interviews/${interview.id}/events`;
    const body = { clientId: randomUUID(), at: 95, kind: "clarifying_question", text: "Sorted?" };
    const first = await t.app.inject({ method: "POST", url, headers: interviewer.headers, payload: body });
    expect(first.statusCode).toBe(201);
    const retry = await t.app.inject({ method: "POST", url, headers: interviewer.headers, payload: body });
    expect(retry.statusCode).toBe(200);
    expect(retry.json()).toEqual(first.json());
    const different = await t.app.inject({
      method: "POST",
      url,
      headers: interviewer.headers,
      payload: { ...body, text: "Something else" },
    });
    expect(different.statusCode).toBe(409);
    const events = (await t.app.inject({ url, headers: interviewer.headers })).json().events;
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ id: body.clientId, at: 95, kind: "clarifying_question", text: "Sorted?" });
  });

  it("are listed by time, then by order within a second; corrected, re-stamped, deleted and restored", async () => {
    const interview = await schedule();
    const url = `/api/interviews/${interview.id}/events`;
    const post = (payload: Record<string, unknown>) =>
      t.app.inject({
        method: "POST",
        url,
        headers: interviewer.headers,
        payload: { clientId: randomUUID(), ...payload },
      });
    await post({ at: 300, kind: "coding_started", seq: 2 });
    await post({ at: 120, kind: "note", seq: 1 });
    const hint = (await post({ at: 300, kind: "hint", topic: "edge-cases", seq: 3 })).json();
    await post({ at: 720, kind: "layer_completed", layer: 1, seq: 4 });
    expect((await post({ at: 720, kind: "constraint_change" })).statusCode).toBe(400);
    let events = (await t.app.inject({ url, headers: interviewer.headers })).json().events;
    expect(events.map((e: { kind: string }) => e.kind)).toEqual(["note", "coding_started", "hint", "layer_completed"]);

    const restamped = await t.app.inject({
      method: "PATCH",
      url: `${url}/${hint.id}`,
      headers: interviewer.headers,
      payload: { at: 540, text: "touching intervals" },
    });
    expect(restamped.json()).toMatchObject({ at: 540, text: "touching intervals" });
    await t.app.inject({
      method: "PATCH",
      url: `${url}/${hint.id}`,
      headers: interviewer.headers,
      payload: { deleted: true },
    });
    events = (await t.app.inject({ url, headers: interviewer.headers })).json().events;
    expect(events.map((e: { kind: string }) => e.kind)).toEqual(["note", "coding_started", "layer_completed"]);
    const all = (await t.app.inject({ url: `${url}?deleted=true`, headers: interviewer.headers })).json().events;
    expect(all.find((e: { id: string }) => e.id === hint.id)).toMatchObject({ deleted: true, at: 540 });
    await t.app.inject({
      method: "PATCH",
      url: `${url}/${hint.id}`,
      headers: interviewer.headers,
      payload: { deleted: false },
    });
    events = (await t.app.inject({ url, headers: interviewer.headers })).json().events;
    expect(events.map((e: { kind: string }) => e.kind)).toEqual(["note", "coding_started", "hint", "layer_completed"]);
  });

  it("keep the interview's summary for analytics in step", async () => {
    const interview = await schedule();
    const url = `/api/interviews/${interview.id}/events`;
    const post = (payload: Record<string, unknown>) =>
      t.app.inject({
        method: "POST",
        url,
        headers: interviewer.headers,
        payload: { clientId: randomUUID(), ...payload },
      });
    await post({ at: 200, kind: "coding_started" });
    await post({ at: 150, kind: "coding_started" });
    const hint = (await post({ at: 400, kind: "hint", topic: "approach" })).json();
    await post({ at: 700, kind: "layer_completed", layer: 1 });
    await t.app.inject({
      method: "PATCH",
      url: `${url}/${hint.id}`,
      headers: interviewer.headers,
      payload: { deleted: true },
    });
    const { interviews } = await import("../../data/schema.js");
    const { and, eq } = await import("drizzle-orm");
    const [row] = await t.database.db
      .select({
        hintCount: interviews.hintCount,
        coding: interviews.codingStartedSec,
        layers: interviews.layerCompletedSec,
      })
      .from(interviews)
      .where(and(eq(interviews.orgId, admin.orgId), eq(interviews.id, interview.id)));
    expect(row).toEqual({ hintCount: 0, coding: 150, layers: [700] });
  });

  it("written at once, each get their own answer, and the summary counts each once", async () => {
    // Concurrent requests are written together (event-writer.ts): a retry, a conflicting body and a
    // note for another organisation's interview in the same batch must not change anyone else's answer.
    const [one, two] = [await schedule(), await schedule()];
    const post = (interviewId: string, payload: Record<string, unknown>, headers = interviewer.headers) =>
      t.app.inject({ method: "POST", url: `/api/interviews/${interviewId}/events`, headers, payload });
    const stored = { clientId: randomUUID(), at: 10, kind: "note", text: "stored before" };
    expect((await post(one.id, stored)).statusCode).toBe(201);
    const outsider = await signUpOrganization(t.app, "Outside Co");
    const notes = Array.from({ length: 40 }, (_, i) => ({
      clientId: randomUUID(),
      at: 20 + i,
      seq: i,
      kind: i % 4 === 0 ? "hint" : i % 4 === 1 ? "coding_started" : "note",
      ...(i % 4 === 0 ? { topic: "approach" } : {}),
    }));
    const twice = notes[5] as Record<string, unknown>;
    const answers = await Promise.all([
      ...notes.map((note, i) => post(i % 2 ? one.id : two.id, note)),
      post(one.id, twice),
      post(one.id, stored),
      post(one.id, { ...stored, text: "changed" }),
      post(one.id, { clientId: randomUUID(), at: 30, kind: "layer_completed" }),
      post(one.id, { clientId: randomUUID(), at: 30, kind: "note" }, outsider.headers),
    ]);
    const statuses = answers.map((answer) => answer.statusCode);
    expect(statuses.slice(0, 40).every((status) => status === 201)).toBe(true);
    // The note sent twice is created once; which of the two requests created it depends on the batch.
    expect([statuses[5], statuses[40]].sort()).toEqual([200, 201]);
    expect(answers[40]?.json()).toEqual(answers[5]?.json());
    expect(statuses.slice(41)).toEqual([200, 409, 400, 404]);
    expect(answers[43]?.json().error.fields[0].field).toBe("layer");
    const list = async (id: string) =>
      (await t.app.inject({ url: `/api/interviews/${id}/events`, headers: interviewer.headers })).json().events;
    expect((await list(one.id)).map((event: { id: string }) => event.id)).toEqual([
      stored.clientId,
      ...notes.filter((_, i) => i % 2).map((note) => note.clientId),
    ]);
    expect(await list(two.id)).toHaveLength(20);
    const { interviews } = await import("../../data/schema.js");
    const { and, eq, inArray } = await import("drizzle-orm");
    const rows = await t.database.db
      .select({ id: interviews.id, hintCount: interviews.hintCount, coding: interviews.codingStartedSec })
      .from(interviews)
      .where(and(eq(interviews.orgId, admin.orgId), inArray(interviews.id, [one.id, two.id])));
    // Hints are the notes with i % 4 === 0 (all even: interview two); coding started at i = 1 (one), never on two.
    expect(rows.find((row) => row.id === one.id)).toMatchObject({ hintCount: 0, coding: 21 });
    expect(rows.find((row) => row.id === two.id)).toMatchObject({ hintCount: 10, coding: null });
  });

  it("are written only by the interview's interviewer", async () => {
    const interview = await schedule();
    const response = await t.app.inject({
      method: "POST",
      url: `/api/interviews/${interview.id}/events`,
      headers: admin.headers,
      payload: { clientId: randomUUID(), at: 1, kind: "note" },
    });
    expect(response.statusCode).toBe(403);
    const other = await addPerson(t.app, admin, "interviewer");
    const hidden = await t.app.inject({ url: `/api/interviews/${interview.id}/events`, headers: other.headers });
    expect(hidden.statusCode).toBe(404);
  });

  it("name what is wrong with a bad event", async () => {
    const interview = await schedule();
    const response = await t.app.inject({
      method: "POST",
      url: `/api/interviews/${interview.id}/events`,
      headers: interviewer.headers,
      payload: { clientId: "not-a-uuid", at: -1, kind: "shout" },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields.map((f: { field: string }) => f.field)).toEqual([
      "body.clientId",
      "body.at",
      "body.kind",
    ]);
  });
});

describe("code snapshots", () => {
  it("are stored once per client id, in order, the last being the final solution", async () => {
    const interview = await schedule();
    const url = `/api/interviews/${interview.id}/snapshots`;
    const first = { clientId: randomUUID(), at: 600, language: "python", code: "def merge(xs):\n    pass\n" };
    expect((await t.app.inject({ method: "POST", url, headers: interviewer.headers, payload: first })).statusCode).toBe(
      201,
    );
    expect((await t.app.inject({ method: "POST", url, headers: interviewer.headers, payload: first })).statusCode).toBe(
      200,
    );
    const last = {
      clientId: randomUUID(),
      at: 1500,
      language: "python",
      code: "def merge(xs):\n    return sorted(xs)\n",
    };
    await t.app.inject({ method: "POST", url, headers: interviewer.headers, payload: last });
    const snapshots = (await t.app.inject({ url, headers: admin.headers })).json().snapshots;
    expect(snapshots.map((s: { id: string }) => s.id)).toEqual([first.clientId, last.clientId]);
    expect(
      (
        await t.app.inject({
          method: "POST",
          url,
          headers: interviewer.headers,
          payload: { ...first, code: "changed" },
        })
      ).statusCode,
    ).toBe(409);
  });
});

describe("another organisation", () => {
  it("gets 404 for every interview route, reads and writes alike", async () => {
    const interview = await schedule();
    const other = await signUpOrganization(t.app);
    const event = { clientId: randomUUID(), at: 1, kind: "note" };
    const requests = [
      { method: "GET" as const, url: `/api/interviews/${interview.id}` },
      { method: "PATCH" as const, url: `/api/interviews/${interview.id}`, payload: { stage: "screen" } },
      { method: "POST" as const, url: `/api/interviews/${interview.id}/start` },
      { method: "GET" as const, url: `/api/interviews/${interview.id}/events` },
      { method: "POST" as const, url: `/api/interviews/${interview.id}/events`, payload: event },
      {
        method: "POST" as const,
        url: `/api/interviews/${interview.id}/snapshots`,
        payload: { ...event, language: "go", code: "x" },
      },
      { method: "GET" as const, url: `/api/questions/${questionId}` },
      { method: "PATCH" as const, url: `/api/questions/${questionId}`, payload: { title: "Hijacked" } },
    ];
    for (const request of requests) {
      expect(
        (await t.app.inject({ ...request, headers: other.headers })).statusCode,
        `${request.method} ${request.url}`,
      ).toBe(404);
    }
    const scheduleThere = await t.app.inject({
      method: "POST",
      url: "/api/interviews",
      headers: other.headers,
      payload: { candidateId },
    });
    expect(scheduleThere.statusCode).toBe(400);
    expect((await t.app.inject({ url: `/api/questions/${questionId}`, headers: admin.headers })).json().title).toBe(
      "Merge meetings",
    );
  });
});
