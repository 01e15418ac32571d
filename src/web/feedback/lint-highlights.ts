// What the linted editor draws: the text cut into runs, each marked with the strongest finding over it, and
// findings carried across an edit until the linter has run on the new text.
import type { LintFinding, LintSeverity } from "../../domain/feedback/lint";

export interface Segment {
  start: number;
  end: number;
  text: string;
  /** The index (into the findings) of the finding drawn over this run, the most severe when several are. */
  finding?: number;
  severity?: LintSeverity;
}

const weight: Record<LintSeverity, number> = { error: 2, warning: 1 };

/** Cuts the text at every finding's start and end; runs outside any finding carry none. */
export function highlightSegments(text: string, findings: readonly LintFinding[]): Segment[] {
  const cuts = new Set([0, text.length]);
  for (const f of findings) {
    if (f.start < f.end && f.end <= text.length) {
      cuts.add(f.start);
      cuts.add(f.end);
    }
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    let strongest: number | undefined;
    findings.forEach((f, index) => {
      if (f.start <= start && end <= f.end && f.end <= text.length) {
        const current = strongest === undefined ? undefined : findings[strongest];
        if (!current || weight[f.severity] > weight[current.severity]) strongest = index;
      }
    });
    const finding = strongest === undefined ? undefined : findings[strongest];
    segments.push({ start, end, text: text.slice(start, end), finding: strongest, severity: finding?.severity });
  }
  return segments;
}

/**
 * The findings of `from` moved onto `to`, for the moment between a key press and the next lint: those before
 * the edited stretch stay, those after it move with the text, those it touches are dropped.
 */
export function rebaseFindings(from: string, to: string, findings: readonly LintFinding[]): LintFinding[] {
  if (from === to) return [...findings];
  let prefix = 0;
  while (prefix < from.length && prefix < to.length && from[prefix] === to[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < from.length - prefix &&
    suffix < to.length - prefix &&
    from[from.length - 1 - suffix] === to[to.length - 1 - suffix]
  )
    suffix++;
  const editedEnd = from.length - suffix;
  const shift = to.length - from.length;
  return findings.flatMap((f) => {
    if (f.end <= prefix) return [f];
    if (f.start >= editedEnd) return [{ ...f, start: f.start + shift, end: f.end + shift }];
    return [];
  });
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** "1 error and 2 warnings", "No findings": what the editor says, and what a screen reader hears. */
export function describeFindings(findings: readonly LintFinding[]): string {
  if (findings.length === 0) return "No findings";
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.length - errors;
  if (errors && warnings) return `${plural(errors, "error")} and ${plural(warnings, "warning")}`;
  return errors ? plural(errors, "error") : plural(warnings, "warning");
}

export const severityColor: Record<LintSeverity, string> = { error: "red", warning: "yellow" };
