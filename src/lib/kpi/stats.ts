// Small statistics for KPIs: mean, quantiles (linear interpolation), safe ratios.

/** a / b, or null when b is 0 (0 / 0 is no rate, not 0 %). */
export function ratio(a: number, b: number): number | null {
  return b === 0 ? null : a / b;
}

export function mean(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  let s = 0;
  for (const x of xs) s += x;
  return s / xs.length;
}

/**
 * The p-quantile of sorted values with linear interpolation between order statistics (Hyndman-Fan type 7,
 * the default of R, NumPy and Excel's PERCENTILE.INC): position (n - 1) * p.
 */
export function quantileSorted(sorted: readonly number[], p: number): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/** Adds `value` to `key` of a map (creating it at 0). */
export function addTo<K>(map: Map<K, number>, key: K, value: number): void {
  map.set(key, (map.get(key) ?? 0) + value);
}
