// The analytics report's input (plain facts read from the database or a history file) and its output,
// the JSON document defined in ../shared/spec/analytics.md. Pure data: no I/O anywhere in this folder.

/** One interview, reduced to what analytics needs. Times are epoch milliseconds; event times are seconds. */
export interface InterviewFacts {
  id: string;
  candidateId: string;
  interviewerId: string;
  questionId: string | null;
  startedAt: number;
  /** The interviewer's assessment; null when the interview has none. */
  overall: number | null;
  advance: boolean | null;
  /** The candidate's self-assessment: present (true) even when a field inside it was left out. */
  hasSelfAssessment: boolean;
  selfOverall: number | null;
  thinksPassed: boolean | null;
  /** candidateRating.wouldReturn, 1..4, or null. */
  wouldReturn: number | null;
  /** Number of `hint` events. */
  hintCount: number;
  /** Seconds of the first `coding_started` event, or null. */
  codingStartedSec: number | null;
  /** Index k holds the seconds of the first `layer_completed` event for layer k + 1, or null if none. */
  layerCompletedSec: (number | null)[];
}

export interface InterviewerFacts {
  id: string;
  externalId: string | null;
  name: string;
}

export interface QuestionFacts {
  id: string;
  externalId: string | null;
  title: string;
  /** Layer titles in order, layer 1 first. */
  layers: string[];
}

/** A later, real interview of the candidate elsewhere. */
export interface OutcomeFacts {
  candidateId: string;
  at: number;
  passed: boolean;
}

export interface OfferFacts {
  candidateId: string;
  at: number;
  accepted: boolean;
  feedbackGiven: boolean;
}

export interface AnalyticsInput {
  candidateCount: number;
  interviewers: InterviewerFacts[];
  questions: QuestionFacts[];
  interviews: InterviewFacts[];
  outcomes: OutcomeFacts[];
  offers: OfferFacts[];
}

export type Tier = "low" | "mid" | "top";

export interface RateWithCounts {
  offers: number;
  accepted: number;
  rate: number | null;
}

export interface PopulationFigures {
  interviews: number;
  candidates: number;
  interviewers: number;
  underrateRate: number | null;
  overrateRate: number | null;
  selfAssessmentEligible: number;
  thinksFailedWhenPassedRate: number | null;
  thinksFailedEligible: number;
  consistentRate: number | null;
  consistencyEligible: number;
  closeRate: {
    withFeedback: RateWithCounts;
    withoutFeedback: RateWithCounts;
    difference: number | null;
    ci95: [number, number] | null;
  };
}

export type CalibrationLabel = "too_strict" | "calibrated" | "too_lenient" | "insufficient_data";

export interface InterviewerReport {
  id: string;
  externalId: string | null;
  name: string;
  interviews: number;
  calibration: {
    /** > 0: too lenient; < 0: too strict. */
    bias: number | null;
    interval: [number, number] | null;
    /** The level of `interval`, e.g. 0.95. */
    intervalLevel: number;
    label: CalibrationLabel;
    /** Interviews of this interviewer that had later outcomes. */
    evidence: number;
  };
  candidateExperience: {
    score: number | null;
    ratings: number;
    returnRate: number | null;
    returnEligible: number;
  };
}

export interface CalibrationBin {
  from: number;
  to: number;
  interviewers: number;
  meanCandidateExperience: number | null;
}

export interface LayerBenchmark {
  layer: number;
  title: string;
  topMedianMinutes: number | null;
  topCompleted: number;
}

export interface QuestionReport {
  id: string;
  externalId: string | null;
  title: string;
  interviews: number;
  benchmarks: {
    layers: LayerBenchmark[];
    medianHintsByTier: Record<Tier, number | null>;
    medianLayersByTier: Record<Tier, number | null>;
    topMedianCodingStartMinutes: number | null;
    /** How many assessed interviews of each tier the figures rest on. */
    interviewsByTier: Record<Tier, number>;
    summary: string;
  };
}

export interface AnalyticsReport {
  generatedAt: string;
  population: PopulationFigures;
  interviewers: InterviewerReport[];
  calibrationCurve: CalibrationBin[];
  questions: QuestionReport[];
}
