// The real sample file: the population figures must match what it was generated to have, the benchmarks the
// truth's per-question figures, and calibration must track the planted interviewer severity.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildAnalyticsReport } from "./report.js";
import { readHistory, SAMPLE_HISTORY, SAMPLE_TRUTH } from "./sample-history.fixture.js";
import { spearman } from "./stats.js";
import type { AnalyticsReport } from "./types.js";

interface Truth {
  interviews: number;
  candidates: number;
  interviewers: number;
  population: Record<string, number | Record<string, number>>;
  interviewerSeverity: Record<string, { severity: number; cx: number; interviews: number }>;
  questions: Record<
    string,
    {
      topMedianMinutesByLayer: number[];
      medianHintsByTier: Record<string, number>;
      medianLayersByTier: Record<string, number>;
      topMedianCodingStartMinutes: number;
    }
  >;
}

describe.skipIf(!SAMPLE_HISTORY || !SAMPLE_TRUTH)("the sample history", () => {
  const input = readHistory(SAMPLE_HISTORY as string);
  const truth = JSON.parse(readFileSync(SAMPLE_TRUTH as string, "utf8")) as Truth;
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const report: AnalyticsReport = buildAnalyticsReport(input, new Date("2026-01-01T00:00:00Z"));
  const wallMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  console.log(
    `buildAnalyticsReport on the sample (${input.interviews.length} interviews, ${input.outcomes.length} outcomes): ` +
      `${wallMs.toFixed(0)} ms wall, ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms CPU`,
  );

  it("has the truth's counts", () => {
    expect(report.population).toMatchObject({
      interviews: truth.interviews,
      candidates: truth.candidates,
      interviewers: truth.interviewers,
    });
  });

  it("matches every population figure by definition", () => {
    const p = report.population;
    const t = truth.population;
    for (const key of [
      "underrateRate",
      "overrateRate",
      "thinksFailedWhenPassedRate",
      "consistentRate",
      "selfAssessmentEligible",
      "thinksFailedEligible",
      "consistencyEligible",
    ] as const) {
      expect(p[key], key).toBeCloseTo(t[key] as number, 9);
    }
    const close = t.closeRate as Record<string, number>;
    expect(p.closeRate.withFeedback.rate).toBeCloseTo(close.withFeedback as number, 9);
    expect(p.closeRate.withoutFeedback.rate).toBeCloseTo(close.withoutFeedback as number, 9);
    expect(p.closeRate.withFeedback.offers).toBe(close.offersWithFeedback);
    expect(p.closeRate.withoutFeedback.offers).toBe(close.offersWithoutFeedback);
    const [low, high] = p.closeRate.ci95 ?? [Number.NaN, Number.NaN];
    expect(low).toBeLessThan(p.closeRate.difference as number);
    expect(high).toBeGreaterThan(p.closeRate.difference as number);
  });

  it("matches the truth's question benchmarks", () => {
    expect(report.questions.map((q) => q.id)).toEqual(Object.keys(truth.questions));
    for (const question of report.questions) {
      const expected = truth.questions[question.id];
      const b = question.benchmarks;
      expect(b.layers.map((layer) => layer.topMedianMinutes)).toEqual(
        expected?.topMedianMinutesByLayer.map((m) => expect.closeTo(m, 9)),
      );
      expect(b.medianHintsByTier).toEqual(expected?.medianHintsByTier);
      expect(b.medianLayersByTier).toEqual(expected?.medianLayersByTier);
      expect(b.topMedianCodingStartMinutes).toBeCloseTo(expected?.topMedianCodingStartMinutes as number, 9);
      expect(b.summary).toMatch(/^The strongest performers finish “/);
    }
  });

  it("calibration runs opposite to the planted severity", () => {
    const judged = report.interviewers.filter((i) => i.calibration.label !== "insufficient_data");
    const severity = (id: string) => truth.interviewerSeverity[id]?.severity as number;
    const rho = spearman(
      judged.map((i) => severity(i.id)),
      judged.map((i) => i.calibration.bias as number),
    ) as number;
    let right = 0;
    let labelled = 0;
    for (const i of judged) {
      if (i.calibration.label === "calibrated") continue;
      labelled++;
      if ((i.calibration.label === "too_strict") === severity(i.id) > 0) right++;
    }
    console.log(
      `calibration on the sample: Spearman(bias, severity) = ${rho.toFixed(3)} over ${judged.length} interviewers; ` +
        `${right} of ${labelled} strict/lenient labels point the planted way; ` +
        `${report.interviewers.length - judged.length} with insufficient data`,
    );
    expect(rho).toBeLessThan(-0.75);
    expect(right / labelled).toBeGreaterThan(0.95);
  });

  it("candidate experience tracks the planted experience, best in the middle of the calibration curve", () => {
    const rated = report.interviewers.filter((i) => i.candidateExperience.score !== null);
    const rho = spearman(
      rated.map((i) => truth.interviewerSeverity[i.id]?.cx as number),
      rated.map((i) => i.candidateExperience.score as number),
    ) as number;
    expect(rho).toBeGreaterThan(0.8);
    const curve = report.calibrationCurve;
    expect(curve.length).toBeGreaterThanOrEqual(5);
    const middle = curve[Math.floor(curve.length / 2)]?.meanCandidateExperience as number;
    expect(middle).toBeGreaterThan(curve[0]?.meanCandidateExperience as number);
    expect(middle).toBeGreaterThan(curve[curve.length - 1]?.meanCandidateExperience as number);
  });
});
