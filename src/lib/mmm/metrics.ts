// Fit statistics (FORMULAS.md, Robyn's): R², NRMSE = RMSE / (max - min), MAPE, and DECOMP.RSSD.

export function r2(actual: ArrayLike<number>, fitted: ArrayLike<number>): number {
  const n = actual.length;
  let mean = 0;
  for (let t = 0; t < n; t++) mean += actual[t] / n;
  let sse = 0, sst = 0;
  for (let t = 0; t < n; t++) { sse += (actual[t] - fitted[t]) ** 2; sst += (actual[t] - mean) ** 2; }
  return sst > 0 ? 1 - sse / sst : 0;
}

export function nrmse(actual: ArrayLike<number>, fitted: ArrayLike<number>): number {
  const n = actual.length;
  let sse = 0, lo = Infinity, hi = -Infinity;
  for (let t = 0; t < n; t++) { sse += (actual[t] - fitted[t]) ** 2; lo = Math.min(lo, actual[t]); hi = Math.max(hi, actual[t]); }
  return hi > lo ? Math.sqrt(sse / n) / (hi - lo) : 0;
}

/** Mean absolute percentage error over the weeks [from, to) whose actual is not 0; NaN when there are none. */
export function mape(actual: ArrayLike<number>, fitted: ArrayLike<number>, from = 0, to = actual.length): number {
  let s = 0, n = 0;
  for (let t = from; t < to; t++) {
    if (actual[t] === 0) continue;
    s += Math.abs((actual[t] - fitted[t]) / actual[t]);
    n++;
  }
  return n > 0 ? s / n : NaN;
}

/** sqrt(sum_c (effect share_c - spend share_c)^2), shares among the paid channels; 0 when nothing is credited. */
export function decompRssd(contributions: readonly number[], spends: readonly number[]): number {
  const ce = contributions.reduce((a, b) => a + b, 0), cs = spends.reduce((a, b) => a + b, 0);
  if (!(ce > 0 && cs > 0)) return 0;
  return Math.sqrt(contributions.reduce((a, c, i) => a + (c / ce - spends[i] / cs) ** 2, 0));
}

/** Linear-interpolated quantile of unsorted values. */
export function quantile(values: readonly number[], p: number): number {
  const xs = [...values].sort((a, b) => a - b);
  if (xs.length === 0) return NaN;
  const h = (xs.length - 1) * p, i = Math.floor(h);
  return i + 1 < xs.length ? xs[i] + (h - i) * (xs[i + 1] - xs[i]) : xs[i];
}

/** Moving-block bootstrap: how many times each of `n` weeks is drawn, in blocks of `block` consecutive weeks. */
export function blockWeights(rng: () => number, n: number, block: number): Float64Array {
  const w = new Float64Array(n), L = Math.max(1, Math.min(block, n));
  for (let drawn = 0; drawn < n;) {
    const start = Math.floor(rng() * (n - L + 1));
    for (let k = 0; k < L && drawn < n; k++, drawn++) w[start + k]++;
  }
  return w;
}
