// The benchmark summary: at most two sentences an interviewer can say to a candidate as they are, so it
// uses the layers' own titles and whole minutes, and says plainly when there is too little data.
import type { LayerBenchmark, QuestionReport } from "./types.js";

/** A figure with fewer interviews than this behind it is null: too little data to benchmark against. */
export const MIN_INTERVIEWS_FOR_FIGURE = 5;

type Benchmarks = Omit<QuestionReport["benchmarks"], "summary">;

export function describeBenchmarks(benchmarks: Benchmarks): string {
  const topCount = benchmarks.interviewsByTier.top;
  if (topCount < MIN_INTERVIEWS_FOR_FIGURE) {
    const howMany = topCount === 0 ? "no" : `only ${topCount}`;
    return (
      `There are ${howMany} top-scoring interviews of this question so far: too few to say how the strongest ` +
      `performers do. Benchmarks appear once there are ${MIN_INTERVIEWS_FOR_FIGURE}.`
    );
  }
  return [describeLayers(benchmarks.layers), describeHabits(benchmarks)].filter(Boolean).join(" ");
}

/** "The strongest performers finish “A” in about 10 minutes and “B” by about 16 minutes." */
function describeLayers(layers: readonly LayerBenchmark[]): string {
  const timed = layers.filter((layer) => layer.topMedianMinutes !== null);
  const untimed = layers.filter((layer) => layer.topMedianMinutes === null);
  const times = timed.map(
    (layer, index) =>
      `${quoted(layer)} ${index === 0 ? "in" : "by"} about ${minutes(layer.topMedianMinutes as number)}`,
  );
  const tooFew = untimed.length > 0 ? `too few have completed ${joinList(untimed.map(quoted), "or")} to time it` : "";
  if (times.length === 0) {
    return layers.length === 0 ? "" : `Of the strongest performers, ${tooFew}.`;
  }
  return `The strongest performers finish ${joinList(times, "and")}${tooFew ? `; ${tooFew}` : ""}.`;
}

/** "They start coding after about 6 minutes and usually need no hints." */
function describeHabits(benchmarks: Benchmarks): string {
  const clauses: string[] = [];
  if (benchmarks.topMedianCodingStartMinutes !== null) {
    clauses.push(`start coding after about ${minutes(benchmarks.topMedianCodingStartMinutes)}`);
  }
  const hints = benchmarks.medianHintsByTier.top;
  if (hints !== null) {
    const rounded = Math.round(hints);
    clauses.push(
      rounded === 0 ? "usually need no hints" : `usually need about ${rounded === 1 ? "one hint" : `${rounded} hints`}`,
    );
  }
  if (clauses.length === 0) return "";
  const subject = benchmarks.layers.length === 0 ? "The strongest performers" : "They";
  return `${subject} ${joinList(clauses, "and")}.`;
}

function minutes(value: number): string {
  const rounded = Math.max(1, Math.round(value));
  return rounded === 1 ? "1 minute" : `${rounded} minutes`;
}

function quoted(layer: LayerBenchmark): string {
  return `“${layer.title}”`;
}

function joinList(parts: readonly string[], conjunction: string): string {
  if (parts.length <= 1) return parts.join("");
  return `${parts.slice(0, -1).join(", ")} ${conjunction} ${parts[parts.length - 1]}`;
}
