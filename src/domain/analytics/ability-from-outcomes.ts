// How able each candidate was, as shown by their later outcomes, with the noise of a handful of pass/fail
// results taken out. A raw pass share from two or three outcomes is mostly noise; regressing a score on it
// would flatten the slope (errors in variables) and make interviewers who see strong candidates look lenient
// and those who see weak ones look strict. So each share is replaced by its expected true value given
// everything else the score model conditions on (regression calibration): shrunk toward what is typical for
// the same interviewer's candidates at the same point in their practice, because that is the right prior
// when candidates are neither spread evenly over interviewers nor interviewed at the same stage.
import type { OutcomeEvidence } from "./calibration-evidence.js";
import { type Matrix, rowDot } from "./matrix.js";
import { withinGroupSlopes } from "./within-regression.js";

const FLOOR = 1e-4;

/**
 * Per evidence row, the expected true later pass rate. Row i of `timing` holds the row's practice and
 * timing covariates (the same ones the score model uses).
 */
export function estimateAbility(
  evidence: OutcomeEvidence,
  timing: Matrix,
  groupOf: ArrayLike<number>,
  groupCount: number,
): Float64Array {
  const n = evidence.rows;
  if (n === 0) return new Float64Array(0);
  const shares = evidence.passShare;
  const effective = evidence.effectiveOutcomes;
  const populationMean = shares.reduce((a, b) => a + b, 0) / n;
  const meanInverseCount = effective.reduce((total, count) => total + 1 / count, 0) / n;
  const observedVariance = shares.reduce((total, share) => total + (share - populationMean) ** 2, 0) / (n - 1 || 1);
  // Var(share) = v + E[p(1-p)]/n_eff and E[p(1-p)] = M(1-M) - v: the method of moments gives v, the variance
  // of true pass rates, and with it the binomial noise of one outcome.
  const bernoulli = populationMean * (1 - populationMean);
  const trueVariance =
    meanInverseCount < 1
      ? Math.max((observedVariance - bernoulli * meanInverseCount) / (1 - meanInverseCount), FLOOR)
      : FLOOR;
  const noisePerOutcome = Math.max(bernoulli - trueVariance, FLOOR);

  // The prior for each row: its interviewer's candidates' (shrunk) mean plus the timing effects.
  const timingSlopes = withinGroupSlopes(timing, shares, groupOf, groupCount) ?? new Array<number>(timing.cols).fill(0);
  const adjusted = shares.map((share, i) => share - rowDot(timing, i, timingSlopes));
  const poolMeans = shrunkGroupMeans(adjusted, groupOf, groupCount, trueVariance + noisePerOutcome * meanInverseCount);
  const priors = adjusted.map((_, i) => (poolMeans[groupOf[i] as number] as number) + rowDot(timing, i, timingSlopes));

  // What the prior leaves unexplained, net of noise, is the true spread around it.
  let residualVariance = 0;
  for (let i = 0; i < n; i++) residualVariance += ((shares[i] as number) - (priors[i] as number)) ** 2;
  residualVariance /= n;
  const spreadAroundPrior = Math.max(residualVariance - noisePerOutcome * meanInverseCount, FLOOR);
  return priors.map((prior, i) => {
    const reliability = spreadAroundPrior / (spreadAroundPrior + noisePerOutcome / (effective[i] as number));
    return prior + reliability * ((shares[i] as number) - prior);
  });
}

/** Each group's mean, shrunk toward the overall mean by how many rows it rests on (moment estimates). */
function shrunkGroupMeans(
  values: Float64Array,
  groupOf: ArrayLike<number>,
  groupCount: number,
  rowVariance: number,
): number[] {
  const sums = new Array<number>(groupCount).fill(0);
  const counts = new Array<number>(groupCount).fill(0);
  values.forEach((value, i) => {
    const g = groupOf[i] as number;
    sums[g] = (sums[g] as number) + value;
    counts[g] = (counts[g] as number) + 1;
  });
  const overall = values.reduce((a, b) => a + b, 0) / Math.max(values.length, 1);
  // Between-group variance: spread of group means beyond what sampling alone would give.
  let excess = 0;
  let groups = 0;
  for (let g = 0; g < groupCount; g++) {
    const count = counts[g] as number;
    if (count === 0) continue;
    excess += ((sums[g] as number) / count - overall) ** 2 - rowVariance / count;
    groups++;
  }
  const betweenVariance = Math.max(excess / Math.max(groups, 1), 0);
  return counts.map((count, g) => {
    if (count === 0 || betweenVariance === 0) return overall;
    const weight = betweenVariance / (betweenVariance + rowVariance / count);
    return overall + weight * ((sums[g] as number) / count - overall);
  });
}
