// The little arithmetic every chart needs: a linear scale from data to pixels and "nice" tick values.

export interface LinearScale {
  (value: number): number;
  domain: readonly [number, number];
  range: readonly [number, number];
}

export function linearScale(domain: readonly [number, number], range: readonly [number, number]): LinearScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0 || 1;
  const scale = (value: number) => r0 + ((value - d0) / span) * (r1 - r0);
  return Object.assign(scale, { domain, range });
}

/** Round tick values (steps of 1, 2 or 5 times a power of ten) covering the domain, about `count` of them. */
export function niceTicks([min, max]: readonly [number, number], count = 5): number[] {
  if (!(max > min)) return [min];
  const rough = (max - min) / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? rough;
  const ticks: number[] = [];
  for (let value = Math.ceil(min / step) * step; value <= max + step * 1e-9; value += step) {
    ticks.push(Number(value.toFixed(10)));
  }
  return ticks;
}

/** A domain that contains every value (and `include`), widened by a margin and symmetric around 0 when asked. */
export function extent(
  values: number[],
  { include = [], pad = 0.08, symmetric = false }: { include?: number[]; pad?: number; symmetric?: boolean } = {},
): [number, number] {
  const all = [...values, ...include];
  if (all.length === 0) return [-1, 1];
  let min = Math.min(...all);
  let max = Math.max(...all);
  if (symmetric) {
    const reach = Math.max(Math.abs(min), Math.abs(max)) || 1;
    min = -reach;
    max = reach;
  }
  const margin = (max - min || 1) * pad;
  return [min - margin, max + margin];
}
