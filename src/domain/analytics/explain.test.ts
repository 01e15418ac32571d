import { describe, expect, it } from "vitest";
import { explainCalibration } from "./explain.js";
import type { InterviewerReport } from "./types.js";

function reportWith(calibration: Partial<InterviewerReport["calibration"]>): InterviewerReport {
  return {
    id: "i",
    externalId: null,
    name: "Ada",
    interviews: 40,
    calibration: {
      bias: null,
      interval: null,
      intervalLevel: 0.95,
      label: "insufficient_data",
      evidence: 0,
      ...calibration,
    },
    candidateExperience: { score: 2.64, ratings: 12, returnRate: 0.4, returnEligible: 20 },
  };
}

describe("explaining calibration to the interviewer", () => {
  it("too strict: says candidates do better later than the scores predict, by how much, and what to change", () => {
    const text = explainCalibration(
      reportWith({ bias: -0.34, interval: [-0.55, -0.12], label: "too_strict", evidence: 35 }),
    );
    expect(text.headline).toBe(
      "Your candidates do better in later interviews than your scores predict: you may be too strict.",
    );
    expect(text.paragraphs[0]).toContain("about 0.3 points lower on the 1-4 scale");
    expect(text.paragraphs[0]).toContain("between -0.55 and -0.12 (95% interval)");
    expect(text.paragraphs[0]).toContain("based on 35 interviews");
    expect(text.paragraphs[1]).toMatch(/^What to change/);
    expect(text.paragraphs[2]).toContain("2.6 out of 4 (from 12 ratings");
    expect(text.paragraphs[2]).toContain("40% of your candidates interviewed again within 90 days");
    expect(text.paragraphs[2]).toContain("neither too strict nor too lenient");
  });

  it("too lenient and calibrated have their own wording", () => {
    expect(
      explainCalibration(reportWith({ bias: 0.3, interval: [0.1, 0.5], label: "too_lenient", evidence: 30 })).headline,
    ).toMatch(/do worse in later interviews than your scores predict: you may be too lenient/);
    const calibrated = explainCalibration(
      reportWith({ bias: 0.02, interval: [-0.2, 0.24], label: "calibrated", evidence: 30 }),
    );
    expect(calibrated.headline).toMatch(/well calibrated/);
    expect(calibrated.paragraphs.join(" ")).not.toContain("neither too strict nor too lenient");
  });

  it("insufficient data: says how many more interviews with later outcomes are needed", () => {
    const text = explainCalibration(
      reportWith({ bias: 0.1, interval: [-0.4, 0.6], label: "insufficient_data", evidence: 3 }),
    );
    expect(text.headline).toBe("Not enough evidence yet to say whether your scores run high or low.");
    expect(text.paragraphs[0]).toContain("Only 3 interviews of yours have been followed by later real interviews");
    expect(text.paragraphs[0]).toContain("about 7 more interviews with later outcomes are needed");
    expect(explainCalibration(reportWith({ evidence: 0 })).paragraphs[0]).toMatch(/^None of your candidates/);
  });
});
