// How able each candidate was, as shown by their later outcomes, with the noise of a handful of pass/fail
// results taken out. A raw pass share from two or three outcomes is mostly noise; regressing a score on it
// would flatten the slope (errors in variables) and make interviewers who see strong candidates look lenient
// and those who see weak ones look strict. So each share is replaced by its expected true value given the
// data (regression calibration): shrunk toward the mean of the same interviewer's candidates, because that
// is the right prior when candidates are not spread evenly over interviewers.
import type { OutcomeEvidence } from "./calibration-evidence.js";

export interface AbilityEstimates {
  /** Per evidence row, the expected true later pass rate. */
  ability: number[];
  populationMean: number;
  /** Variance of true pass rates between candidates, net of binomial noise. */
  trueVariance: number;
}

export function estimateAbility(
  rows: readonly OutcomeEvidence[],
  groupOf: readonly number[],
  groupCount: number,
): AbilityEstimates {
  const n = rows.length;
  if (n === 0) return { ability: [], populationMean: 0, trueVariance: 0 };
  let shareSum = 0;
  let inverseCountSum = 0;
  for (const row of rows) {
    shareSum += row.passShare;
    inverseCountSum += 1 / row.effectiveOutcomes;
  }
  const populationMean = shareSum / n;
  const meanInverseCount = inverseCountSum / n;
  let observedVariance = 0;
  for (const row of rows) observedVariance += (row.passShare - populationMean) ** 2;
  observedVariance /= Math.max(n - 1, 1);
  // Var(share) = v + E[p(1-p)]/n_eff and E[p(1-p)] = M(1-M) - v, so v follows by the method of moments.
  const bernoulli = populationMean * (1 - populationMean);
  const floor = 1e-4;
  const trueVariance =
    meanInverseCount < 1
      ? Math.max((observedVariance - bernoulli * meanInverseCount) / (1 - meanInverseCount), floor)
      : floor;
  const noisePerOutcome = Math.max(bernoulli - trueVariance, floor);

  const poolMeans = shrunkPoolMeans(rows, groupOf, groupCount, populationMean, trueVariance, noisePerOutcome);
  const withinVariance = Math.max(trueVariance - poolMeans.betweenVariance, floor);
  const ability = rows.map((row, i) => {
    const prior = poolMeans.means[groupOf[i] as number] as number;
    const reliability = withinVariance / (withinVariance + noisePerOutcome / row.effectiveOutcomes);
    return prior + reliability * (row.passShare - prior);
  });
  return { ability, populationMean, trueVariance };
}

/** Each interviewer's candidates' mean share, shrunk toward the population by how many candidates it rests on. */
function shrunkPoolMeans(
  rows: readonly OutcomeEvidence[],
  groupOf: readonly number[],
  groupCount: number,
  populationMean: number,
  trueVariance: number,
  noisePerOutcome: number,
) {
  const sums = new Array<number>(groupCount).fill(0);
  const counts = new Array<number>(groupCount).fill(0);
  let meanNoise = 0;
  rows.forEach((row, i) => {
    const g = groupOf[i] as number;
    sums[g] = (sums[g] as number) + row.passShare;
    counts[g] = (counts[g] as number) + 1;
    meanNoise += noisePerOutcome / row.effectiveOutcomes;
  });
  meanNoise /= rows.length;
  const rowVariance = trueVariance + meanNoise;
  // Between-pool variance of true means: spread of pool means beyond what sampling alone would give.
  let excess = 0;
  let pools = 0;
  for (let g = 0; g < groupCount; g++) {
    const count = counts[g] as number;
    if (count === 0) continue;
    excess += ((sums[g] as number) / count - populationMean) ** 2 - rowVariance / count;
    pools++;
  }
  const betweenVariance = Math.min(Math.max(excess / Math.max(pools, 1), 0), trueVariance);
  const means = counts.map((count, g) => {
    if (count === 0 || betweenVariance === 0) return populationMean;
    const weight = betweenVariance / (betweenVariance + rowVariance / count);
    return populationMean + weight * ((sums[g] as number) / count - populationMean);
  });
  return { means, betweenVariance };
}
