// The line above the side-by-side view. Candidates are more often harder on themselves than their
// interviewer was; saying that it is common is part of what makes the comparison land.
import type { ComparisonResponse } from "../../features/candidate-portal/schemas";

type Summary = ComparisonResponse["summary"];
type Verdict = ComparisonResponse["points"][number]["verdict"];

export const verdictLabels: Record<Verdict, string> = {
  agree: "You agree",
  harder: "You were harder on yourself than the interviewer",
  easier: "You were easier on yourself",
  unanswered: "You did not answer this one",
};

const points = (count: number) => (count === 1 ? "point" : "points");

export function comparisonSummary(summary: Summary): string {
  const total = summary.agree + summary.harder + summary.easier + summary.unanswered;
  if (total === 0) return "There is nothing to compare yet.";
  if (summary.agree === total) return "You and your interviewer agree on every point.";
  const sentences: string[] = [];
  if (summary.harder > 0) {
    sentences.push(
      `On ${summary.harder} of ${total} ${points(total)} you were harder on yourself than your interviewer — that is common.`,
    );
  }
  if (summary.easier > 0) {
    sentences.push(
      summary.harder > 0
        ? `On ${summary.easier} you were easier on yourself.`
        : `On ${summary.easier} of ${total} ${points(total)} you were easier on yourself than your interviewer.`,
    );
  }
  if (summary.agree > 0) sentences.push(`You agree on ${summary.agree}.`);
  if (summary.unanswered > 0) sentences.push(`You left ${summary.unanswered} unanswered.`);
  return sentences.join(" ");
}
