// Conversion rates of two arms: Wald CI of the difference, pooled two-proportion z-test (= statsmodels
// proportions_ztest), relative lift with a delta-method CI and a Fieller CI. All intervals use the normal
// quantile z_{1-alpha/2}, like the z-test; GrowthBook's t-based variant of the relative CI is in means.ts.
import { normalQuantile, normalSf } from './distributions';
import { msg, MsgError, type Msg } from '../messages';

export interface Counts { users: number; conversions: number }

export interface ProportionComparison {
  rateControl: number;
  rateVariant: number;
  /** rateVariant - rateControl, its unpooled standard error and Wald CI. */
  absDiff: number;
  absSe: number;
  absCi: [number, number];
  /** Pooled z statistic (variant minus control) and its two-sided p-value. */
  z: number;
  pValue: number;
  /** (rateVariant - rateControl) / rateControl; null (with the intervals) when the control rate is 0. */
  relLift: number | null;
  relSe: number | null;
  relCiDelta: [number, number] | null;
  /** null when the Fieller interval is unbounded (g ≥ 1: the control rate is too uncertain) or undefined. */
  relCiFieller: [number, number] | null;
  /** True when Fieller is unbounded or one of its ends is more than 10% of the delta width away from delta's. */
  intervalsDisagree: boolean;
}

/** Throws a RangeError naming the arm when counts are not whole numbers with 0 ≤ conversions ≤ users, users > 0. */
export function checkCounts(c: Counts, name = 'arm'): void {
  const problem = countsProblem(c, name);
  if (problem) throw new MsgError(problem);
}

/** Why an arm's counts are impossible, as a Msg, or null when they are fine. */
export function countsProblem({ users, conversions }: Counts, name = 'arm'): Msg | null {
  if (!Number.isInteger(users) || users <= 0) return msg('experiment.badUsers', { name, users });
  if (!Number.isInteger(conversions) || conversions < 0 || conversions > users) return msg('experiment.badConversions', { name, users, conversions });
  return null;
}

/** Pooled two-proportion z-test; z = 0 and p = 1 when the pooled rate is 0 or 1 (no variation to test). */
export function pooledZTest(control: Counts, variant: Counts): { z: number; pValue: number } {
  const n1 = control.users, n2 = variant.users;
  const pooled = (control.conversions + variant.conversions) / (n1 + n2);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  if (se === 0) return { z: 0, pValue: 1 };
  const z = (variant.conversions / n2 - control.conversions / n1) / se;
  return { z, pValue: Math.min(1, 2 * normalSf(Math.abs(z))) };
}

/** Fieller interval of the relative lift mu2/mu1 - 1 for independent estimates (variances v1, v2 of the means). */
export function fiellerRelative(m1: number, v1: number, m2: number, v2: number, crit: number): [number, number] | null {
  if (m1 === 0) return null;
  const g = (crit * crit * v1) / (m1 * m1);
  if (g >= 1) return null;
  const ratio = m2 / m1;
  const half = (crit / Math.abs(m1)) * Math.sqrt(v2 + ratio * ratio * v1 - g * v2);
  return [(ratio - half) / (1 - g) - 1, (ratio + half) / (1 - g) - 1];
}

/** Delta-method variance of (m2 - m1)/m1 for independent means with variances v1, v2 (GrowthBook's formula). */
export function deltaRelativeVariance(m1: number, v1: number, m2: number, v2: number): number {
  return v2 / (m1 * m1) + (v1 * m2 * m2) / (m1 * m1 * m1 * m1);
}

export function compareProportions(control: Counts, variant: Counts, alpha = 0.05): ProportionComparison {
  checkCounts(control, 'control');
  checkCounts(variant, 'variant');
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`alpha must be between 0 and 1, not ${alpha}`);
  const crit = normalQuantile(1 - alpha / 2);
  const p1 = control.conversions / control.users, p2 = variant.conversions / variant.users;
  const v1 = (p1 * (1 - p1)) / control.users, v2 = (p2 * (1 - p2)) / variant.users;
  const absDiff = p2 - p1, absSe = Math.sqrt(v1 + v2);
  const { z, pValue } = pooledZTest(control, variant);
  const base = { rateControl: p1, rateVariant: p2, absDiff, absSe, absCi: [absDiff - crit * absSe, absDiff + crit * absSe] as [number, number], z, pValue };
  if (p1 === 0) return { ...base, relLift: null, relSe: null, relCiDelta: null, relCiFieller: null, intervalsDisagree: false };
  const relLift = absDiff / p1;
  const relSe = Math.sqrt(deltaRelativeVariance(p1, v1, p2, v2));
  const relCiDelta: [number, number] = [relLift - crit * relSe, relLift + crit * relSe];
  const relCiFieller = fiellerRelative(p1, v1, p2, v2, crit);
  return { ...base, relLift, relSe, relCiDelta, relCiFieller, intervalsDisagree: intervalsDisagree(relCiDelta, relCiFieller) };
}

/** Fieller unbounded, or an end more than 10% of the delta interval's width away from the delta end. */
export function intervalsDisagree(delta: readonly [number, number], fieller: readonly [number, number] | null): boolean {
  if (!fieller) return true;
  const width = delta[1] - delta[0];
  return Math.max(Math.abs(fieller[0] - delta[0]), Math.abs(fieller[1] - delta[1])) > 0.1 * width;
}
