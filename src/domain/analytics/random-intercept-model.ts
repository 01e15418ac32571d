// A linear model with one random intercept per group, y_i = x_i·β + u_g(i) + ε_i, u_g ~ N(0, τ²),
// ε ~ N(0, σ²), fitted by EM (Laird & Ware 1982). Its posterior for u_g is the shrunk group effect: a group
// with few rows is pulled toward 0 (the population) in proportion to how little it tells us.
import { dot, type Matrix } from "./matrix.js";
import { solveSymmetric } from "./stats.js";

export interface RandomInterceptFit {
  coefficients: number[];
  residualVariance: number;
  groupVariance: number;
  /** Per group: posterior mean and variance of u_g, and how many rows it had. */
  groups: { mean: number; variance: number; rows: number }[];
  iterations: number;
}

/**
 * Row i of `x` holds the covariates of observation i (include a column of 1s for the intercept),
 * `groupOf[i]` its group, 0..groupCount-1. The rows are read once into sufficient statistics (X'X, X'y,
 * y'y and per-group sums), so each EM iteration costs O(groups · covariates²), whatever the row count.
 */
export function fitRandomIntercept(
  x: Matrix,
  y: ArrayLike<number>,
  groupOf: ArrayLike<number>,
  groupCount: number,
  maxIterations = 2000,
  tolerance = 1e-10,
): RandomInterceptFit | null {
  const n = y.length;
  const p = x.cols;
  if (n <= p || p === 0) return null;
  const stats = sufficientStatistics(x, y, groupOf, groupCount);
  let beta = solveSymmetric(stats.xtx, stats.xty);
  if (!beta) return null;
  let sigma2 = Math.max(residualSquares(stats, beta, null) / n, 1e-9);
  let tau2 = sigma2 / 10;
  let posterior = posteriorOfGroups(stats, beta, sigma2, tau2);
  let iterations = 0;
  while (iterations < maxIterations) {
    iterations++;
    // M-step: β from y - E[u]; σ² and τ² from the expected sums of squares.
    const xtu = new Array<number>(p).fill(0);
    for (let g = 0; g < groupCount; g++) {
      const sums = stats.groupX[g] as number[];
      const u = posterior.means[g] as number;
      for (let a = 0; a < p; a++) xtu[a] = (xtu[a] as number) + (sums[a] as number) * u;
    }
    const nextBeta = solveSymmetric(
      stats.xtx,
      stats.xty.map((value, a) => value - (xtu[a] as number)),
    );
    if (!nextBeta) return null;
    let expectedSquares = residualSquares(stats, nextBeta, posterior.means);
    let spread = 0;
    let groupsWithRows = 0;
    for (let g = 0; g < groupCount; g++) {
      const rowsInGroup = stats.counts[g] as number;
      if (rowsInGroup === 0) continue;
      expectedSquares += rowsInGroup * (posterior.variances[g] as number);
      spread += (posterior.means[g] as number) ** 2 + (posterior.variances[g] as number);
      groupsWithRows++;
    }
    const nextSigma2 = Math.max(expectedSquares / n, 1e-9);
    const nextTau2 = Math.max(spread / Math.max(groupsWithRows, 1), 1e-9);
    let change = Math.abs(nextSigma2 - sigma2) / sigma2 + Math.abs(nextTau2 - tau2) / tau2;
    for (let a = 0; a < p; a++) change += Math.abs((nextBeta[a] as number) - (beta[a] as number));
    beta = nextBeta;
    sigma2 = nextSigma2;
    tau2 = nextTau2;
    // E-step: the posterior of each u_g given β, σ², τ².
    posterior = posteriorOfGroups(stats, beta, sigma2, tau2);
    if (change < tolerance) break;
  }
  const groups = stats.counts.map((rowsInGroup, g) => ({
    mean: posterior.means[g] as number,
    variance: posterior.variances[g] as number,
    rows: rowsInGroup,
  }));
  return { coefficients: beta, residualVariance: sigma2, groupVariance: tau2, groups, iterations };
}

interface SufficientStatistics {
  xtx: number[][];
  xty: number[];
  yty: number;
  groupX: number[][];
  groupY: number[];
  counts: number[];
}

function sufficientStatistics(
  x: Matrix,
  y: ArrayLike<number>,
  groupOf: ArrayLike<number>,
  groupCount: number,
): SufficientStatistics {
  const p = x.cols;
  const xtx = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  const xty = new Array<number>(p).fill(0);
  const groupX = Array.from({ length: groupCount }, () => new Array<number>(p).fill(0));
  const groupY = new Array<number>(groupCount).fill(0);
  const counts = new Array<number>(groupCount).fill(0);
  let yty = 0;
  for (let i = 0; i < y.length; i++) {
    const yi = y[i] as number;
    const g = groupOf[i] as number;
    yty += yi * yi;
    counts[g] = (counts[g] as number) + 1;
    groupY[g] = (groupY[g] as number) + yi;
    const sums = groupX[g] as number[];
    for (let a = 0; a < p; a++) {
      const xa = x.data[i * p + a] as number;
      xty[a] = (xty[a] as number) + xa * yi;
      sums[a] = (sums[a] as number) + xa;
      const row = xtx[a] as number[];
      for (let b = 0; b < p; b++) row[b] = (row[b] as number) + xa * (x.data[i * p + b] as number);
    }
  }
  return { xtx, xty, yty, groupX, groupY, counts };
}

/** Σ (y - Xβ - u_g)², expanded into the sufficient statistics; `u` null means all zero. */
function residualSquares(stats: SufficientStatistics, beta: readonly number[], u: readonly number[] | null): number {
  let total = stats.yty - 2 * dot(stats.xty, beta);
  for (let a = 0; a < beta.length; a++) total += (beta[a] as number) * dot(stats.xtx[a] as number[], beta);
  if (u) {
    for (let g = 0; g < stats.counts.length; g++) {
      const ug = u[g] as number;
      const groupResidual = (stats.groupY[g] as number) - dot(stats.groupX[g] as number[], beta);
      total += -2 * ug * groupResidual + (stats.counts[g] as number) * ug * ug;
    }
  }
  return Math.max(total, 0);
}

function posteriorOfGroups(stats: SufficientStatistics, beta: readonly number[], sigma2: number, tau2: number) {
  const means = new Array<number>(stats.counts.length).fill(0);
  const variances = new Array<number>(stats.counts.length).fill(0);
  for (let g = 0; g < stats.counts.length; g++) {
    const precision = (stats.counts[g] as number) / sigma2 + 1 / tau2;
    const groupResidual = (stats.groupY[g] as number) - dot(stats.groupX[g] as number[], beta);
    variances[g] = 1 / precision;
    means[g] = groupResidual / sigma2 / precision;
  }
  return { means, variances };
}
