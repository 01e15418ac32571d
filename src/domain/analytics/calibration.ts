// Interviewer calibration (spec/analytics.md, "Interviewers"): does this interviewer score candidates higher
// or lower than their LATER real interviews support? The method and its reasons: docs/calibration.md.
//
// 1. For each assessed interview, the candidate's later outcomes give a pass share, weighted toward outcomes
//    soon after (calibration-evidence.ts), de-noised by regression calibration (ability-from-outcomes.ts).
// 2. overall = β·(ability, days to the outcomes, interviews in between, earlier interviews) + a_j + ε, with the
//    slopes β estimated WITHIN interviewers, so that who an interviewer is sent (strong candidates, or
//    candidates early in their practice) cannot leak into the slopes.
// 3. The interviewer offsets a_j are then treated as random effects, a_j = μ + u_j, u_j ~ N(0, τ²), fitted by
//    EM: u_j's posterior mean is the shrunk `bias` (score points on the 1-4 scale, > 0 = too lenient) and its
//    posterior variance gives the interval. Because u is centred on the population, a trend that lifts every
//    later outcome (practice) moves μ, not the interviewers.

import { estimateAbility } from "./ability-from-outcomes.js";
import { collectOutcomeEvidence } from "./calibration-evidence.js";
import { column, matrixFromColumns, rowDot } from "./matrix.js";
import { fitRandomIntercept } from "./random-intercept-model.js";
import { Z95 } from "./stats.js";
import type { AnalyticsInput, InterviewerReport } from "./types.js";
import { withinGroupSlopes } from "./within-regression.js";

export const CALIBRATION_SETTINGS = {
  /** An outcome this many days after the interview weighs half as much as one right after it. */
  outcomeHalfLifeDays: 90,
  /** Fewer interviews with later outcomes than this: `insufficient_data`, whatever the estimate. */
  minEvidence: 10,
  intervalLevel: 0.95,
  z: Z95,
};

export type CalibrationSettings = typeof CALIBRATION_SETTINGS;

export type Calibration = InterviewerReport["calibration"];

export interface CalibrationResult {
  byInterviewer: Map<string, Calibration>;
  /** Fitted model, for the documentation and for diagnostics. */
  model: {
    rows: number;
    slopes: { ability: number; gapMonths: number; interveningInterviews: number; logPriorInterviews: number };
    residualVariance: number;
    interviewerVariance: number;
  } | null;
}

export function computeCalibration(
  input: AnalyticsInput,
  settings: CalibrationSettings = CALIBRATION_SETTINGS,
): CalibrationResult {
  const groupIndex = new Map<string, number>();
  for (const interviewer of input.interviewers) groupIndex.set(interviewer.id, groupIndex.size);
  for (const interview of input.interviews) {
    if (!groupIndex.has(interview.interviewerId)) groupIndex.set(interview.interviewerId, groupIndex.size);
  }
  const groupCount = groupIndex.size;
  const evidence = collectOutcomeEvidence(input.interviews, input.outcomes, settings.outcomeHalfLifeDays);
  const n = evidence.rows;
  const groupOf = new Int32Array(n);
  evidence.interviews.forEach((interview, i) => {
    groupOf[i] = groupIndex.get(interview.interviewerId) as number;
  });
  // Practice and timing: how far (in months and in interviews) the outcomes are from the interview, and how
  // far into their sequence of interviews the candidate was.
  const timingColumns = [
    evidence.meanGapDays.map((days) => days / 30),
    evidence.interveningInterviews,
    evidence.priorInterviews.map(Math.log1p),
  ];
  const ability = estimateAbility(evidence, matrixFromColumns(timingColumns, n), groupOf, groupCount);
  const covariates = matrixFromColumns([ability, ...timingColumns], n);
  const y = column(evidence.interviews, (interview) => interview.overall as number);
  const slopes = withinGroupSlopes(covariates, y, groupOf, groupCount);
  const fit = slopes
    ? fitRandomIntercept(
        matrixFromColumns([new Float64Array(n).fill(1)], n),
        y.map((value, i) => value - rowDot(covariates, i, slopes)),
        groupOf,
        groupCount,
      )
    : null;

  const evidenceCounts = new Int32Array(groupCount);
  for (const g of groupOf) evidenceCounts[g] = (evidenceCounts[g] as number) + 1;
  const byInterviewer = new Map<string, Calibration>();
  for (const interviewer of input.interviewers) {
    const g = groupIndex.get(interviewer.id) as number;
    byInterviewer.set(interviewer.id, describe(evidenceCounts[g] as number, fit?.groups[g] ?? null, settings));
  }
  return {
    byInterviewer,
    model:
      fit && slopes
        ? {
            rows: n,
            slopes: {
              ability: slopes[0] as number,
              gapMonths: slopes[1] as number,
              interveningInterviews: slopes[2] as number,
              logPriorInterviews: slopes[3] as number,
            },
            residualVariance: fit.residualVariance,
            interviewerVariance: fit.groupVariance,
          }
        : null,
  };
}

function describe(
  evidence: number,
  posterior: { mean: number; variance: number } | null,
  { intervalLevel, minEvidence, z }: CalibrationSettings,
): Calibration {
  if (evidence === 0 || posterior === null) {
    return { bias: null, interval: null, intervalLevel, label: "insufficient_data", evidence };
  }
  const halfWidth = z * Math.sqrt(posterior.variance);
  const interval: [number, number] = [posterior.mean - halfWidth, posterior.mean + halfWidth];
  let label: Calibration["label"] = "calibrated";
  if (evidence < minEvidence) label = "insufficient_data";
  else if (interval[0] > 0) label = "too_lenient";
  else if (interval[1] < 0) label = "too_strict";
  return { bias: posterior.mean, interval, intervalLevel, label, evidence };
}
