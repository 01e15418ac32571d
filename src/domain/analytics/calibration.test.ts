import { describe, expect, it } from "vitest";
import { CALIBRATION_SETTINGS, computeCalibration } from "./calibration.js";
import { matrixFromColumns } from "./matrix.js";
import { fitRandomIntercept } from "./random-intercept-model.js";
import { mean, spearman } from "./stats.js";
import { DAY, interview, T0 } from "./test-builders.js";
import { generateOrganisation, seededRandom } from "./test-data.js";
import type { AnalyticsInput } from "./types.js";

describe("calibration on synthetic data with planted strictness (practice, uneven assignment, screeners)", () => {
  // Three seeds, so that a pass is not luck of one draw.
  for (const seed of [11, 12, 13]) {
    describe(`seed ${seed}`, () => {
      const { input, planted } = generateOrganisation({ seed });
      const { byInterviewer } = computeCalibration(input);
      const judged = [...byInterviewer].filter(([, c]) => c.label !== "insufficient_data");
      const severityOf = (id: string) => planted.get(id)?.severity as number;
      const biasOf = (id: string) => byInterviewer.get(id)?.bias as number;

      it("ranks interviewers like the planted leniency (Spearman > 0.85)", () => {
        const rho = spearman(
          judged.map(([id]) => -severityOf(id)),
          judged.map(([id]) => biasOf(id)),
        );
        expect(rho).toBeGreaterThan(0.85);
      });

      it("labels clearly strict and lenient interviewers right, and never the wrong way round", () => {
        // "Clearly": planted at least 0.5 from the average interviewer (the bias is relative to the organisation).
        const centre = mean(judged.map(([id]) => severityOf(id))) as number;
        let right = 0;
        let clear = 0;
        for (const [id, c] of judged) {
          const offset = severityOf(id) - centre;
          if (Math.abs(offset) <= 0.5) continue;
          clear++;
          if (c.label === (offset > 0 ? "too_strict" : "too_lenient")) right++;
          expect(c.label).not.toBe(offset > 0 ? "too_lenient" : "too_strict");
        }
        expect(clear).toBeGreaterThan(5);
        expect(right / clear).toBeGreaterThan(0.8);
      });

      it("is not fooled by practice or by who is sent strong candidates: no group shifted", () => {
        const ids = judged.map(([id]) => id);
        const strong = ids.filter((id) => planted.get(id)?.seesStrongCandidates === true);
        const screeners = ids.filter((id) => planted.get(id)?.screener === true);
        expect(Math.abs(mean(ids.map(biasOf)) as number)).toBeLessThan(0.02);
        const shiftOf = groupShift(ids, (id) => -severityOf(id), biasOf);
        // The ceiling (a 4 is a 4) hides some strictness with very strong candidates: a small residual remains.
        expect(Math.abs(shiftOf(strong))).toBeLessThan(0.2);
        expect(Math.abs(shiftOf(screeners))).toBeLessThan(0.15);
        // The data has teeth: a plain mean score is shifted much more for the strong-candidate group.
        const naive = naiveMeanScores(input);
        const naiveShiftOf = groupShift(
          ids,
          (id) => -severityOf(id),
          (id) => naive.get(id) as number,
        );
        expect(naiveShiftOf(strong)).toBeGreaterThan(Math.abs(shiftOf(strong)) + 0.15);
      });

      it("does not label interviewers on thin evidence", () => {
        for (const c of byInterviewer.values()) {
          if (c.evidence < CALIBRATION_SETTINGS.minEvidence) expect(c.label).toBe("insufficient_data");
        }
        const few = [...planted].filter(([, p]) => p.fewInterviews).map(([id]) => byInterviewer.get(id));
        expect(few.length).toBeGreaterThan(0);
        for (const c of few) {
          // Shrunk toward the population, with a wide interval, and no verdict.
          expect(c?.label).toBe("insufficient_data");
          if (c?.interval) expect(c.interval[1] - c.interval[0]).toBeGreaterThan(0.6);
        }
      });
    });
  }

  it("practice alone makes nobody look strict: with strong improvement and no planted strictness, no labels", () => {
    const flat = generateFlat(21);
    const { byInterviewer } = computeCalibration(flat);
    const labels = [...byInterviewer.values()].map((c) => c.label);
    const flagged = labels.filter((label) => label === "too_strict" || label === "too_lenient").length;
    expect(flagged / labels.length).toBeLessThan(0.1);
  });
});

/**
 * How far a group's estimates sit from the straight line that relates all estimates to the planted truth:
 * a method fooled by something the group shares shows it as a shift.
 */
function groupShift(ids: string[], truth: (id: string) => number, estimate: (id: string) => number) {
  const xs = ids.map(truth);
  const ys = ids.map(estimate);
  const mx = mean(xs) as number;
  const my = mean(ys) as number;
  let sxy = 0;
  let sxx = 0;
  xs.forEach((x, i) => {
    sxy += (x - mx) * ((ys[i] as number) - my);
    sxx += (x - mx) ** 2;
  });
  const slope = sxy / sxx;
  return (group: string[]) => mean(group.map((id) => estimate(id) - my - slope * (truth(id) - mx))) as number;
}

/** Each interviewer's mean overall: what a method that ignores outcomes would call leniency. */
function naiveMeanScores(input: AnalyticsInput): Map<string, number> {
  const sums = new Map<string, [number, number]>();
  for (const { interviewerId, overall } of input.interviews) {
    if (overall === null) continue;
    const [total, count] = sums.get(interviewerId) ?? [0, 0];
    sums.set(interviewerId, [total + overall, count + 1]);
  }
  return new Map([...sums].map(([id, [total, count]]) => [id, total / count]));
}

/** A world with practice and uneven assignment but every interviewer perfectly calibrated. */
function generateFlat(seed: number): AnalyticsInput {
  const random = seededRandom(seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const interviewers = Array.from({ length: 40 }, (_, j) => ({ id: `i${j}`, externalId: null, name: `I${j}` }));
  const input: AnalyticsInput = {
    candidateCount: 0,
    interviewers,
    questions: [],
    interviews: [],
    outcomes: [],
    offers: [],
  };
  for (let c = 0; c < 2000; c++) {
    const talent = normal();
    let at = T0 + Math.floor(random() * 300) * DAY;
    for (let k = 0; k < 1 + Math.floor(random() * 6); k++) {
      const ability = talent + 0.6 * k;
      // Strong candidates mostly go to the first ten interviewers; first interviews to the last five.
      const j =
        k === 0 && random() < 0.5
          ? 35 + Math.floor(random() * 5)
          : talent > 0.5 && random() < 0.7
            ? Math.floor(random() * 10)
            : Math.floor(random() * 40);
      const latent = ability + 0.6 * normal();
      const overall = latent < -1 ? 1 : latent < 0 ? 2 : latent < 1 ? 3 : 4;
      input.interviews.push(interview({ candidateId: `c${c}`, interviewerId: `i${j}`, startedAt: at, overall }));
      if (random() < 0.7) {
        const passed = random() < 1 / (1 + Math.exp(-1.5 * (ability + 0.6)));
        input.outcomes.push({ candidateId: `c${c}`, at: at + (5 + Math.floor(random() * 60)) * DAY, passed });
      }
      at += (10 + Math.floor(random() * 40)) * DAY;
    }
  }
  input.candidateCount = 2000;
  return input;
}

describe("calibration details", () => {
  it("uses only outcomes AFTER the interview", () => {
    const base = [
      interview({ candidateId: "c", interviewerId: "a", startedAt: T0 + 10 * DAY, overall: 3 }),
      interview({ candidateId: "c", interviewerId: "a", startedAt: T0 + 20 * DAY, overall: 3 }),
    ];
    const input: AnalyticsInput = {
      candidateCount: 1,
      interviewers: [{ id: "a", externalId: null, name: "A" }],
      questions: [],
      interviews: base,
      outcomes: [
        { candidateId: "c", at: T0 + 5 * DAY, passed: true }, // before both: never counts
        { candidateId: "c", at: T0 + 15 * DAY, passed: true }, // after the first only
        { candidateId: "c", at: T0 + 20 * DAY, passed: true }, // at the second's start: not after it
      ],
      offers: [],
    };
    expect(computeCalibration(input).byInterviewer.get("a")).toMatchObject({
      evidence: 1,
      label: "insufficient_data",
    });
  });

  it("reports no bias at all for an interviewer with no evidence", () => {
    const input: AnalyticsInput = {
      candidateCount: 1,
      interviewers: [{ id: "a", externalId: null, name: "A" }],
      questions: [],
      interviews: [interview({ interviewerId: "a" })],
      outcomes: [],
      offers: [],
    };
    expect(computeCalibration(input).byInterviewer.get("a")).toEqual({
      bias: null,
      interval: null,
      intervalLevel: 0.95,
      label: "insufficient_data",
      evidence: 0,
    });
  });

  it("the random-intercept fit recovers its variance components", () => {
    const random = seededRandom(5);
    const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
    const groups = 300;
    const effects = Array.from({ length: groups }, () => 0.5 * normal());
    const y: number[] = [];
    const groupOf: number[] = [];
    const x: number[] = [];
    for (let g = 0; g < groups; g++) {
      for (let i = 0; i < 30; i++) {
        const xi = normal();
        x.push(xi);
        groupOf.push(g);
        y.push(1 + 2 * xi + (effects[g] as number) + normal());
      }
    }
    const n = y.length;
    const fit = fitRandomIntercept(matrixFromColumns([new Float64Array(n).fill(1), x], n), y, groupOf, groups);
    expect(fit?.coefficients[1]).toBeCloseTo(2, 1);
    expect(fit?.residualVariance).toBeCloseTo(1, 1);
    expect(Math.sqrt(fit?.groupVariance as number)).toBeGreaterThan(0.4);
    expect(Math.sqrt(fit?.groupVariance as number)).toBeLessThan(0.6);
    const rho = spearman(
      effects,
      (fit?.groups ?? []).map((group) => group.mean),
    );
    expect(rho).toBeGreaterThan(0.85);
  });
});
