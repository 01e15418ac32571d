// Small debrief-history files built in tests, for import and analytics tests.
export type HistoryLine = Record<string, unknown>;

export const toJsonl = (lines: HistoryLine[]) => `${lines.map((l) => JSON.stringify(l)).join("\n")}\n`;

/** A tiny organisation's history: two interviewers, three candidates, one question, four interviews. */
export function smallHistory(): HistoryLine[] {
  const events = [
    { at: 60, kind: "clarifying_question", text: "Are the intervals sorted?" },
    { at: 300, kind: "coding_started" },
    { at: 540, kind: "hint", topic: "edge-cases", text: "touching intervals" },
    { at: 720, kind: "layer_completed", layer: 1 },
    { at: 720, kind: "constraint_change", layer: 2, text: "O(n log n)" },
    { at: 1260, kind: "layer_completed", layer: 2 },
  ];
  return [
    { type: "meta", format: "debrief-history", version: 1, source: "test" },
    { type: "interviewer", id: "ivr-a", name: "Alex Interviewer", email: "alex@example.test" },
    { type: "interviewer", id: "ivr-b", name: "Bo Interviewer" },
    { type: "candidate", id: "c-1", name: "Cam One", email: "cam@example.test" },
    { type: "candidate", id: "c-2", name: "Dee Two" },
    { type: "candidate", id: "c-3", name: "Eli Three" },
    {
      type: "question",
      id: "q-merge",
      title: "Merge meetings",
      durationMinutes: 45,
      layers: ["Brute force", "O(n log n)", "Stream"],
    },
    {
      type: "interview",
      id: "i-1",
      candidateId: "c-1",
      interviewerId: "ivr-a",
      questionId: "q-merge",
      startedAt: "2025-01-10T10:00:00Z",
      durationMinutes: 45,
      events,
      assessment: { scores: { problemSolving: 3, codeQuality: 3, communication: 4 }, overall: 3, advance: true },
      selfAssessment: { scores: { problemSolving: 2 }, overall: 2, thinksPassed: false },
      candidateRating: { wouldReturn: 4 },
      feedbackSharedAt: "2025-01-10T12:00:00Z",
    },
    {
      type: "interview",
      id: "i-2",
      candidateId: "c-1",
      interviewerId: "ivr-b",
      questionId: "q-merge",
      startedAt: "2025-02-10T10:00:00Z",
      events: [{ at: 200, kind: "coding_started" }],
      assessment: { scores: {}, overall: 2, advance: false },
      selfAssessment: { overall: 1, thinksPassed: false },
      candidateRating: { wouldReturn: 2 },
      feedbackSharedAt: null,
    },
    {
      type: "interview",
      id: "i-3",
      candidateId: "c-2",
      interviewerId: "ivr-a",
      startedAt: "2025-03-01T09:30:00+01:00",
      events: [],
      assessment: { overall: 4, advance: true },
    },
    {
      type: "interview",
      id: "i-4",
      candidateId: "c-3",
      interviewerId: "ivr-b",
      questionId: "q-merge",
      startedAt: "2025-03-02T09:00:00Z",
    },
    {
      type: "outcome",
      candidateId: "c-1",
      at: "2025-04-01T10:00:00Z",
      passed: true,
      company: "Initech",
      stage: "onsite",
    },
    { type: "outcome", candidateId: "c-2", at: "2025-04-02T10:00:00Z", passed: false },
    { type: "offer", candidateId: "c-1", at: "2025-04-10T10:00:00Z", accepted: true, feedbackGiven: true },
    { type: "offer", candidateId: "c-2", at: "2025-04-11T10:00:00Z", accepted: false, feedbackGiven: false },
  ];
}
