import { describe, expect, it } from "vitest";
import {
  median,
  newcombeDifferenceInterval,
  sampleStandardDeviation,
  solveSymmetric,
  spearman,
  wilsonInterval,
} from "./stats.js";

describe("median", () => {
  it("takes the middle value of an odd count, the mean of the two middle values of an even count", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
    expect(median([])).toBeNull();
  });
});

describe("sample standard deviation", () => {
  it("divides by n - 1", () => {
    // Mean 5, squared deviations 9+1+1+1+0+0+4+16 = 32, / 7.
    expect(sampleStandardDeviation([2, 4, 4, 4, 5, 5, 7, 9])).toBeCloseTo(Math.sqrt(32 / 7), 12);
    expect(sampleStandardDeviation([3])).toBeNull();
  });
});

describe("Wilson and Newcombe intervals (Newcombe 1998's worked examples)", () => {
  it("Wilson: 81/263 gives 0.2553 to 0.3662", () => {
    const [low, high] = wilsonInterval(81, 263);
    expect(low).toBeCloseTo(0.2553, 4);
    expect(high).toBeCloseTo(0.3662, 4);
  });

  it("Newcombe's hybrid score interval: 56/70 - 48/80 = 0.2, 95% CI 0.0524 to 0.3339", () => {
    const [low, high] = newcombeDifferenceInterval(56, 70, 48, 80);
    expect(low).toBeCloseTo(0.0524, 4);
    expect(high).toBeCloseTo(0.3339, 4);
  });

  it("stays inside [-1, 1] at the extremes: 10/10 - 0/10", () => {
    const [low, high] = newcombeDifferenceInterval(10, 10, 0, 10);
    expect(low).toBeGreaterThan(0.5);
    expect(high).toBeLessThanOrEqual(1);
  });
});

describe("helpers", () => {
  it("Spearman's correlation uses average ranks", () => {
    expect(spearman([1, 2, 3, 4], [10, 20, 30, 40])).toBeCloseTo(1, 12);
    expect(spearman([1, 2, 3, 4], [4, 3, 2, 1])).toBeCloseTo(-1, 12);
    expect(spearman([1, 2, 2, 3], [1, 2, 3, 4])).toBeCloseTo(0.9486833, 6);
  });

  it("solves a symmetric positive-definite system", () => {
    const x = solveSymmetric(
      [
        [4, 2],
        [2, 3],
      ],
      [10, 8],
    );
    expect(x?.[0]).toBeCloseTo(1.75, 12);
    expect(x?.[1]).toBeCloseTo(1.5, 12);
  });
});
