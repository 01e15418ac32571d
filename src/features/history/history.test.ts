// History import and export through the API, on PGlite and (in the postgres project) on PostgreSQL.
import { gzipSync } from "node:zlib";
import { count, eq } from "drizzle-orm";
import type { LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  assessments,
  candidateRatings,
  candidates,
  interviewEvents,
  interviews,
  offers,
  outcomes,
  questions,
  questionVersions,
  selfAssessments,
  users,
} from "../../data/schema.js";
import { addPerson, buildTestApp, type SignedUp, signUpOrganization, type TestApp } from "../../test/app.js";
import { ndjson, normalisedHistory } from "../../test/history.js";

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

// A small history written by hand: 2 interviewers, 3 candidates, 1 question with layers, 4 interviews.
const base = () => [
  { type: "meta", format: "debrief-history", version: 1, source: "hand-written" },
  { type: "interviewer", id: "ivr-a", name: "Alice Interviewer", email: "alice@history.test" },
  { type: "interviewer", id: "ivr-b", name: "Bob Interviewer" },
  { type: "candidate", id: "cand-1", name: "Carla One", email: "carla@candidates.test" },
  { type: "candidate", id: "cand-2", name: "Dan Two" },
  { type: "candidate", id: "cand-3", name: "Eve Three", email: "eve@candidates.test" },
  {
    type: "question",
    id: "q-1",
    title: "Log aggregator",
    kind: "coding",
    durationMinutes: 60,
    layers: ["Brute force", "Linear time", "Input becomes a stream"],
  },
  {
    type: "interview",
    id: "int-1",
    candidateId: "cand-1",
    interviewerId: "ivr-a",
    questionId: "q-1",
    startedAt: "2025-09-17T15:23:00Z",
    durationMinutes: 60,
    events: [
      { at: 30, kind: "clarifying_question", text: "Are timestamps sorted?" },
      { at: 240, kind: "coding_started" },
      { at: 600, kind: "hint", topic: "complexity", text: "What does sorting cost?" },
      { at: 900, kind: "layer_completed", layer: 1 },
      { at: 900, kind: "constraint_change", layer: 2, text: "Linear time" },
      { at: 1500, kind: "mistake", text: "Off by one in the window" },
      { at: 1800, kind: "layer_completed", layer: 2 },
      { at: 2400, kind: "praise", text: 'Clear naming, "quoted", commas, and\na newline' },
    ],
    assessment: { scores: { problemSolving: 3, codeQuality: 4, communication: 3 }, overall: 3, advance: true },
    selfAssessment: {
      scores: { problemSolving: 2, codeQuality: 3, communication: 3 },
      overall: 2,
      thinksPassed: false,
    },
    candidateRating: { wouldReturn: 4 },
    feedbackSharedAt: "2025-09-17T17:00:00Z",
  },
  {
    type: "interview",
    id: "int-2",
    candidateId: "cand-2",
    interviewerId: "ivr-b",
    questionId: "q-1",
    startedAt: "2025-09-18T09:00:00Z",
    events: [
      { at: 420, kind: "coding_started" },
      { at: 1300, kind: "hint", topic: "approach" },
      { at: 1700, kind: "note" },
    ],
    assessment: { scores: { problemSolving: 1, codeQuality: 2, communication: 2 }, overall: 1, advance: false },
  },
  {
    type: "interview",
    id: "int-3",
    candidateId: "cand-3",
    interviewerId: "ivr-a",
    startedAt: "2025-09-19T10:30:00Z",
    durationMinutes: 45,
    events: [],
    selfAssessment: { scores: {}, thinksPassed: true },
    candidateRating: { wouldReturn: 2 },
  },
  {
    type: "interview",
    id: "int-4",
    candidateId: "cand-1",
    interviewerId: "ivr-b",
    questionId: "q-1",
    startedAt: "2025-10-02T14:00:00Z",
    events: [
      { at: 100, kind: "coding_started" },
      { at: 700, kind: "layer_completed", layer: 1 },
      { at: 700, kind: "constraint_change", layer: 2, text: "Linear time" },
      { at: 1600, kind: "layer_completed", layer: 2 },
      { at: 1600, kind: "constraint_change", layer: 3, text: "Input becomes a stream" },
      { at: 2500, kind: "layer_completed", layer: 3 },
    ],
    assessment: { scores: { problemSolving: 4, codeQuality: 4, communication: 4 }, overall: 4, advance: true },
    selfAssessment: { scores: { problemSolving: 3 }, overall: 3, thinksPassed: true },
    candidateRating: { wouldReturn: 3 },
    feedbackSharedAt: null,
  },
  {
    type: "outcome",
    candidateId: "cand-1",
    at: "2025-11-01T10:00:00Z",
    passed: true,
    company: "Initech",
    stage: "onsite",
  },
  { type: "outcome", candidateId: "cand-2", at: "2025-11-03T10:00:00Z", passed: false },
  { type: "offer", candidateId: "cand-1", at: "2025-11-20T10:00:00Z", accepted: true, feedbackGiven: true },
];
const EVENTS = 8 + 3 + 0 + 6;

function importFile(
  admin: SignedUp,
  body: string | Buffer,
  contentType = "application/x-ndjson",
  extraHeaders: Record<string, string> = {},
) {
  return t.app.inject({
    method: "POST",
    url: "/api/history/import",
    headers: { ...admin.headers, "content-type": contentType, ...extraHeaders },
    payload: body,
  });
}

async function importOk(admin: SignedUp, records: unknown[]) {
  const response = await importFile(admin, ndjson(records));
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

const counts = (created: number, updated = 0, unchanged = 0) => ({ created, updated, unchanged });

const tables = {
  users,
  candidates,
  questions,
  questionVersions,
  interviews,
  interviewEvents,
  assessments,
  selfAssessments,
  candidateRatings,
  outcomes,
  offers,
};

/** The organisation's number of rows in every table the import writes. */
async function rowCounts(orgId: string): Promise<Record<keyof typeof tables, number>> {
  const result = {} as Record<keyof typeof tables, number>;
  for (const [name, table] of Object.entries(tables)) {
    const [row] = await t.database.db.select({ n: count() }).from(table).where(eq(table.orgId, orgId));
    result[name as keyof typeof tables] = Number(row?.n);
  }
  return result;
}

async function exportText(person: SignedUp): Promise<LightMyRequestResponse> {
  return t.app.inject({ method: "GET", url: "/api/history/export", headers: person.headers });
}

const streamLines = (response: LightMyRequestResponse) =>
  response.body
    .split("\n")
    .filter((l) => l !== "")
    .map((l) => JSON.parse(l));

const firstImport = {
  lines: base().length,
  interviewers: counts(2),
  candidates: counts(3),
  questions: counts(1),
  interviews: counts(4),
  events: EVENTS,
  outcomes: counts(2),
  offers: counts(1),
};

describe("POST /api/history/import", () => {
  it("imports a file and answers with what it created", async () => {
    const admin = await signUpOrganization(t.app);
    const before = await rowCounts(admin.orgId);
    expect(await importOk(admin, base())).toEqual(firstImport);
    const after = await rowCounts(admin.orgId);
    expect(after).toEqual({
      users: before.users + 2,
      candidates: 3,
      questions: 1,
      questionVersions: 1,
      interviews: 4,
      interviewEvents: EVENTS,
      assessments: 3,
      selfAssessments: 3,
      candidateRatings: 3,
      outcomes: 2,
      offers: 1,
    });
    // The event summary analytics reads is kept for each interview.
    const [int1] = await t.database.db
      .select()
      .from(interviews)
      .where(eq(interviews.externalId, "int-1"))
      .then((rows) => rows.filter((r) => r.orgId === admin.orgId));
    expect(int1).toMatchObject({ hintCount: 1, codingStartedSec: 240, layerCompletedSec: [900, 1800] });
  });

  it("changes nothing when the same file is imported again", async () => {
    const admin = await signUpOrganization(t.app);
    await importOk(admin, base());
    const before = await rowCounts(admin.orgId);
    expect(await importOk(admin, base())).toEqual({
      lines: base().length,
      interviewers: counts(0, 0, 2),
      candidates: counts(0, 0, 3),
      questions: counts(0, 0, 1),
      interviews: counts(0, 0, 4),
      events: 0,
      outcomes: counts(0, 0, 2),
      offers: counts(0, 0, 1),
    });
    expect(await rowCounts(admin.orgId)).toEqual(before);
  });

  it("updates in place exactly the records that changed", async () => {
    const admin = await signUpOrganization(t.app);
    await importOk(admin, base());
    const before = await rowCounts(admin.orgId);
    const changed = base().map((r) => {
      if (r.type === "candidate" && "id" in r && r.id === "cand-3") return { ...r, name: "Eve Renamed" };
      if (r.type === "interview" && "id" in r && r.id === "int-2")
        return {
          ...r,
          events: [{ at: 10, kind: "coding_started" }],
          assessment: { scores: { problemSolving: 2 }, overall: 2, advance: false },
        };
      return r;
    });
    expect(await importOk(admin, changed)).toEqual({
      lines: base().length,
      interviewers: counts(0, 0, 2),
      candidates: counts(0, 1, 2),
      questions: counts(0, 0, 1),
      interviews: counts(0, 1, 3),
      events: 1,
      outcomes: counts(0, 0, 2),
      offers: counts(0, 0, 1),
    });
    expect(await rowCounts(admin.orgId)).toEqual({ ...before, interviewEvents: before.interviewEvents - 3 + 1 });
    const exported = normalisedHistory((await exportText(admin)).body);
    expect(exported).toEqual(normalisedHistory(ndjson(changed)));
  });

  it("records a question's changed layers as a new version and says it was updated", async () => {
    const admin = await signUpOrganization(t.app);
    await importOk(admin, base());
    const changed = base().map((r) =>
      r.type === "question" ? { ...r, layers: ["Brute force", "Linear time", "Stream", "Memory bound"] } : r,
    );
    const summary = await importOk(admin, changed);
    expect(summary.questions).toEqual(counts(0, 1, 0));
    expect((await rowCounts(admin.orgId)).questionVersions).toBe(2);
    expect(normalisedHistory((await exportText(admin)).body)).toEqual(normalisedHistory(ndjson(changed)));
    expect((await importOk(admin, changed)).questions).toEqual(counts(0, 0, 1));
  });

  it("reads a gzip-compressed body, told apart by its bytes whatever the Content-Type", async () => {
    for (const contentType of ["application/gzip", "application/octet-stream", "application/x-ndjson"]) {
      const admin = await signUpOrganization(t.app);
      const response = await importFile(admin, gzipSync(ndjson(base())), contentType);
      expect(response.statusCode, `${contentType}: ${response.body}`).toBe(200);
      expect(response.json()).toEqual(firstImport);
    }
  });

  it("answers a damaged gzip body with a 400, and writes nothing", async () => {
    const admin = await signUpOrganization(t.app);
    const gz = gzipSync(ndjson(base()));
    const response = await importFile(admin, gz.subarray(0, gz.length - 20), "application/gzip");
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().error.message).toMatch(/gzip/i);
    expect((await rowCounts(admin.orgId)).interviews).toBe(0);
  });

  it("takes Windows line endings and a last line without a newline", async () => {
    const admin = await signUpOrganization(t.app);
    const text = base()
      .map((r) => JSON.stringify(r))
      .join("\r\n");
    const response = await importFile(admin, text);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual(firstImport);
  });

  it("refuses a file with invalid lines: lists each problem with line, field and expectation, and writes nothing", async () => {
    const admin = await signUpOrganization(t.app);
    await importOk(admin, base());
    const before = await rowCounts(admin.orgId);
    const lines = base();
    const bad = [
      ...lines.slice(0, 3),
      { type: "candidate", id: "cand-9" }, // line 4: no name
      ...lines.slice(3, 8),
      { ...lines[8], id: "int-9", assessment: { overall: 5, advance: true } }, // line 10
      "{not json", // line 11
      {
        type: "interview",
        id: "int-10",
        candidateId: "nobody",
        interviewerId: "ivr-a",
        startedAt: "2025-01-01T00:00:00Z",
      }, // line 12
      { type: "candidate", id: "cand-new", name: "Would be new" }, // line 13: valid, but must not be written
      ...lines.slice(8),
    ];
    const body = bad.map((r) => (typeof r === "string" ? r : JSON.stringify(r))).join("\n");
    const response = await importFile(admin, body);
    expect(response.statusCode, response.body).toBe(400);
    const error = response.json().error;
    expect(error.code).toBe("invalid");
    expect(error.message).toBe("The file has 3 problems; nothing was imported.");
    expect(error.problemCount).toBe(3);
    expect(error.problemLimit).toBe(100);
    expect(error.problems).toEqual([
      { line: 4, field: "candidate.name", message: "expected a string, got nothing" },
      { line: 10, field: "interview.assessment.overall", message: "expected an integer from 1 to 4, got 5" },
      { line: 11, field: "(line)", message: expect.stringMatching(/^expected a JSON object: /) },
    ]);
    expect(await rowCounts(admin.orgId)).toEqual(before);
  });

  it("refuses a file whose only problem is a reference, and writes none of its valid records", async () => {
    const admin = await signUpOrganization(t.app);
    const before = await rowCounts(admin.orgId);
    const file = [...base(), { type: "outcome", candidateId: "cand-404", at: "2025-11-01T10:00:00Z", passed: true }];
    const response = await importFile(admin, ndjson(file));
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().error.problems).toEqual([
      {
        line: file.length,
        field: "outcome.candidateId",
        message: 'expected the id of a candidate in this file or already imported, got "cand-404"',
      },
    ]);
    expect(await rowCounts(admin.orgId)).toEqual(before);
  });

  it("lists the first 100 problems of a file with more, and counts them all", async () => {
    const admin = await signUpOrganization(t.app);
    const file = Array.from({ length: 130 }, (_, i) => ({ type: "candidate", id: `c-${i}`, name: "" }));
    const response = await importFile(admin, ndjson(file));
    expect(response.statusCode).toBe(400);
    const error = response.json().error;
    expect(error.problems).toHaveLength(100);
    expect(error.problemCount).toBe(130);
    expect(error.message).toBe("The file has 130 problems; nothing was imported. The first 100 are listed.");
  });

  it("accepts references to records imported before", async () => {
    const admin = await signUpOrganization(t.app);
    await importOk(admin, base());
    const later = [
      { type: "meta", format: "debrief-history", version: 1 },
      {
        type: "interview",
        id: "int-5",
        candidateId: "cand-2",
        interviewerId: "ivr-a",
        questionId: "q-1",
        startedAt: "2025-12-01T10:00:00Z",
        events: [{ at: 60, kind: "hint", topic: "edge-cases" }],
      },
      { type: "offer", candidateId: "cand-3", at: "2025-12-10T10:00:00Z", accepted: false, feedbackGiven: true },
    ];
    expect(await importOk(admin, later)).toEqual({
      lines: 3,
      interviewers: counts(0),
      candidates: counts(0),
      questions: counts(0),
      interviews: counts(1),
      events: 1,
      outcomes: counts(0),
      offers: counts(1),
    });
    expect(normalisedHistory((await exportText(admin)).body)).toEqual(
      normalisedHistory(ndjson([...base(), ...later.slice(1)])),
    );
  });

  it("links an interviewer to the person of the organisation with that email, and a re-import changes nothing", async () => {
    const admin = await signUpOrganization(t.app);
    const person = await addPerson(t.app, admin, "interviewer");
    const file = base().map((r) =>
      r.type === "interviewer" && "id" in r && r.id === "ivr-a"
        ? { ...r, name: "Alice From The Old Tool", email: person.email.toUpperCase() }
        : r,
    );
    const before = await rowCounts(admin.orgId);
    const first = await importOk(admin, file);
    expect(first.interviewers).toEqual(counts(1, 1, 0));
    expect((await rowCounts(admin.orgId)).users).toBe(before.users + 1);
    const [linked] = await t.database.db.select().from(users).where(eq(users.id, person.userId));
    expect(linked).toMatchObject({ externalId: "ivr-a", email: person.email, name: "Pat interviewer" });
    const interviewsOfPerson = await t.database.db
      .select({ n: count() })
      .from(interviews)
      .where(eq(interviews.interviewerId, person.userId));
    expect(interviewsOfPerson[0]?.n).toBe(2);

    const again = await importOk(admin, file);
    expect(again.interviewers).toEqual(counts(0, 0, 2));
    const [still] = await t.database.db.select().from(users).where(eq(users.id, person.userId));
    expect(still).toMatchObject({ externalId: "ivr-a", email: person.email, name: "Pat interviewer" });
  });

  it("refuses an interviewer whose email another person of the organisation already has", async () => {
    const admin = await signUpOrganization(t.app);
    await importOk(admin, base());
    const person = await addPerson(t.app, admin, "recruiter");
    const before = await rowCounts(admin.orgId);
    const file = base().map((r) =>
      r.type === "interviewer" && "id" in r && r.id === "ivr-b" ? { ...r, email: person.email } : r,
    );
    const response = await importFile(admin, ndjson(file));
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().error.problems).toEqual([
      { line: 3, field: "interviewer.email", message: expect.stringContaining(JSON.stringify(person.email)) },
    ]);
    expect(await rowCounts(admin.orgId)).toEqual(before);
  });

  it("is for admins only", async () => {
    const admin = await signUpOrganization(t.app);
    for (const role of ["recruiter", "interviewer"] as const) {
      const person = await addPerson(t.app, admin, role);
      const response = await importFile(person, ndjson(base()));
      expect(response.statusCode, role).toBe(403);
    }
    const anonymous = await t.app.inject({
      method: "POST",
      url: "/api/history/import",
      headers: { "content-type": "application/x-ndjson" },
      payload: ndjson(base()),
    });
    expect(anonymous.statusCode).toBe(401);
    expect((await rowCounts(admin.orgId)).interviews).toBe(0);
  });

  it("refuses a request without the file", async () => {
    const admin = await signUpOrganization(t.app);
    const response = await t.app.inject({
      method: "POST",
      url: "/api/history/import",
      headers: { ...admin.headers, "content-type": "application/json" },
      payload: { records: [] },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toMatch(/^body: expected the history file/);
  });
});

describe("POST /api/history/import over a real connection", () => {
  it("imports a file sent over HTTP, streamed or not", async () => {
    const served = await buildTestApp();
    try {
      const address = await served.app.listen({ port: 0, host: "127.0.0.1" });
      for (const accept of ["application/json", "application/x-ndjson"]) {
        const admin = await signUpOrganization(served.app);
        const response = await fetch(`${address}/api/history/import`, {
          method: "POST",
          headers: { ...admin.headers, "content-type": "application/gzip", accept },
          body: gzipSync(ndjson(base())),
        });
        const text = await response.text();
        expect(response.status, text).toBe(200);
        const summary =
          accept === "application/json" ? JSON.parse(text) : JSON.parse(text.trim().split("\n").at(-1) as string);
        expect(summary, accept).toEqual(
          accept === "application/json" ? firstImport : { type: "done", summary: firstImport },
        );
      }
    } finally {
      await served.close();
    }
  });
});

describe("POST /api/history/import with Accept: application/x-ndjson", () => {
  it("streams progress lines, then a done line with the summary", async () => {
    const admin = await signUpOrganization(t.app);
    const response = await importFile(admin, ndjson(base()), "application/x-ndjson", {
      accept: "application/x-ndjson",
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toMatch(/^application\/x-ndjson/);
    const lines = streamLines(response);
    const last = lines.pop();
    expect(last).toEqual({ type: "done", summary: firstImport });
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      expect(line).toMatchObject({ type: "progress", phase: expect.stringMatching(/^(reading|writing)$/) });
    }
    expect(lines.some((l) => l.phase === "reading")).toBe(true);
    expect(lines.some((l) => l.phase === "writing")).toBe(true);
    expect((await rowCounts(admin.orgId)).interviews).toBe(4);
  });

  it("ends with an error line carrying the status and the problems of an invalid file, and writes nothing", async () => {
    const admin = await signUpOrganization(t.app);
    const before = await rowCounts(admin.orgId);
    const file = [...base(), { type: "offer", candidateId: "cand-1", at: "soon", accepted: true, feedbackGiven: 1 }];
    const response = await importFile(admin, ndjson(file), "application/x-ndjson", { accept: "application/x-ndjson" });
    const lines = streamLines(response);
    const last = lines.at(-1);
    expect(last).toMatchObject({ type: "error", status: 400, error: { code: "invalid", problemCount: 2 } });
    expect(last.error.problems).toEqual([
      {
        line: file.length,
        field: "offer.at",
        message: 'expected an RFC 3339 date-time such as 2025-09-17T15:23:00Z, got "soon"',
      },
      { line: file.length, field: "offer.feedbackGiven", message: "expected true or false, got 1" },
    ]);
    expect(lines.filter((l) => l.type === "done")).toEqual([]);
    expect(await rowCounts(admin.orgId)).toEqual(before);
  });
});

describe("GET /api/history/export", () => {
  it("gives back what was imported, as a debrief-history file", async () => {
    const admin = await signUpOrganization(t.app);
    await importOk(admin, base());
    const response = await exportText(admin);
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toMatch(/^application\/x-ndjson/);
    expect(response.headers["content-disposition"]).toMatch(
      /^attachment; filename="debrief-history-\d{4}-\d\d-\d\d\.jsonl"$/,
    );
    const [first] = response.body.split("\n");
    expect(JSON.parse(first as string)).toMatchObject({ type: "meta", format: "debrief-history", version: 1 });
    expect(normalisedHistory(response.body)).toEqual(normalisedHistory(ndjson(base())));
  });

  it("exports a file that imports into another organisation as the same history", async () => {
    const a = await signUpOrganization(t.app);
    await importOk(a, base());
    const exported = (await exportText(a)).body;
    const b = await signUpOrganization(t.app);
    const response = await importFile(b, exported);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ interviews: counts(4), events: EVENTS, outcomes: counts(2) });
    expect(normalisedHistory((await exportText(b)).body)).toEqual(normalisedHistory(exported));
    // And the export, imported back where it came from, changes nothing.
    const back = await importFile(a, exported);
    expect(back.json()).toMatchObject({ interviewers: counts(0, 0, 2), interviews: counts(0, 0, 4), events: 0 });
  });

  it("contains only the organisation's own history", async () => {
    const a = await signUpOrganization(t.app);
    await importOk(a, base());
    const b = await signUpOrganization(t.app);
    const other = [
      { type: "meta", format: "debrief-history", version: 1 },
      { type: "interviewer", id: "b-ivr", name: "Bea" },
      { type: "candidate", id: "b-cand", name: "Ben" },
      {
        type: "interview",
        id: "b-int",
        candidateId: "b-cand",
        interviewerId: "b-ivr",
        startedAt: "2025-01-01T00:00:00Z",
      },
    ];
    await importOk(b, other);
    const exported = normalisedHistory((await exportText(b)).body);
    expect(exported).toEqual(normalisedHistory(ndjson(other)));
    const text = (await exportText(b)).body;
    for (const id of ["ivr-a", "cand-1", "q-1", "int-1", "Initech"]) expect(text).not.toContain(id);
  });

  it("is for admins and recruiters", async () => {
    const admin = await signUpOrganization(t.app);
    await importOk(admin, base());
    const recruiter = await addPerson(t.app, admin, "recruiter");
    const interviewer = await addPerson(t.app, admin, "interviewer");
    expect((await exportText(recruiter)).statusCode).toBe(200);
    expect((await exportText(interviewer)).statusCode).toBe(403);
    expect((await t.app.inject({ method: "GET", url: "/api/history/export" })).statusCode).toBe(401);
  });

  it("exports an organisation without history as its meta line alone", async () => {
    const admin = await signUpOrganization(t.app);
    await addPerson(t.app, admin, "interviewer");
    const lines = (await exportText(admin)).body.split("\n").filter((l) => l !== "");
    expect(lines.map((l) => JSON.parse(l).type)).toEqual(["meta"]);
  });
});
