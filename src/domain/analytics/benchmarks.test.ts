import { describe, expect, it } from "vitest";
import { computeQuestionBenchmarks, tierOf } from "./benchmarks.js";
import { interview } from "./test-builders.js";
import type { InterviewFacts, QuestionFacts } from "./types.js";

const question: QuestionFacts = {
  id: "q",
  externalId: "q-ext",
  title: "Two sum",
  layers: ["Brute force", "Linear time", "Input becomes a stream"],
};

function asked(overall: number, minutes: (number | null)[], extra: Partial<InterviewFacts> = {}): InterviewFacts {
  return interview({
    questionId: "q",
    overall,
    layerCompletedSec: minutes.map((m) => (m === null ? null : m * 60)),
    ...extra,
  });
}

describe("question benchmarks", () => {
  it("tiers: 1-2 low, 3 mid, 4 top", () => {
    expect([1, 2, 3, 4].map(tierOf)).toEqual(["low", "low", "mid", "top"]);
  });

  it("computes medians per tier and per layer, in minutes, with the even-count rule", () => {
    const interviews = [
      // Six top interviews: layer 1 at 10, 11, 12, 13, 14, 15 minutes (median 12.5); layer 2 in 5 of them.
      asked(4, [10, 20], { hintCount: 0, codingStartedSec: 240 }),
      asked(4, [11, 21], { hintCount: 0, codingStartedSec: 300 }),
      asked(4, [12, 22], { hintCount: 1, codingStartedSec: 360 }),
      asked(4, [13, 23], { hintCount: 0, codingStartedSec: 420 }),
      asked(4, [14, 24], { hintCount: 2, codingStartedSec: 480 }),
      asked(4, [15, null], { hintCount: 0, codingStartedSec: null }),
      // Five mid, four low (low figures: fewer than 5, so null).
      ...[1, 1, 2, 2, 3].map((hintCount) => asked(3, [15], { hintCount })),
      ...[3, 4, 4, 5].map((hintCount) => asked(2, [], { hintCount })),
      // Another question's interview and an unassessed one: ignored.
      asked(4, [1, 1, 1], { questionId: "other" }),
      asked(4, [1, 1, 1], { overall: null }),
    ];
    const report = computeQuestionBenchmarks(question, interviews);
    expect(report).toMatchObject({ id: "q", externalId: "q-ext", title: "Two sum", interviews: 16 });
    const b = report.benchmarks;
    expect(b.interviewsByTier).toEqual({ low: 4, mid: 5, top: 6 });
    expect(b.layers).toEqual([
      { layer: 1, title: "Brute force", topMedianMinutes: 12.5, topCompleted: 6 },
      { layer: 2, title: "Linear time", topMedianMinutes: 22, topCompleted: 5 },
      { layer: 3, title: "Input becomes a stream", topMedianMinutes: null, topCompleted: 0 },
    ]);
    expect(b.medianHintsByTier).toEqual({ low: null, mid: 2, top: 0 });
    expect(b.medianLayersByTier).toEqual({ low: null, mid: 1, top: 2 });
    expect(b.topMedianCodingStartMinutes).toBe(6); // 4, 5, 6, 7, 8 minutes
    expect(b.summary).toBe(
      "The strongest performers finish “Brute force” in about 13 minutes and “Linear time” by about 22 minutes; " +
        "too few have completed “Input becomes a stream” to time it. " +
        "They start coding after about 6 minutes and usually need no hints.",
    );
  });

  it("nulls every figure with fewer than 5 interviews behind it and says so in the summary", () => {
    const interviews = [1, 2, 3, 4].map(() => asked(4, [10, 20, 30], { codingStartedSec: 300 }));
    const b = computeQuestionBenchmarks(question, interviews).benchmarks;
    expect(b.layers.map((layer) => layer.topMedianMinutes)).toEqual([null, null, null]);
    expect(b.layers.map((layer) => layer.topCompleted)).toEqual([4, 4, 4]);
    expect(b.topMedianCodingStartMinutes).toBeNull();
    expect(b.medianHintsByTier.top).toBeNull();
    expect(b.summary).toBe(
      "There are only 4 top-scoring interviews of this question so far: too few to say how the strongest " +
        "performers do. Benchmarks appear once there are 5.",
    );
    expect(computeQuestionBenchmarks(question, []).benchmarks.summary).toMatch(/^There are no top-scoring/);
  });

  it("words hint counts naturally", () => {
    const interviews = [1, 1, 1, 2, 3].map((hintCount) => asked(4, [10, 20, 30], { hintCount }));
    expect(computeQuestionBenchmarks(question, interviews).benchmarks.summary).toBe(
      "The strongest performers finish “Brute force” in about 10 minutes, “Linear time” by about 20 minutes " +
        "and “Input becomes a stream” by about 30 minutes. They usually need about one hint.",
    );
  });
});
