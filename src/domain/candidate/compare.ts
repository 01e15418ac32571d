// The candidate's view of their interview beside the interviewer's, point by point. Candidates are more
// often harder on themselves than the interviewer was (spec/analytics.md: underrating), and saying so,
// with the interviewer's reason, is much of what makes feedback land.
import type { ScoreDimension } from "../feedback/assessment.js";
import type { ReleasedView } from "../feedback/released-view.js";

export type Verdict = "agree" | "harder" | "easier" | "unanswered";

export interface ComparisonPoint {
  /** A score dimension's id, "overall", or "passed". */
  id: string;
  label: string;
  verdict: Verdict;
  candidate: number | boolean | null;
  /** The interviewer's side, or null when the organisation's policy does not share it. */
  interviewer: number | boolean | null;
  reason: string | null;
}

export interface SelfView {
  scores: Record<string, number>;
  overall: number | null;
  thinksPassed: boolean | null;
}

/** "harder": the candidate scored themselves below the interviewer's score. */
export function verdictOf(candidate: number | null | undefined, interviewer: number): Verdict {
  if (candidate === null || candidate === undefined) return "unanswered";
  if (candidate === interviewer) return "agree";
  return candidate < interviewer ? "harder" : "easier";
}

function passedVerdict(thinksPassed: boolean | null, advanced: boolean): Verdict {
  if (thinksPassed === null) return "unanswered";
  if (thinksPassed === advanced) return "agree";
  return advanced ? "harder" : "easier";
}

export function compareViews(self: SelfView, released: ReleasedView): ComparisonPoint[] {
  const { policy } = released;
  const shown = (value: number) => (policy.includeScores ? value : null);
  const dimensions: ScoreDimension[] = released.dimensions.filter((d) => released.scores[d.id] !== undefined);
  const points: ComparisonPoint[] = dimensions.map((dimension) => {
    const interviewer = released.scores[dimension.id] as number;
    return {
      id: dimension.id,
      label: dimension.label,
      verdict: verdictOf(self.scores[dimension.id], interviewer),
      candidate: self.scores[dimension.id] ?? null,
      interviewer: shown(interviewer),
      reason: released.reasons[dimension.id]?.trim() || null,
    };
  });
  points.push({
    id: "overall",
    label: "Overall",
    verdict: verdictOf(self.overall, released.overall),
    candidate: self.overall,
    interviewer: shown(released.overall),
    reason: released.reasons.overall?.trim() || null,
  });
  // Whether they passed is compared only where the organisation shares the outcome: otherwise the
  // comparison itself would tell it.
  if (policy.includeOutcome) {
    points.push({
      id: "passed",
      label: "Did you pass?",
      verdict: passedVerdict(self.thinksPassed, released.advance),
      candidate: self.thinksPassed,
      interviewer: released.advance,
      reason: null,
    });
  }
  return points;
}

export function summarizeComparison(points: readonly ComparisonPoint[]): Record<Verdict, number> {
  const counts: Record<Verdict, number> = { agree: 0, harder: 0, easier: 0, unanswered: 0 };
  for (const point of points) counts[point.verdict] += 1;
  return counts;
}
