// The worked example of spec/feedback-example.md as drafter input: "Merge meetings", 214 past interviews,
// the timeline, one annotation and three checklist answers. Tests start from it and change one thing.
import type { DraftEvent, DraftInput, QuestionBenchmarks } from "./input.js";

const minutes = (m: number, s = 0) => m * 60 + s;

export const mergeMeetingsEvents: DraftEvent[] = [
  { id: "e1", at: minutes(0, 40), kind: "clarifying_question", text: "are the intervals sorted?" },
  { id: "e2", at: minutes(1, 55), kind: "coding_started" },
  { id: "e3", at: minutes(9, 10), kind: "hint", topic: "edge-cases", text: "touching intervals" },
  { id: "e4", at: minutes(19, 30), kind: "layer_completed", layer: 1 },
  { id: "e5", at: minutes(19, 30), kind: "constraint_change", layer: 2, text: "O(n log n)" },
  { id: "e6", at: minutes(24, 5), kind: "praise", text: "Talked through sorting in place against copying the input" },
  { id: "e7", at: minutes(27), kind: "hint", topic: "data-structure", text: "sort first" },
  { id: "e8", at: minutes(31, 45), kind: "mistake", text: "Described the sort as O(n)" },
  { id: "e9", at: minutes(38, 20), kind: "layer_completed", layer: 2 },
  { id: "e10", at: minutes(39), kind: "constraint_change", layer: 3, text: "the input arrives as a stream" },
];

export const mergeMeetingsCode = [
  "def merge(meetings):",
  "    meetings.sort()",
  "    merged = []",
  "    for start, end in meetings:",
  "        placed = False",
  "        for m in merged:",
  "            if start <= m[1]:",
  "                m[1] = max(m[1], end)",
  "                placed = True",
  "        if not placed:",
  "            merged.append([start, end])",
  "    return merged",
  "",
].join("\n");

export const mergeMeetingsBenchmarks: QuestionBenchmarks = {
  layers: [
    { layer: 1, title: "Brute force", topMedianMinutes: 12.2, topCompleted: 40 },
    { layer: 2, title: "O(n log n)", topMedianMinutes: 21, topCompleted: 36 },
    { layer: 3, title: "Input as a stream", topMedianMinutes: 37.5, topCompleted: 20 },
  ],
  medianHintsByTier: { low: 3, mid: 2, top: 1 },
  medianLayersByTier: { low: 1, mid: 2, top: 3 },
  topMedianCodingStartMinutes: 5.1,
  interviewsByTier: { low: 80, mid: 94, top: 40 },
  summary: "The strongest performers finish “Brute force” in about 12 minutes.",
};

export const mergeMeetingsAssessment: NonNullable<DraftInput["assessment"]> = {
  scores: { problemSolving: 3, codeQuality: 2, communication: 3 },
  overall: 3,
  advance: true,
};

export function mergeMeetingsInput(): DraftInput {
  return {
    question: {
      title: "Merge meetings",
      kind: "coding",
      layers: [
        { title: "Brute force", expectedMinutes: 12 },
        { title: "O(n log n)", expectedMinutes: 20 },
        { title: "Input as a stream", expectedMinutes: 35 },
      ],
    },
    events: mergeMeetingsEvents,
    snapshots: [
      { id: "s1", at: minutes(20), language: "Python", code: "def merge(meetings):\n    return meetings\n" },
      { id: "s2", at: minutes(38), language: "Python", code: mergeMeetingsCode },
    ],
    checklist: [
      {
        itemId: "constraints_asked",
        answer: "partly",
        comment: "Asked about sorting, not about touching or empty intervals",
        evidence: [{ kind: "event", eventId: "e1" }],
      },
      { itemId: "tradeoffs_discussed", answer: "yes", comment: "", evidence: [{ kind: "event", eventId: "e6" }] },
      {
        itemId: "complexity_mistakes",
        answer: "yes",
        comment: "",
        evidence: [{ kind: "event", eventId: "e8" }],
        complexityMistakes: [{ aspect: "time", claimed: "O(n)", actual: "O(n log n)", subject: "the sort" }],
      },
      { itemId: "idiomatic_language", answer: "not_applicable", comment: "", evidence: [] },
    ],
    annotations: [
      {
        snapshotId: "s2",
        startLine: 6,
        endLine: 9,
        kind: "went_astray",
        comment:
          "This inner loop scans every merged interval again for each new one, which made it quadratic; once the input is sorted, only the last merged interval can overlap",
      },
      {
        snapshotId: "s2",
        startLine: 2,
        endLine: 2,
        kind: "done_well",
        comment: "Sorting first sets up the linear pass",
      },
    ],
    benchmarks: mergeMeetingsBenchmarks,
    policy: { includeOutcome: false, includeScores: false },
    assessment: { ...mergeMeetingsAssessment, scores: { ...mergeMeetingsAssessment.scores } },
  };
}
