import { describe, expect, it } from "vitest";
import { type Assessment, checklistFor, checklistItem, isConcern } from "./assessment.js";
import {
  type AssessmentContext,
  findAssessmentIssues,
  lineCount,
  unansweredChecklistItems,
} from "./validate-assessment.js";

const context: AssessmentContext = {
  questionKind: "coding",
  eventIds: new Set(["e1", "e2"]),
  snapshotLines: new Map([["s1", 20]]),
  dimensions: [{ id: "testing", label: "Testing" }],
};

const valid: Assessment = {
  checklist: [
    { itemId: "constraints_asked", answer: "partly", comment: "", evidence: [{ kind: "event", eventId: "e1" }] },
    {
      itemId: "complexity_mistakes",
      answer: "yes",
      comment: "",
      evidence: [{ kind: "code", snapshotId: "s1", startLine: 14, endLine: 19 }],
      complexityMistakes: [{ aspect: "time", claimed: "O(n)", actual: "O(n log n)", subject: "sorting" }],
    },
  ],
  scores: { problemSolving: 3, testing: 2 },
  overall: 3,
  advance: true,
  annotations: [{ snapshotId: "s1", startLine: 20, endLine: 20, kind: "done_well", comment: "Clear return." }],
};

describe("findAssessmentIssues", () => {
  it("accepts an assessment that fits its interview", () => {
    expect(findAssessmentIssues(valid, context)).toEqual([]);
  });

  it("names evidence that is not of this interview, and lines outside the snapshot", () => {
    const assessment: Assessment = {
      ...valid,
      checklist: [
        {
          itemId: "constraints_asked",
          answer: "no",
          comment: "",
          evidence: [
            { kind: "event", eventId: "elsewhere" },
            { kind: "code", snapshotId: "s1", startLine: 18, endLine: 21 },
            { kind: "code", snapshotId: "s9", startLine: 1, endLine: 1 },
          ],
        },
      ],
      annotations: [{ snapshotId: "s1", startLine: 5, endLine: 4, kind: "went_astray", comment: "" }],
    };
    expect(findAssessmentIssues(assessment, context)).toEqual([
      { field: "checklist.0.evidence.0.eventId", message: "expected an event of this interview" },
      { field: "checklist.0.evidence.1.endLine", message: "expected a line from 18 to 20" },
      { field: "checklist.0.evidence.2.snapshotId", message: "expected a code snapshot of this interview" },
      { field: "annotations.0.endLine", message: "expected a line from 5 to 20" },
    ]);
  });

  it("refuses items of the other kind of question, unknown or repeated items, and misplaced detail", () => {
    const assessment = {
      ...valid,
      checklist: [
        { itemId: "tools_without_reasons", answer: "no", comment: "", evidence: [] },
        { itemId: "made_up", answer: "no", comment: "", evidence: [] },
        {
          itemId: "more_efficient",
          answer: "yes",
          comment: "",
          evidence: [],
          complexityMistakes: [{ aspect: "space", claimed: "O(1)", actual: "O(n)", subject: "the copy" }],
        },
        { itemId: "more_efficient", answer: "no", comment: "", evidence: [] },
      ],
    } as unknown as Assessment;
    expect(findAssessmentIssues(assessment, context).map((issue) => issue.field)).toEqual([
      "checklist.0.itemId",
      "checklist.1.itemId",
      "checklist.2.complexityMistakes",
      "checklist.3.itemId",
    ]);
  });

  it("refuses dimensions the organisation does not have and scores off the scale", () => {
    const assessment = { ...valid, scores: { problemSolving: 5, charm: 3 }, overall: 0 } as unknown as Assessment;
    expect(findAssessmentIssues(assessment, context)).toEqual([
      { field: "scores.problemSolving", message: "expected an integer from 1 to 4" },
      { field: "scores.charm", message: "not a score dimension of this organisation" },
      { field: "overall", message: "expected an integer from 1 to 4" },
    ]);
  });
});

describe("the checklist", () => {
  it("asks system-design questions about tools and coding questions about the language", () => {
    const design = checklistFor("system-design").map((item) => item.id);
    const coding = checklistFor("coding").map((item) => item.id);
    expect(design).toContain("tools_without_reasons");
    expect(design).not.toContain("idiomatic_language");
    expect(coding).toContain("idiomatic_language");
    expect(coding).not.toContain("tools_without_reasons");
    expect(checklistFor(null)).toHaveLength(7);
  });

  it("lists what is still unanswered, in checklist order", () => {
    expect(unansweredChecklistItems("coding", valid.checklist)).toEqual([
      "snippets_to_improve",
      "more_efficient",
      "tradeoffs_discussed",
      "idiomatic_language",
    ]);
  });

  it("knows which answer is the concern", () => {
    const constraints = checklistItem("constraints_asked");
    const mistakes = checklistItem("complexity_mistakes");
    if (!constraints || !mistakes) throw new Error("missing item");
    expect([isConcern(constraints, "no"), isConcern(constraints, "yes")]).toEqual([true, false]);
    expect([isConcern(mistakes, "yes"), isConcern(mistakes, "no"), isConcern(mistakes, "partly")]).toEqual([
      true,
      false,
      true,
    ]);
  });
});

describe("lineCount", () => {
  it("counts lines as an editor numbers them", () => {
    expect([lineCount(""), lineCount("a"), lineCount("a\n"), lineCount("a\r\nb"), lineCount("a\n\n")]).toEqual([
      0, 1, 1, 2, 2,
    ]);
  });
});
