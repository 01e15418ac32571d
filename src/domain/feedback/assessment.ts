// The interviewer's assessment after an interview (issue 5): the checklist with evidence, the scores and the
// advance decision, the code walk-through, and the policy that says which of it the candidate may see.
// Shapes and vocabularies only: the request schemas build on them, and validate-assessment.ts holds the checks
// that need the interview (its question's kind, events, code snapshots, the organisation's dimensions).
import type { QuestionKind } from "../history/kinds.js";

export const checklistAnswers = ["yes", "partly", "no", "not_applicable"] as const;
export type ChecklistAnswer = (typeof checklistAnswers)[number];

export interface ChecklistItem {
  id: string;
  question: string;
  appliesTo: readonly QuestionKind[];
  /**
   * The answer that points at something to practise. The questions are worded as an interviewer would ask
   * them ("did they make complexity mistakes?"), so for some of them "yes" is the concern, for others "no";
   * "partly" is always half a concern.
   */
  concernAnswer: "yes" | "no";
}

export const checklistItems = [
  {
    id: "constraints_asked",
    question: "Did they ask enough about constraints before coding or designing?",
    appliesTo: ["coding", "system-design"],
    concernAnswer: "no",
  },
  {
    id: "snippets_to_improve",
    question: "Were there specific snippets of code that could have been better?",
    appliesTo: ["coding"],
    concernAnswer: "yes",
  },
  {
    id: "more_efficient",
    question: "Could the solution have been more efficient?",
    appliesTo: ["coding", "system-design"],
    concernAnswer: "yes",
  },
  {
    id: "tradeoffs_discussed",
    question: "Did they discuss and reason about trade-offs?",
    appliesTo: ["coding", "system-design"],
    concernAnswer: "no",
  },
  {
    id: "complexity_mistakes",
    question: "Did they make mistakes about time or space complexity? Which?",
    appliesTo: ["coding", "system-design"],
    concernAnswer: "yes",
  },
  {
    id: "idiomatic_language",
    question: "Was their use of their language idiomatic? Where not?",
    appliesTo: ["coding"],
    concernAnswer: "no",
  },
  {
    id: "tools_without_reasons",
    question: "Did they jump to a specific database, load balancer or tool without saying why?",
    appliesTo: ["system-design"],
    concernAnswer: "yes",
  },
] as const satisfies readonly ChecklistItem[];

export type ChecklistItemId = (typeof checklistItems)[number]["id"];
/** The ids as a non-empty tuple, for `z.enum`. */
export const checklistItemIds = checklistItems.map((item) => item.id) as [ChecklistItemId, ...ChecklistItemId[]];

/** The checklist for a question of this kind; all items when the interview has no question. */
export function checklistFor(kind: QuestionKind | null): ChecklistItem[] {
  return checklistItems.filter((item) => kind === null || (item.appliesTo as readonly string[]).includes(kind));
}

export function checklistItem(id: string): ChecklistItem | undefined {
  return checklistItems.find((item) => item.id === id);
}

/** Whether an answer points at something to practise (see `ChecklistItem.concernAnswer`). */
export function isConcern(item: ChecklistItem, answer: ChecklistAnswer): boolean {
  return answer === "partly" || answer === item.concernAnswer;
}

/** What an answer points at: a timeline event, or lines of one code snapshot (1-based, inclusive). */
export type EvidenceLink =
  | { kind: "event"; eventId: string }
  | { kind: "code"; snapshotId: string; startLine: number; endLine: number };

/** A wrong complexity claim, for the `complexity_mistakes` item: "claimed sorting is O(n)". */
export interface ComplexityMistake {
  aspect: "time" | "space";
  /** What the candidate said, e.g. "O(n)". */
  claimed: string;
  /** What it is, e.g. "O(n log n)". */
  actual: string;
  /** What the claim was about, e.g. "sorting the intervals". */
  subject: string;
}

export interface ChecklistResponse {
  itemId: ChecklistItemId;
  answer: ChecklistAnswer;
  comment: string;
  evidence: EvidenceLink[];
  /** Only for `complexity_mistakes`. */
  complexityMistakes?: ComplexityMistake[];
}

/**
 * Score keys are the history format's (camelCase), so live and imported assessments share one `scores`
 * map and analytics reads both alike.
 */
export const builtInScoreDimensions = [
  { id: "problemSolving", label: "Problem solving" },
  { id: "codeQuality", label: "Code quality" },
  { id: "communication", label: "Communication" },
] as const;

/** A dimension an organisation adds beside the built-in ones. */
export interface ScoreDimension {
  id: string;
  label: string;
}

export const scoreValues = [1, 2, 3, 4] as const;
/** 1 = poor, 2 = below the bar, 3 = at the bar, 4 = exceptional (the history format's scale). */
export type Score = (typeof scoreValues)[number];

export const annotationKinds = ["went_astray", "could_be_better", "done_well"] as const;
export type AnnotationKind = (typeof annotationKinds)[number];

/** A remark on lines of the candidate's code, shown in the feedback beside those lines. */
export interface CodeAnnotation {
  snapshotId: string;
  /** 1-based, inclusive. */
  startLine: number;
  endLine: number;
  kind: AnnotationKind;
  comment: string;
}

/**
 * The whole assessment. The decision is `advance`, a yes or no, because that is what the history format
 * and the `assessments` table hold and what analytics (calibration, "thinks failed when passed") reads;
 * the strength of a decision is already in `overall`.
 */
export interface Assessment {
  checklist: ChecklistResponse[];
  scores: Record<string, Score>;
  overall: Score;
  advance: boolean;
  annotations: CodeAnnotation[];
  /** Why each score (by dimension id, or "overall"), shown to the candidate beside their own view. */
  scoreReasons?: Record<string, string>;
}

/** What the candidate may see beyond the feedback itself. Both off unless the organisation says otherwise. */
export interface FeedbackPolicy {
  /** The advance decision, placed last in the feedback. */
  includeOutcome: boolean;
  /** The scores and the overall score, placed last as well. */
  includeScores: boolean;
}

export const defaultFeedbackPolicy: FeedbackPolicy = { includeOutcome: false, includeScores: false };
