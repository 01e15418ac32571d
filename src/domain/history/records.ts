// The records of the debrief-history v1 interchange format (../shared/spec/history-format.md), as they
// are once a line has been validated. Times are epoch milliseconds.
import type { EventKind, QuestionKind } from "./kinds.js";

export interface MetaRecord {
  type: "meta";
  format: "debrief-history";
  version: 1;
  source?: string;
}

export interface InterviewerRecord {
  type: "interviewer";
  id: string;
  name: string;
  email?: string;
}

export interface CandidateRecord {
  type: "candidate";
  id: string;
  name: string;
  email?: string;
}

export interface QuestionRecord {
  type: "question";
  id: string;
  title: string;
  kind: QuestionKind;
  durationMinutes: number;
  layers: string[];
}

export interface HistoryEvent {
  at: number;
  kind: EventKind;
  text?: string;
  topic?: string;
  layer?: number;
}

export interface Assessment {
  scores: Record<string, number>;
  overall: number;
  advance: boolean;
}

export interface SelfAssessment {
  scores: Record<string, number>;
  overall?: number;
  thinksPassed?: boolean;
}

export interface InterviewRecord {
  type: "interview";
  id: string;
  candidateId: string;
  interviewerId: string;
  questionId?: string;
  startedAt: number;
  durationMinutes?: number;
  events: HistoryEvent[];
  assessment?: Assessment;
  selfAssessment?: SelfAssessment;
  candidateRating?: { wouldReturn: number };
  feedbackSharedAt?: number | null;
}

export interface OutcomeRecord {
  type: "outcome";
  candidateId: string;
  at: number;
  passed: boolean;
  company?: string;
  stage?: string;
}

export interface OfferRecord {
  type: "offer";
  candidateId: string;
  at: number;
  accepted: boolean;
  feedbackGiven: boolean;
}

export type HistoryRecord =
  | MetaRecord
  | InterviewerRecord
  | CandidateRecord
  | QuestionRecord
  | InterviewRecord
  | OutcomeRecord
  | OfferRecord;

/** A problem with one line of a file: `line 1042: interview.assessment.overall: expected ..., got 5`. */
export interface LineProblem {
  line: number;
  field: string;
  message: string;
}

export function formatProblem(problem: LineProblem): string {
  return `line ${problem.line}: ${problem.field}: ${problem.message}`;
}
