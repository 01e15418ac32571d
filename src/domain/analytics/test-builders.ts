// Test-only: small hand-made interviews for the hand-computed tests.
import type { AnalyticsInput, InterviewFacts } from "./types.js";

export const DAY = 86_400_000;
export const T0 = Date.UTC(2025, 0, 1);

let sequence = 0;

export function interview(overrides: Partial<InterviewFacts> = {}): InterviewFacts {
  sequence++;
  return {
    id: `int-${sequence}`,
    candidateId: "cand-1",
    interviewerId: "ivr-1",
    questionId: null,
    startedAt: T0 + sequence * 1000,
    overall: 3,
    advance: true,
    hasSelfAssessment: false,
    selfOverall: null,
    thinksPassed: null,
    wouldReturn: null,
    hintCount: 0,
    codingStartedSec: null,
    layerCompletedSec: [],
    ...overrides,
  };
}

export function selfAssessed(candidateId: string, overall: number, selfOverall: number | null): InterviewFacts {
  return interview({ candidateId, overall, hasSelfAssessment: true, selfOverall });
}

export function emptyInput(overrides: Partial<AnalyticsInput> = {}): AnalyticsInput {
  return { candidateCount: 0, interviewers: [], questions: [], interviews: [], outcomes: [], offers: [], ...overrides };
}
