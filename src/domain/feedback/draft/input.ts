// What the drafter reads: plain data the caller loads for one interview. Nothing here is fetched.
import type { QuestionReport } from "../../analytics/types.js";
import type { EventKind, QuestionKind } from "../../history/kinds.js";
import type { Assessment, ChecklistResponse, CodeAnnotation, FeedbackPolicy, ScoreDimension } from "../assessment.js";

export interface DraftQuestion {
  title: string;
  kind: QuestionKind;
  /** In order, layer 1 first, as the interview's question version has them. */
  layers: readonly { title: string; expectedMinutes?: number | null }[];
}

/** An event of the interview; the caller leaves deleted ones out. */
export interface DraftEvent {
  id: string;
  /** Seconds since the interview started. */
  at: number;
  kind: EventKind;
  text?: string | null;
  topic?: string | null;
  layer?: number | null;
}

export interface DraftSnapshot {
  id: string;
  at: number;
  language: string;
  code: string;
}

/** The analytics report's benchmarks for the question (spec/analytics.md); a null figure had too little data. */
export type QuestionBenchmarks = QuestionReport["benchmarks"];

export interface DraftInput {
  question: DraftQuestion;
  events: readonly DraftEvent[];
  /** The interview's code snapshots; the last by `at` is the final solution. */
  snapshots: readonly DraftSnapshot[];
  checklist: readonly ChecklistResponse[];
  annotations: readonly CodeAnnotation[];
  /** Null while the question's history is too thin; the authors' expected minutes stand in. */
  benchmarks: QuestionBenchmarks | null;
  policy: FeedbackPolicy;
  /** Read only for what the policy lets the candidate see, and then at the end. */
  assessment: Pick<Assessment, "scores" | "overall" | "advance"> | null;
  /** The organisation's own score dimensions and hint topics, for their labels. */
  dimensions?: readonly ScoreDimension[];
  hintTopics?: readonly { slug: string; label: string }[];
}
