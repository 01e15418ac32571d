// What the feedback linter reports. The API, the CLI and the editor all show these objects as they are.

export const lintRules = ["outcome-first", "protected-characteristic", "personal-judgement", "vague"] as const;
export type LintRule = (typeof lintRules)[number];

export const lintSeverities = ["error", "warning"] as const;
/** `error` blocks release until someone overrides it with a written reason; `warning` only advises. */
export type LintSeverity = (typeof lintSeverities)[number];

export interface LintFinding {
  rule: LintRule;
  severity: LintSeverity;
  /** UTF-16 offset of the first flagged character (what JavaScript's string indices count). */
  start: number;
  /** UTF-16 offset just past the last flagged character. */
  end: number;
  /** Why this is a problem, in one sentence. */
  message: string;
  /** A behaviour-based way to say it instead. */
  suggestion?: string;
}

/** Each rule's severity, fixed: the same text gives the same verdict everywhere. */
export const ruleSeverity: Record<LintRule, LintSeverity> = {
  // The candidate stops reading at a verdict; and feedback that leads with one is a decision letter.
  "outcome-first": "error",
  // Legal risk: mentioning a protected characteristic can be read as the reason for the decision.
  "protected-characteristic": "error",
  // Unhelpful and unkind, but not a reason to hold the feedback back on its own.
  "personal-judgement": "warning",
  vague: "warning",
};

export const ruleTitles: Record<LintRule, string> = {
  "outcome-first": "Outcome first",
  "protected-characteristic": "Protected characteristic",
  "personal-judgement": "About the person",
  vague: "Vague",
};
