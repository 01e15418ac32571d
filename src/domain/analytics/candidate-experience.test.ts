import { describe, expect, it } from "vitest";
import { computeCalibrationCurve } from "./calibration-curve.js";
import { computeCandidateExperience, RATING_PRIOR_WEIGHT } from "./candidate-experience.js";
import { DAY, interview, T0 } from "./test-builders.js";
import type { InterviewerReport } from "./types.js";

describe("candidate experience", () => {
  it("shrinks the mean wouldReturn toward the organisation's mean with a prior weight of 5 ratings", () => {
    const interviews = [
      ...[4, 4, 4].map((wouldReturn) => interview({ interviewerId: "a", wouldReturn })),
      ...[2, 2, 2, 2, 2, 2, 2].map((wouldReturn) => interview({ interviewerId: "b", wouldReturn })),
      interview({ interviewerId: "c", wouldReturn: null }),
    ];
    const experience = computeCandidateExperience(interviews);
    const organisationMean = (3 * 4 + 7 * 2) / 10;
    expect(RATING_PRIOR_WEIGHT).toBe(5);
    expect(experience.get("a")?.score).toBeCloseTo((12 + 5 * organisationMean) / 8, 12);
    expect(experience.get("a")?.ratings).toBe(3);
    expect(experience.get("b")?.score).toBeCloseTo((14 + 5 * organisationMean) / 12, 12);
    expect(experience.get("c")).toMatchObject({ score: null, ratings: 0 });
  });

  it("return rate: another interview of the same candidate within 90 days, among interviews 90+ days before the last", () => {
    const at = (days: number) => T0 + days * DAY;
    const interviews = [
      interview({ interviewerId: "a", candidateId: "x", startedAt: at(0) }), // x back at day 30 (with b): returned
      interview({ interviewerId: "b", candidateId: "x", startedAt: at(30) }), // x back at day 200: not within 90
      interview({ interviewerId: "a", candidateId: "x", startedAt: at(200) }), // 100 days before the last: eligible, not back
      interview({ interviewerId: "a", candidateId: "y", startedAt: at(10) }), // y back at day 100 exactly: returned
      interview({ interviewerId: "b", candidateId: "y", startedAt: at(100) }), // y never again: not returned
      interview({ interviewerId: "a", candidateId: "z", startedAt: at(250) }), // 50 days before the last: not eligible
      interview({ interviewerId: "b", candidateId: "z", startedAt: at(300) }), // the last interview: not eligible
    ];
    const experience = computeCandidateExperience(interviews);
    expect(experience.get("a")).toMatchObject({ returnEligible: 3, returnRate: 2 / 3 });
    expect(experience.get("b")).toMatchObject({ returnEligible: 2, returnRate: 0 });
  });
});

describe("calibration curve", () => {
  const reported = (bias: number | null, score: number | null, label = "calibrated"): InterviewerReport => ({
    id: `i${Math.random()}`,
    externalId: null,
    name: "x",
    interviews: 10,
    calibration: {
      bias,
      interval: null,
      intervalLevel: 0.95,
      label: label as InterviewerReport["calibration"]["label"],
      evidence: 20,
    },
    candidateExperience: { score, ratings: 5, returnRate: null, returnEligible: 0 },
  });

  it("puts interviewers with evidence into 7 equal-width bins symmetric about 0", () => {
    const curve = computeCalibrationCurve([
      reported(-0.7, 2),
      reported(-0.05, 3.5),
      reported(0.05, 3.3),
      reported(0.7, 2.4, "too_lenient"),
      reported(0.69, null, "too_lenient"),
      reported(3, 1, "insufficient_data"), // left out, and does not stretch the range
    ]);
    expect(curve).toHaveLength(7);
    expect(curve[0]?.from).toBeCloseTo(-0.7, 12);
    expect(curve[6]?.to).toBeCloseTo(0.7, 12);
    expect(curve.map((bin) => bin.interviewers)).toEqual([1, 0, 0, 2, 0, 0, 2]);
    expect(curve[3]?.meanCandidateExperience).toBeCloseTo(3.4, 12);
    expect(curve[6]?.meanCandidateExperience).toBeCloseTo(2.4, 12);
    expect(curve[1]?.meanCandidateExperience).toBeNull();
  });

  it("is empty when no interviewer has enough evidence", () => {
    expect(computeCalibrationCurve([reported(0.1, 3, "insufficient_data")])).toEqual([]);
  });
});
