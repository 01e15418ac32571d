// Per-question benchmarks (spec/analytics.md, "Questions"): what strong performance looks like, from the
// organisation's own assessed interviews, so feedback can compare a candidate with it.
import { describeBenchmarks, MIN_INTERVIEWS_FOR_FIGURE } from "./benchmark-summary.js";
import { median } from "./stats.js";
import type { InterviewFacts, LayerBenchmark, QuestionFacts, QuestionReport, Tier } from "./types.js";

export { MIN_INTERVIEWS_FOR_FIGURE };

const TIERS: readonly Tier[] = ["low", "mid", "top"];

export function tierOf(overall: number): Tier {
  if (overall >= 4) return "top";
  return overall >= 3 ? "mid" : "low";
}

/** `interviews` are those of this question (others are ignored); only assessed ones have a tier. */
export function computeQuestionBenchmarks(
  question: QuestionFacts,
  interviews: readonly InterviewFacts[],
): QuestionReport {
  const own = interviews.filter((interview) => interview.questionId === question.id);
  const byTier: Record<Tier, InterviewFacts[]> = { low: [], mid: [], top: [] };
  for (const interview of own) {
    if (interview.overall !== null) byTier[tierOf(interview.overall)].push(interview);
  }
  const top = byTier.top;
  const layers: LayerBenchmark[] = question.layers.map((title, index) => {
    const minutes = top.flatMap((interview) => {
      const seconds = interview.layerCompletedSec[index];
      return seconds === null || seconds === undefined ? [] : [seconds / 60];
    });
    return { layer: index + 1, title, topMedianMinutes: thresholdedMedian(minutes), topCompleted: minutes.length };
  });
  const codingStarts = top.flatMap((interview) =>
    interview.codingStartedSec === null ? [] : [interview.codingStartedSec / 60],
  );
  const perTier = (figure: (interview: InterviewFacts) => number) =>
    Object.fromEntries(TIERS.map((tier) => [tier, thresholdedMedian(byTier[tier].map(figure))])) as Record<
      Tier,
      number | null
    >;
  const benchmarks = {
    layers,
    medianHintsByTier: perTier((interview) => interview.hintCount),
    medianLayersByTier: perTier(countLayersCompleted),
    topMedianCodingStartMinutes: thresholdedMedian(codingStarts),
    interviewsByTier: { low: byTier.low.length, mid: byTier.mid.length, top: top.length },
  };
  return {
    id: question.id,
    externalId: question.externalId,
    title: question.title,
    interviews: own.length,
    benchmarks: { ...benchmarks, summary: describeBenchmarks(benchmarks) },
  };
}

/** Distinct layers completed: `layerCompletedSec` already holds one entry per layer. */
function countLayersCompleted(interview: InterviewFacts): number {
  return interview.layerCompletedSec.filter((seconds) => seconds !== null && seconds !== undefined).length;
}

function thresholdedMedian(values: readonly number[]): number | null {
  return values.length < MIN_INTERVIEWS_FOR_FIGURE ? null : median(values);
}
