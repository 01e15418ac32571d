// The feedback linter: every rule over one reading of the text, overlapping findings of a rule merged,
// sorted by where they start. Pure and synchronous, so the editor runs it in the browser as the
// interviewer types, and the API and the CLI give the same answer for the same text.
import { readDocument } from "./document.js";
import { outcomeFirst } from "./outcome-first.js";
import { personalJudgement } from "./personal-judgement.js";
import { protectedCharacteristic } from "./protected-characteristic.js";
import { type LintFinding, lintRules, ruleSeverity } from "./types.js";
import { vague } from "./vague.js";

const rules = [outcomeFirst, protectedCharacteristic, personalJudgement, vague];

export function lintFeedback(text: string): LintFinding[] {
  const doc = readDocument(text);
  const findings = rules.flatMap((rule) => rule(doc));
  return mergeOverlaps(findings).sort(
    (a, b) => a.start - b.start || a.end - b.end || lintRules.indexOf(a.rule) - lintRules.indexOf(b.rule),
  );
}

/**
 * Two phrases of one rule often match the same words ("did a good job" and "good job"): the rule reports
 * them once, over both, with the message of the one that starts first (the longest, when both start together).
 */
function mergeOverlaps(findings: LintFinding[]): LintFinding[] {
  const merged: LintFinding[] = [];
  for (const rule of lintRules) {
    const group = findings.filter((f) => f.rule === rule).sort((a, b) => a.start - b.start || b.end - a.end);
    let current: LintFinding | undefined;
    for (const finding of group) {
      if (current && finding.start < current.end) {
        if (finding.end > current.end) current.end = finding.end;
        continue;
      }
      current = { ...finding };
      merged.push(current);
    }
  }
  return merged;
}

/** Whether the findings hold release back (until someone overrides them with a written reason). */
export const hasErrors = (findings: readonly LintFinding[]) =>
  findings.some((f) => f.severity === "error" || ruleSeverity[f.rule] === "error");
