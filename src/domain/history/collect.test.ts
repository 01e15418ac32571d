import { describe, expect, it } from "vitest";
import { HistoryCollector, type KnownIds, PROBLEM_LIMIT } from "./collect.js";
import { formatProblem } from "./records.js";

const meta = { type: "meta", format: "debrief-history", version: 1 };
const interviewer = (id: string) => ({ type: "interviewer", id, name: `Interviewer ${id}` });
const candidate = (id: string) => ({ type: "candidate", id, name: `Candidate ${id}` });
const question = (id: string) => ({ type: "question", id, title: `Question ${id}` });
const interview = (id: string, candidateId: string, interviewerId: string, questionId?: string) => ({
  type: "interview",
  id,
  candidateId,
  interviewerId,
  ...(questionId ? { questionId } : {}),
  startedAt: "2025-01-01T10:00:00Z",
  events: [
    { at: 1, kind: "coding_started" },
    { at: 2, kind: "hint", topic: "approach" },
  ],
});
const outcome = (candidateId: string) => ({ type: "outcome", candidateId, at: "2025-02-01T10:00:00Z", passed: true });
const offer = (candidateId: string) => ({
  type: "offer",
  candidateId,
  at: "2025-03-01T10:00:00Z",
  accepted: true,
  feedbackGiven: true,
});

const none: KnownIds = { interviewers: new Set(), candidates: new Set(), questions: new Set() };

/** Feeds lines (objects are JSON-encoded, strings taken as they are) to a new collector. */
function collect(lines: unknown[], known?: KnownIds) {
  const collector = new HistoryCollector();
  lines.forEach((l, i) => {
    collector.addLine(typeof l === "string" ? l : JSON.stringify(l), i + 1);
  });
  if (known) collector.checkReferences(known);
  return collector;
}
const messages = (c: HistoryCollector) => c.problems.map(formatProblem);

describe("HistoryCollector", () => {
  it("gathers a valid file by type, counting lines and events", () => {
    const c = collect(
      [
        meta,
        interviewer("v1"),
        candidate("c1"),
        question("q1"),
        interview("i1", "c1", "v1", "q1"),
        outcome("c1"),
        offer("c1"),
      ],
      none,
    );
    expect(messages(c)).toEqual([]);
    expect(c.valid).toBe(true);
    expect(c.meta).toMatchObject({ format: "debrief-history", version: 1 });
    expect([...c.interviewers.keys()]).toEqual(["v1"]);
    expect([...c.candidates.keys()]).toEqual(["c1"]);
    expect([...c.questions.keys()]).toEqual(["q1"]);
    expect(c.interviews.get("i1")?.line).toBe(5);
    expect(c.outcomes.map((o) => o.line)).toEqual([6]);
    expect(c.offers.map((o) => o.line)).toEqual([7]);
    expect(c.lines).toBe(7);
    expect(c.events).toBe(2);
  });

  it("takes a file without a meta line, and records in any order", () => {
    const c = collect([interview("i1", "c1", "v1"), candidate("c1"), interviewer("v1")], none);
    expect(messages(c)).toEqual([]);
    expect(c.meta).toBeUndefined();
  });

  it("accepts meta only as the first line", () => {
    const c = collect([candidate("c1"), meta]);
    expect(messages(c)).toEqual(['line 2: type: expected "meta" only as the first line, got it later']);
    expect(c.meta).toBeUndefined();
    const twice = collect([meta, meta]);
    expect(messages(twice)).toEqual(['line 2: type: expected "meta" only as the first line, got it later']);
  });

  it("skips blank lines, also before the meta line, and counts them as lines", () => {
    const c = collect(["", meta, "   ", candidate("c1"), "\t", ""]);
    expect(messages(c)).toEqual([]);
    expect(c.meta).toBeDefined();
    expect(c.candidates.size).toBe(1);
    expect(c.lines).toBe(6);
  });

  it("reports a duplicate id within a type, naming the line that used it first", () => {
    const c = collect([
      interviewer("x"),
      candidate("x"),
      question("x"),
      interview("x", "x", "x", "x"),
      candidate("c2"),
      candidate("x"),
      interviewer("x"),
      question("x"),
      interview("x", "x", "x"),
    ]);
    expect(messages(c)).toEqual([
      'line 6: candidate.id: expected a unique id, got "x" which line 2 already uses',
      'line 7: interviewer.id: expected a unique id, got "x" which line 1 already uses',
      'line 8: question.id: expected a unique id, got "x" which line 3 already uses',
      'line 9: interview.id: expected a unique id, got "x" which line 4 already uses',
    ]);
    // The first of each is kept.
    expect(c.candidates.get("x")?.line).toBe(2);
  });

  it("takes the same id in different types", () => {
    const c = collect(
      [interviewer("same"), candidate("same"), question("same"), interview("same", "same", "same", "same")],
      none,
    );
    expect(messages(c)).toEqual([]);
  });

  it("lets outcomes and offers repeat: they have no id", () => {
    const c = collect([candidate("c1"), outcome("c1"), outcome("c1"), offer("c1"), offer("c1")], none);
    expect(messages(c)).toEqual([]);
    expect(c.outcomes).toHaveLength(2);
    expect(c.offers).toHaveLength(2);
  });

  it("reports each reference to a record that is neither in the file nor already imported", () => {
    const c = collect(
      [
        interviewer("v1"),
        candidate("c1"),
        interview("i1", "c9", "v9", "q9"),
        outcome("c8"),
        offer("c7"),
        interview("i2", "c1", "v1"),
      ],
      none,
    );
    expect(messages(c)).toEqual([
      'line 3: interview.candidateId: expected the id of a candidate in this file or already imported, got "c9"',
      'line 3: interview.interviewerId: expected the id of an interviewer in this file or already imported, got "v9"',
      'line 3: interview.questionId: expected the id of a question in this file or already imported, got "q9"',
      'line 4: outcome.candidateId: expected the id of a candidate in this file or already imported, got "c8"',
      'line 5: offer.candidateId: expected the id of a candidate in this file or already imported, got "c7"',
    ]);
    expect(c.valid).toBe(false);
  });

  it("does not take a reference to a record of another type", () => {
    const c = collect([candidate("v1"), interviewer("c1"), interview("i1", "c1", "v1")], none);
    expect(c.problems.map((p) => p.field)).toEqual(["interview.candidateId", "interview.interviewerId"]);
  });

  it("accepts references to records the organisation already has", () => {
    const known: KnownIds = { interviewers: new Set(["v9"]), candidates: new Set(["c9"]), questions: new Set(["q9"]) };
    const c = collect([interview("i1", "c9", "v9", "q9"), outcome("c9"), offer("c9")], known);
    expect(messages(c)).toEqual([]);
    expect(c.valid).toBe(true);
  });

  it("lists the first 100 problems and counts all of them", () => {
    const lines = [meta, ...Array.from({ length: 150 }, (_, i) => ({ type: "candidate", id: `c${i}` }))];
    const c = collect(lines);
    expect(c.problemCount).toBe(150);
    expect(c.problems).toHaveLength(PROBLEM_LIMIT);
    expect(PROBLEM_LIMIT).toBe(100);
    expect(c.problems[0]).toEqual({ line: 2, field: "candidate.name", message: "expected a string, got nothing" });
    expect(c.problems[99]?.line).toBe(101);
    expect(c.valid).toBe(false);
  });

  it("counts reference problems beyond the limit too", () => {
    const lines = Array.from({ length: 120 }, (_, i) => outcome(`c${i}`));
    const c = collect(lines, none);
    expect(c.problemCount).toBe(120);
    expect(c.problems).toHaveLength(100);
  });

  it("reports bad lines and keeps the good ones out of the way of duplicates", () => {
    const c = collect([meta, "{oops", candidate("c1"), { type: "candidate", id: "c1", name: "" }]);
    expect(c.problemCount).toBe(2);
    expect(c.problems.map((p) => [p.line, p.field])).toEqual([
      [2, "(line)"],
      [4, "candidate.name"],
    ]);
  });
});
