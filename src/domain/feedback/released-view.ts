// What a candidate reads beside the feedback text, frozen when the feedback is released, so that what they
// see is exactly what was released even after the assessment or the organisation's policy changes.
import type { AnnotationKind, FeedbackPolicy, ScoreDimension } from "./assessment.js";

/** One snapshot of the candidate's code with the interviewer's remarks on its lines. */
export interface WalkthroughBlock {
  snapshotId: string;
  language: string;
  code: string;
  /** Seconds into the interview the snapshot was taken. */
  at: number;
  annotations: { startLine: number; endLine: number; kind: AnnotationKind; comment: string }[];
}

export interface ReleasedView {
  /** The policy in force at release: it decides what of the assessment below the candidate sees. */
  policy: FeedbackPolicy;
  dimensions: ScoreDimension[];
  /** The interviewer's whole assessment; only what `policy` shares reaches the candidate. */
  scores: Record<string, number>;
  overall: number;
  advance: boolean;
  /** Why each score, by dimension id: always shared, it is the interviewer's side of the comparison. */
  reasons: Record<string, string>;
  walkthrough: WalkthroughBlock[];
  /** The benchmarks sentence of the question, when there were any. */
  benchmarks: string | null;
}
