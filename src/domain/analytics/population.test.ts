import { describe, expect, it } from "vitest";
import { computePopulation } from "./population.js";
import { emptyInput, interview, selfAssessed } from "./test-builders.js";
import type { OfferFacts } from "./types.js";

describe("population figures", () => {
  it("counts the organisation's interviews, candidates and interviewers", () => {
    const figures = computePopulation(
      emptyInput({
        candidateCount: 7,
        interviewers: [{ id: "a", externalId: null, name: "A" }],
        interviews: [interview(), interview({ overall: null, advance: null })],
      }),
    );
    expect(figures).toMatchObject({ interviews: 2, candidates: 7, interviewers: 1 });
  });

  it("underrate/overrate: candidates with 3+ self-assessed interviews, gap negative/positive in more than half", () => {
    const interviews = [
      // A: gaps -1, -1, +1 -> underrates (2 of 3).
      selfAssessed("A", 3, 2),
      selfAssessed("A", 3, 2),
      selfAssessed("A", 2, 3),
      // B: gaps -1, +1, 0, +1 -> 2 of 4 positive is not MORE than half: neither.
      selfAssessed("B", 3, 2),
      selfAssessed("B", 2, 3),
      selfAssessed("B", 3, 3),
      selfAssessed("B", 2, 3),
      // C: gaps +1, +2, +1 -> overrates.
      selfAssessed("C", 2, 3),
      selfAssessed("C", 1, 3),
      selfAssessed("C", 3, 4),
      // D: only 2 self-assessed interviews (a third has no self-assessment): not eligible.
      selfAssessed("D", 3, 1),
      selfAssessed("D", 3, 1),
      interview({ candidateId: "D" }),
      // E: 3 self-assessments, but one is unassessed and one has no overall: 1 with a gap, not eligible.
      selfAssessed("E", 3, 1),
      { ...selfAssessed("E", 3, 1), overall: null, advance: null },
      selfAssessed("E", 3, null),
    ];
    const figures = computePopulation(emptyInput({ interviews }));
    expect(figures.selfAssessmentEligible).toBe(3);
    expect(figures.underrateRate).toBeCloseTo(1 / 3, 12);
    expect(figures.overrateRate).toBeCloseTo(1 / 3, 12);
  });

  it("thinksFailedWhenPassed: among candidates advanced at least once with thinksPassed given", () => {
    const advanced = (candidateId: string, thinksPassed: boolean | null) =>
      interview({ candidateId, advance: true, hasSelfAssessment: true, selfOverall: 3, thinksPassed });
    const interviews = [
      advanced("A", false),
      advanced("A", false),
      advanced("A", true), // A: 2 of 3 -> thinks failed
      advanced("B", false),
      advanced("B", true), // B: 1 of 2 is not more than half
      advanced("C", true),
      advanced("D", null), // D: never said: not eligible
      interview({ candidateId: "E", advance: false, hasSelfAssessment: true, thinksPassed: false }), // not advanced
    ];
    const figures = computePopulation(emptyInput({ interviews }));
    expect(figures.thinksFailedEligible).toBe(3);
    expect(figures.thinksFailedWhenPassedRate).toBeCloseTo(1 / 3, 12);
  });

  it("consistentRate: sample sd of overall at most 0.5 among candidates with 3+ assessed interviews", () => {
    const scores = (candidateId: string, overalls: number[]) =>
      overalls.map((overall) => interview({ candidateId, overall }));
    const interviews = [
      ...scores("A", [3, 3, 3]), // sd 0
      ...scores("B", [3, 3, 3, 4]), // sd exactly 0.5: consistent
      ...scores("C", [3, 3, 4, 4]), // sd 0.577
      ...scores("D", [1, 4]), // only 2: not eligible
      interview({ candidateId: "A", overall: null, advance: null }), // unassessed: ignored
    ];
    const figures = computePopulation(emptyInput({ interviews }));
    expect(figures.consistencyEligible).toBe(3);
    expect(figures.consistentRate).toBeCloseTo(2 / 3, 12);
  });

  it("close rate with and without feedback, with Newcombe's interval for the difference", () => {
    const offers: OfferFacts[] = [];
    const add = (count: number, accepted: boolean, feedbackGiven: boolean) => {
      for (let i = 0; i < count; i++) offers.push({ candidateId: `c${offers.length}`, at: 0, accepted, feedbackGiven });
    };
    add(56, true, true);
    add(14, false, true);
    add(48, true, false);
    add(32, false, false);
    const { closeRate } = computePopulation(emptyInput({ offers }));
    expect(closeRate.withFeedback).toEqual({ offers: 70, accepted: 56, rate: 0.8 });
    expect(closeRate.withoutFeedback).toEqual({ offers: 80, accepted: 48, rate: 0.6 });
    expect(closeRate.difference).toBeCloseTo(0.2, 12);
    expect(closeRate.ci95?.[0]).toBeCloseTo(0.0524, 4);
    expect(closeRate.ci95?.[1]).toBeCloseTo(0.3339, 4);
  });

  it("says null, not 0, when nobody is eligible", () => {
    const figures = computePopulation(emptyInput());
    expect(figures.underrateRate).toBeNull();
    expect(figures.consistentRate).toBeNull();
    expect(figures.closeRate.difference).toBeNull();
    expect(figures.closeRate.ci95).toBeNull();
  });
});
