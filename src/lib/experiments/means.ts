// Continuous metrics (revenue per user) from sufficient statistics: Welch's t-test with Welch–Satterthwaite
// degrees of freedom, absolute and relative (delta method) intervals with the t quantile, as GrowthBook does.
import { normalCdf, studentTQuantile, studentTSf } from './distributions';
import { deltaRelativeVariance } from './proportions';

/** n observations with their mean and variance. */
export interface Moments { n: number; mean: number; variance: number }

/** Mean and sample variance (SS - S²/n)/(n - 1) from n, the sum S and the sum of squares SS. */
export function momentsFromSums(n: number, sum: number, sumSquares: number): Moments {
  if (!Number.isFinite(n) || n < 2) throw new RangeError(`a mean needs at least 2 observations, not ${n}`);
  if (!Number.isFinite(sum) || !Number.isFinite(sumSquares)) throw new RangeError('sum and sum of squares must be finite numbers');
  const mean = sum / n;
  // Rounding can push the centred sum of squares a hair below 0 for constant data.
  const variance = Math.max(0, (sumSquares - (sum * sum) / n) / (n - 1));
  return { n, mean, variance };
}

/** A 0/1 metric as GrowthBook's ProportionStatistic: variance p(1 - p) (no n/(n-1) correction). */
export function momentsFromCounts(users: number, conversions: number): Moments {
  const p = conversions / users;
  return { n: users, mean: p, variance: p * (1 - p) };
}

export interface WelchResult {
  absDiff: number;
  absSe: number;
  absCi: [number, number];
  t: number;
  df: number;
  pValue: number;
  /** Relative lift (variant - control)/control with its delta-method SE, CI and p; null when the control mean is 0. */
  relLift: number | null;
  relSe: number | null;
  relCi: [number, number] | null;
  relPValue: number | null;
}

/** Welch–Satterthwaite degrees of freedom. */
export function welchDf(a: Moments, b: Moments): number {
  const va = a.variance / a.n, vb = b.variance / b.n;
  return ((va + vb) * (va + vb)) / ((va * va) / (a.n - 1) + (vb * vb) / (b.n - 1));
}

/** Two-sided Welch test of variant vs control. With zero variance in both arms t is 0 and p is 1. */
export function welch(control: Moments, variant: Moments, alpha = 0.05): WelchResult {
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`alpha must be between 0 and 1, not ${alpha}`);
  const absDiff = variant.mean - control.mean;
  const absSe = Math.sqrt(control.variance / control.n + variant.variance / variant.n);
  const flat = absSe === 0; // no variation at all: nothing to test
  const df = flat ? control.n + variant.n - 2 : welchDf(control, variant);
  const crit = studentTQuantile(1 - alpha / 2, df);
  const t = flat ? 0 : absDiff / absSe;
  const pValue = flat ? 1 : Math.min(1, 2 * studentTSf(Math.abs(t), df));
  const base = { absDiff, absSe, absCi: [absDiff - crit * absSe, absDiff + crit * absSe] as [number, number], t, df, pValue };
  if (control.mean === 0) return { ...base, relLift: null, relSe: null, relCi: null, relPValue: null };
  const relLift = absDiff / control.mean;
  const relSe = Math.sqrt(deltaRelativeVariance(control.mean, control.variance / control.n, variant.mean, variant.variance / variant.n));
  const relPValue = relSe === 0 ? 1 : Math.min(1, 2 * studentTSf(Math.abs(relLift / relSe), df));
  return { ...base, relLift, relSe, relCi: [relLift - crit * relSe, relLift + crit * relSe], relPValue };
}

/** GrowthBook's Gaussian "chance to win": Φ(relative lift / its delta-method SE), flat prior. */
export function gaussianChanceToWin(control: Moments, variant: Moments): number {
  const lift = (variant.mean - control.mean) / control.mean;
  const se = Math.sqrt(deltaRelativeVariance(control.mean, control.variance / control.n, variant.mean, variant.variance / variant.n));
  return se === 0 ? (lift > 0 ? 1 : lift < 0 ? 0 : 0.5) : normalCdf(lift / se);
}
