import { describe, expect, it } from "vitest";
import { parseHistoryLine } from "./parse-line.js";
import { formatProblem, type LineProblem } from "./records.js";

function parse(record: unknown, line = 1) {
  const problems: LineProblem[] = [];
  const text = typeof record === "string" ? record : JSON.stringify(record);
  const parsed = parseHistoryLine(text, line, problems);
  return { record: parsed, problems, messages: problems.map(formatProblem) };
}

/** Parses a line that must be valid and returns its record. */
function valid(record: unknown) {
  const { record: parsed, messages } = parse(record);
  expect(messages).toEqual([]);
  expect(parsed).toBeDefined();
  return parsed;
}

/** Parses a line that must be invalid and returns its problems as `line N: field: message`. */
function invalid(record: unknown, line = 1) {
  const { record: parsed, messages } = parse(record, line);
  expect(parsed).toBeUndefined();
  expect(messages.length).toBeGreaterThan(0);
  return messages;
}

const interview = {
  type: "interview",
  id: "int-1",
  candidateId: "cand-1",
  interviewerId: "ivr-1",
  startedAt: "2025-09-17T15:23:00Z",
};
const startedAtMs = Date.UTC(2025, 8, 17, 15, 23);

describe("parseHistoryLine: valid records of every type", () => {
  it("reads a meta line, with or without a source", () => {
    expect(valid({ type: "meta", format: "debrief-history", version: 1, source: "Greenhouse" })).toEqual({
      type: "meta",
      format: "debrief-history",
      version: 1,
      source: "Greenhouse",
    });
    expect(valid({ type: "meta", format: "debrief-history", version: 1 })).toMatchObject({ type: "meta" });
  });

  it("reads interviewers and candidates, email optional", () => {
    expect(valid({ type: "interviewer", id: "ivr-1", name: "Iris", email: "iris@example.test" })).toEqual({
      type: "interviewer",
      id: "ivr-1",
      name: "Iris",
      email: "iris@example.test",
    });
    expect(valid({ type: "candidate", id: "cand-1", name: "Carl" })).toEqual({
      type: "candidate",
      id: "cand-1",
      name: "Carl",
    });
  });

  it("reads a question with its layers in order, and fills in kind coding and 45 minutes by default", () => {
    expect(
      valid({
        type: "question",
        id: "q-1",
        title: "Rate limiter",
        kind: "system-design",
        durationMinutes: 60,
        layers: ["One box", "Many boxes"],
      }),
    ).toEqual({
      type: "question",
      id: "q-1",
      title: "Rate limiter",
      kind: "system-design",
      durationMinutes: 60,
      layers: ["One box", "Many boxes"],
    });
    expect(valid({ type: "question", id: "q-2", title: "Two sum" })).toEqual({
      type: "question",
      id: "q-2",
      title: "Two sum",
      kind: "coding",
      durationMinutes: 45,
      layers: [],
    });
  });

  it("reads a full interview: times become epoch milliseconds, every event kind is accepted", () => {
    const record = valid({
      ...interview,
      questionId: "q-1",
      durationMinutes: 50,
      events: [
        { at: 0, kind: "note", text: "Warm-up" },
        { at: 30, kind: "clarifying_question", text: "Can the input be empty?" },
        { at: 120, kind: "coding_started" },
        { at: 300, kind: "hint", topic: "complexity", text: "Think about sorting" },
        { at: 600, kind: "layer_completed", layer: 1 },
        { at: 600, kind: "constraint_change", layer: 2, text: "Now a stream" },
        { at: 900, kind: "mistake", text: "Off by one" },
        { at: 86_400, kind: "praise", text: "Clear tests" },
      ],
      assessment: { scores: { problemSolving: 3, codeQuality: 4, communication: 2 }, overall: 3, advance: true },
      selfAssessment: { scores: { problemSolving: 2 }, overall: 2, thinksPassed: false },
      candidateRating: { wouldReturn: 4 },
      feedbackSharedAt: "2025-09-17T16:23:00.500+02:00",
    });
    expect(record).toEqual({
      type: "interview",
      id: "int-1",
      candidateId: "cand-1",
      interviewerId: "ivr-1",
      questionId: "q-1",
      startedAt: startedAtMs,
      durationMinutes: 50,
      events: [
        { at: 0, kind: "note", text: "Warm-up" },
        { at: 30, kind: "clarifying_question", text: "Can the input be empty?" },
        { at: 120, kind: "coding_started" },
        { at: 300, kind: "hint", topic: "complexity", text: "Think about sorting" },
        { at: 600, kind: "layer_completed", layer: 1 },
        { at: 600, kind: "constraint_change", layer: 2, text: "Now a stream" },
        { at: 900, kind: "mistake", text: "Off by one" },
        { at: 86_400, kind: "praise", text: "Clear tests" },
      ],
      assessment: { scores: { problemSolving: 3, codeQuality: 4, communication: 2 }, overall: 3, advance: true },
      selfAssessment: { scores: { problemSolving: 2 }, overall: 2, thinksPassed: false },
      candidateRating: { wouldReturn: 4 },
      feedbackSharedAt: Date.UTC(2025, 8, 17, 14, 23, 0, 500),
    });
  });

  it("reads a minimal interview: no question, no events, no assessments; null where null is allowed", () => {
    expect(valid(interview)).toEqual({ ...interview, startedAt: startedAtMs, events: [] });
    expect(
      valid({
        ...interview,
        questionId: null,
        events: null,
        assessment: null,
        selfAssessment: null,
        candidateRating: null,
        feedbackSharedAt: null,
      }),
    ).toEqual({ ...interview, startedAt: startedAtMs, events: [], feedbackSharedAt: null });
  });

  it("takes any score dimension, and a self-assessment without overall or thinksPassed", () => {
    const record = valid({
      ...interview,
      assessment: { scores: { systemDesign: 1 }, overall: 1, advance: false },
      selfAssessment: { scores: {} },
    });
    expect(record).toMatchObject({
      assessment: { scores: { systemDesign: 1 }, overall: 1, advance: false },
      selfAssessment: { scores: {} },
    });
    expect(valid({ ...interview, assessment: { overall: 2, advance: false } })).toMatchObject({
      assessment: { scores: {}, overall: 2, advance: false },
    });
  });

  it("reads outcomes and offers", () => {
    expect(
      valid({
        type: "outcome",
        candidateId: "cand-1",
        at: "2025-10-01T09:00:00Z",
        passed: true,
        company: "Initech",
        stage: "onsite",
      }),
    ).toEqual({
      type: "outcome",
      candidateId: "cand-1",
      at: Date.UTC(2025, 9, 1, 9),
      passed: true,
      company: "Initech",
      stage: "onsite",
    });
    expect(valid({ type: "outcome", candidateId: "cand-1", at: "2025-10-01T09:00:00Z", passed: false })).toEqual({
      type: "outcome",
      candidateId: "cand-1",
      at: Date.UTC(2025, 9, 1, 9),
      passed: false,
    });
    expect(
      valid({ type: "offer", candidateId: "cand-1", at: "2025-11-01T09:00:00Z", accepted: true, feedbackGiven: false }),
    ).toEqual({
      type: "offer",
      candidateId: "cand-1",
      at: Date.UTC(2025, 10, 1, 9),
      accepted: true,
      feedbackGiven: false,
    });
  });

  it("ignores unknown fields, at the top and inside an interview", () => {
    expect(valid({ type: "candidate", id: "c", name: "C", linkedin: "x", nested: { a: 1 } })).toEqual({
      type: "candidate",
      id: "c",
      name: "C",
    });
    expect(
      valid({
        ...interview,
        room: "Blue",
        events: [{ at: 5, kind: "note", text: "hi", mood: "good" }],
        assessment: { overall: 3, advance: true, comment: "fine" },
        candidateRating: { wouldReturn: 2, comment: "meh" },
      }),
    ).toEqual({
      ...interview,
      startedAt: startedAtMs,
      events: [{ at: 5, kind: "note", text: "hi" }],
      assessment: { scores: {}, overall: 3, advance: true },
      candidateRating: { wouldReturn: 2 },
    });
  });

  it("accepts ids of 1 and 200 characters", () => {
    expect(valid({ type: "candidate", id: "x", name: "C" })).toMatchObject({ id: "x" });
    expect(valid({ type: "candidate", id: "x".repeat(200), name: "C" })).toMatchObject({ id: "x".repeat(200) });
  });
});

describe("parseHistoryLine: problems, with line, field and what was expected", () => {
  it("words the spec's example exactly", () => {
    expect(invalid({ ...interview, assessment: { overall: 5, advance: true } }, 1042)).toEqual([
      "line 1042: interview.assessment.overall: expected an integer from 1 to 4, got 5",
    ]);
  });

  it("reports every problem of a line, not only the first", () => {
    expect(
      invalid({
        ...interview,
        assessment: { scores: { codeQuality: 0, communication: 2.5 }, overall: 5, advance: "yes" },
      }),
    ).toEqual([
      "line 1: interview.assessment.scores.codeQuality: expected an integer from 1 to 4, got 0",
      "line 1: interview.assessment.scores.communication: expected an integer from 1 to 4, got 2.5",
      "line 1: interview.assessment.overall: expected an integer from 1 to 4, got 5",
      'line 1: interview.assessment.advance: expected true or false, got "yes"',
    ]);
  });

  it("rejects a line that is not JSON, or not a JSON object", () => {
    const [bad] = invalid('{"type": "candidate", "id": ', 3);
    expect(bad).toMatch(/^line 3: \(line\): expected a JSON object: /);
    expect(invalid("[1,2]", 4)).toEqual(["line 4: (line): expected a JSON object, got [1,2]"]);
    expect(invalid("42", 5)).toEqual(["line 5: (line): expected a JSON object, got 42"]);
    expect(invalid("null", 6)).toEqual(["line 6: (line): expected a JSON object, got null"]);
  });

  it("rejects an unknown or missing type", () => {
    expect(invalid({ type: "feedback", id: "x" })).toEqual([
      'line 1: type: expected one of meta, interviewer, candidate, question, interview, outcome, offer, got "feedback"',
    ]);
    expect(invalid({ id: "x" })).toEqual([
      "line 1: type: expected one of meta, interviewer, candidate, question, interview, outcome, offer, got nothing",
    ]);
  });

  it("rejects a meta line of another format or version", () => {
    expect(invalid({ type: "meta", format: "other", version: 2 })).toEqual([
      'line 1: meta.format: expected "debrief-history", got "other"',
      "line 1: meta.version: expected 1, got 2",
    ]);
    expect(invalid({ type: "meta", version: 1 })).toEqual([
      'line 1: meta.format: expected "debrief-history", got nothing',
    ]);
  });

  it("requires id and name of interviewers and candidates, within their lengths", () => {
    expect(invalid({ type: "interviewer", name: "Iris" })).toEqual([
      "line 1: interviewer.id: expected an id: a string of 1 to 200 characters, got nothing",
    ]);
    expect(invalid({ type: "candidate", id: "", name: " " })).toEqual([
      'line 1: candidate.id: expected an id: a string of 1 to 200 characters, got ""',
      'line 1: candidate.name: expected a non-empty string of at most 200 characters, got " "',
    ]);
    expect(invalid({ type: "candidate", id: 7, name: "C" })).toEqual([
      "line 1: candidate.id: expected an id: a string of 1 to 200 characters, got 7",
    ]);
    expect(invalid({ type: "candidate", id: "x".repeat(201), name: "C" })[0]).toMatch(
      /^line 1: candidate\.id: expected an id: a string of 1 to 200 characters, got "x{36}\.\.\.$/,
    );
    expect(invalid({ type: "candidate", id: "c" })).toEqual(["line 1: candidate.name: expected a string, got nothing"]);
    expect(invalid({ type: "interviewer", id: "i", name: "I", email: 3 })).toEqual([
      "line 1: interviewer.email: expected a string of at most 320 characters, got 3",
    ]);
  });

  it("checks a question's kind, duration and layers", () => {
    expect(invalid({ type: "question", id: "q", title: "T", kind: "puzzle" })).toEqual([
      'line 1: question.kind: expected "coding" or "system-design", got "puzzle"',
    ]);
    expect(invalid({ type: "question", id: "q", title: "T", durationMinutes: 0 })).toEqual([
      "line 1: question.durationMinutes: expected an integer from 1 to 1440, got 0",
    ]);
    expect(invalid({ type: "question", id: "q", title: "T", layers: "Brute force" })).toEqual([
      'line 1: question.layers: expected an array of at most 50 layer titles, got "Brute force"',
    ]);
    expect(invalid({ type: "question", id: "q", title: "T", layers: ["One", "", 3] })).toEqual([
      'line 1: question.layers[1]: expected a layer title: a non-empty string of at most 200 characters, got ""',
      "line 1: question.layers[2]: expected a layer title: a non-empty string of at most 200 characters, got 3",
    ]);
    expect(invalid({ type: "question", id: "q" })).toEqual(["line 1: question.title: expected a string, got nothing"]);
  });

  it("requires an interview's ids and start, and checks its optional parts", () => {
    expect(invalid({ type: "interview", id: "i" })).toEqual([
      "line 1: interview.candidateId: expected an id: a string of 1 to 200 characters, got nothing",
      "line 1: interview.interviewerId: expected an id: a string of 1 to 200 characters, got nothing",
      "line 1: interview.startedAt: expected an RFC 3339 date-time such as 2025-09-17T15:23:00Z, got nothing",
    ]);
    expect(invalid({ ...interview, questionId: "" })).toEqual([
      'line 1: interview.questionId: expected an id: a string of 1 to 200 characters, got ""',
    ]);
    expect(invalid({ ...interview, durationMinutes: 1441 })).toEqual([
      "line 1: interview.durationMinutes: expected an integer from 1 to 1440, got 1441",
    ]);
    expect(invalid({ ...interview, assessment: [] })).toEqual([
      "line 1: interview.assessment: expected an object, got []",
    ]);
    expect(invalid({ ...interview, assessment: { scores: [3], overall: 3, advance: true } })).toEqual([
      "line 1: interview.assessment.scores: expected an object of scores from 1 to 4, got [3]",
    ]);
    expect(invalid({ ...interview, selfAssessment: { overall: 0, thinksPassed: 1 } })).toEqual([
      "line 1: interview.selfAssessment.overall: expected an integer from 1 to 4, got 0",
      "line 1: interview.selfAssessment.thinksPassed: expected true or false, got 1",
    ]);
    expect(invalid({ ...interview, candidateRating: { wouldReturn: 5 } })).toEqual([
      "line 1: interview.candidateRating.wouldReturn: expected an integer from 1 to 4, got 5",
    ]);
    expect(invalid({ ...interview, candidateRating: {} })).toEqual([
      "line 1: interview.candidateRating.wouldReturn: expected an integer from 1 to 4, got nothing",
    ]);
    expect(invalid({ ...interview, candidateRating: 4 })).toEqual([
      "line 1: interview.candidateRating: expected an object, got 4",
    ]);
    expect(invalid({ ...interview, feedbackSharedAt: "yesterday" })).toEqual([
      'line 1: interview.feedbackSharedAt: expected an RFC 3339 date-time such as 2025-09-17T15:23:00Z, got "yesterday"',
    ]);
  });

  it("checks each event: whole seconds from 0 to 86,400, a known kind, a layer where one is needed", () => {
    const withEvents = (events: unknown) => invalid({ ...interview, events });
    expect(withEvents({ at: 1, kind: "note" })).toEqual([
      'line 1: interview.events: expected an array of events, got {"at":1,"kind":"note"}',
    ]);
    expect(withEvents(["note"])).toEqual(['line 1: interview.events[0]: expected an event object, got "note"']);
    expect(
      withEvents([
        { at: 1, kind: "note" },
        { at: 2, kind: "whiteboard" },
      ]),
    ).toEqual([
      'line 1: interview.events[1].kind: expected one of note, clarifying_question, coding_started, hint, layer_completed, constraint_change, mistake, praise, got "whiteboard"',
    ]);
    expect(withEvents([{ at: 1 }])).toEqual([
      "line 1: interview.events[0].kind: expected one of note, clarifying_question, coding_started, hint, layer_completed, constraint_change, mistake, praise, got nothing",
    ]);
    expect(withEvents([{ at: -1, kind: "note" }])).toEqual([
      "line 1: interview.events[0].at: expected an integer from 0 to 86400, got -1",
    ]);
    expect(withEvents([{ at: 86_401, kind: "note" }])).toEqual([
      "line 1: interview.events[0].at: expected an integer from 0 to 86400, got 86401",
    ]);
    expect(withEvents([{ at: 1.5, kind: "note" }])).toEqual([
      "line 1: interview.events[0].at: expected an integer from 0 to 86400, got 1.5",
    ]);
    expect(withEvents([{ at: "60", kind: "note" }])).toEqual([
      'line 1: interview.events[0].at: expected an integer from 0 to 86400, got "60"',
    ]);
    expect(withEvents([{ kind: "note" }])).toEqual([
      "line 1: interview.events[0].at: expected an integer from 0 to 86400, got nothing",
    ]);
    expect(withEvents([{ at: 5, kind: "hint", text: 42 }])).toEqual([
      "line 1: interview.events[0].text: expected a string of at most 20000 characters, got 42",
    ]);
  });

  it("requires a layer for layer_completed and constraint_change, and only for those", () => {
    expect(invalid({ ...interview, events: [{ at: 1, kind: "layer_completed" }] })).toEqual([
      "line 1: interview.events[0].layer: expected an integer from 1 to 50, got nothing",
    ]);
    expect(invalid({ ...interview, events: [{ at: 1, kind: "constraint_change", text: "Bigger" }] })).toEqual([
      "line 1: interview.events[0].layer: expected an integer from 1 to 50, got nothing",
    ]);
    expect(invalid({ ...interview, events: [{ at: 1, kind: "layer_completed", layer: 0 }] })).toEqual([
      "line 1: interview.events[0].layer: expected an integer from 1 to 50, got 0",
    ]);
    expect(valid({ ...interview, events: [{ at: 1, kind: "note", text: "no layer" }] })).toMatchObject({
      events: [{ at: 1, kind: "note", text: "no layer" }],
    });
  });

  it("checks outcomes and offers", () => {
    expect(invalid({ type: "outcome", at: "2025-10-01T09:00:00Z", passed: "yes" })).toEqual([
      "line 1: outcome.candidateId: expected an id: a string of 1 to 200 characters, got nothing",
      'line 1: outcome.passed: expected true or false, got "yes"',
    ]);
    expect(invalid({ type: "offer", candidateId: "c", at: "2025-10-01" })).toEqual([
      'line 1: offer.at: expected an RFC 3339 date-time such as 2025-09-17T15:23:00Z, got "2025-10-01"',
      "line 1: offer.accepted: expected true or false, got nothing",
      "line 1: offer.feedbackGiven: expected true or false, got nothing",
    ]);
  });
});

describe("parseHistoryLine: RFC 3339 date-times", () => {
  const at = (value: unknown) => parse({ type: "outcome", candidateId: "c", at: value, passed: true });

  it.each([
    ["2025-09-17T15:23:00Z", Date.UTC(2025, 8, 17, 15, 23)],
    ["2025-09-17T15:23:00.250Z", Date.UTC(2025, 8, 17, 15, 23, 0, 250)],
    ["2025-09-17T17:23:00+02:00", Date.UTC(2025, 8, 17, 15, 23)],
    ["2025-09-17T10:23:00-05:00", Date.UTC(2025, 8, 17, 15, 23)],
    ["2025-09-17t15:23:00z", Date.UTC(2025, 8, 17, 15, 23)],
    ["2024-02-29T00:00:00Z", Date.UTC(2024, 1, 29)],
  ])("accepts %s", (value, ms) => {
    expect(at(value).problems).toEqual([]);
    expect(at(value).record).toMatchObject({ at: ms });
  });

  it.each([
    "2025-09-17",
    "2025-09-17T15:23:00",
    "2025-09-17T15:23Z",
    "17/09/2025 15:23",
    "2025-09-17T25:00:00Z",
    "2025-13-01T00:00:00Z",
    "2025-02-30T00:00:00Z",
    "2025-02-29T00:00:00Z",
    "2025-04-31T00:00:00Z",
    "2025-09-17T15:23:00+0200",
    "",
  ])("rejects %j", (value) => {
    expect(at(value).messages).toEqual([
      `line 1: outcome.at: expected an RFC 3339 date-time such as 2025-09-17T15:23:00Z, got ${JSON.stringify(value)}`,
    ]);
  });

  it("rejects a number of milliseconds", () => {
    expect(at(1_758_122_580_000).messages).toEqual([
      "line 1: outcome.at: expected an RFC 3339 date-time such as 2025-09-17T15:23:00Z, got 1758122580000",
    ]);
  });
});
