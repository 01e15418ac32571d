// Least squares on covariates demeaned within each group (the "fixed effects" or within estimator): slopes
// learnt only from differences inside a group, so anything that differs between groups (which candidates an
// interviewer is sent, or when) cannot leak into them.
import type { Matrix } from "./matrix.js";
import { solveSymmetric } from "./stats.js";

export function withinGroupSlopes(
  x: Matrix,
  y: ArrayLike<number>,
  groupOf: ArrayLike<number>,
  groupCount: number,
): number[] | null {
  const p = x.cols;
  if (p === 0 || x.rows === 0) return null;
  // Per group: sums of each covariate and of y (column p), then means.
  const means = new Float64Array(groupCount * (p + 1));
  const counts = new Float64Array(groupCount);
  for (let i = 0; i < x.rows; i++) {
    const base = (groupOf[i] as number) * (p + 1);
    counts[groupOf[i] as number] = (counts[groupOf[i] as number] as number) + 1;
    for (let a = 0; a < p; a++) means[base + a] = (means[base + a] as number) + (x.data[i * p + a] as number);
    means[base + p] = (means[base + p] as number) + (y[i] as number);
  }
  for (let g = 0; g < groupCount; g++) {
    const count = counts[g] as number;
    if (count === 0) continue;
    for (let a = 0; a <= p; a++) means[g * (p + 1) + a] = (means[g * (p + 1) + a] as number) / count;
  }
  const xtx = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  const xty = new Array<number>(p).fill(0);
  const centred = new Float64Array(p);
  for (let i = 0; i < x.rows; i++) {
    const base = (groupOf[i] as number) * (p + 1);
    for (let a = 0; a < p; a++) centred[a] = (x.data[i * p + a] as number) - (means[base + a] as number);
    const yCentred = (y[i] as number) - (means[base + p] as number);
    for (let a = 0; a < p; a++) {
      const ca = centred[a] as number;
      xty[a] = (xty[a] as number) + ca * yCentred;
      const row = xtx[a] as number[];
      for (let b = 0; b < p; b++) row[b] = (row[b] as number) + ca * (centred[b] as number);
    }
  }
  return solveSymmetric(xtx, xty);
}
