// Sequential monitoring with GrowthBook's asymptotic confidence sequences (Waudby-Smith et al. 2023, eq. 9;
// the normal-mixture SPRT of Johari et al. with tau² = rho² sigma² N). rho is tuned so the sequence is
// tightest at N* total users (default 5000). Valid at every look, so peeking is allowed.
import { msg, type Msg } from '../messages';
import { deltaRelativeVariance } from './proportions';
import type { Moments } from './means';

export interface SequentialOptions {
  alpha?: number;
  nStar?: number;
  relative?: boolean;
  /** The smallest relative lift worth having: an interval entirely below it lets the test stop (relative only). */
  worthwhile?: number | null;
}

export interface SequentialResult {
  estimate: number;
  /** Standard error of the estimate (delta method when relative). */
  se: number;
  ci: [number, number];
  /** Always-valid p-value: the smallest alpha whose sequence excludes 0 (rho kept at its tuned value). */
  pValue: number;
}

/** GrowthBook's tuning: rho = sqrt((-2 ln a + ln(-2 ln a + 1)) / N*). */
export function sequentialRho(alpha: number, nStar: number): number {
  const l = -2 * Math.log(alpha);
  return Math.sqrt((l + Math.log(l + 1)) / nStar);
}

/** Variant vs control, relative (default) or absolute, as a confidence sequence at total size N = n1 + n2. */
export function sequentialTest(control: Moments, variant: Moments, options: SequentialOptions = {}): SequentialResult {
  const alpha = options.alpha ?? 0.05, nStar = options.nStar ?? 5000, relative = options.relative ?? true;
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`alpha must be between 0 and 1, not ${alpha}`);
  if (!(nStar > 0)) throw new RangeError(`N* must be a positive number of users, not ${nStar}`);
  if (relative && control.mean === 0) throw new RangeError('the relative lift needs a control mean above 0');
  const v1 = control.variance / control.n, v2 = variant.variance / variant.n;
  const estimate = relative ? (variant.mean - control.mean) / control.mean : variant.mean - control.mean;
  const variance = relative ? deltaRelativeVariance(control.mean, v1, variant.mean, v2) : v1 + v2;
  const n = control.n + variant.n, rho = sequentialRho(alpha, nStar);
  const nr2 = n * rho * rho;
  const s2 = variance * n;
  const half = Math.sqrt(s2) * Math.sqrt(((2 * (nr2 + 1)) / (nr2 * n)) * Math.log(Math.sqrt(nr2 + 1) / alpha));
  // Solving half-width(alpha') = |estimate| for alpha' gives the mixture-SPRT p-value.
  const pValue = variance === 0 ? (estimate === 0 ? 1 : 0)
    : Math.min(1, Math.sqrt(nr2 + 1) * Math.exp(-(estimate * estimate * nr2 * n) / (2 * s2 * (nr2 + 1))));
  return { estimate, se: Math.sqrt(variance), ci: [estimate - half, estimate + half], pValue };
}

/** Cumulative totals of one arm at a point in time: n users, sum of the metric, sum of squares (absent for 0/1). */
export interface CumulativeArm { n: number; sum: number; sumSquares?: number }
export interface SequentialPoint { time: number; control: CumulativeArm; variant: CumulativeArm }
export interface SeriesPoint extends SequentialResult { time: number; n: number }
export interface SequentialSeries {
  points: SeriesPoint[];
  /** The latest interval excludes 0. */
  safeToStop: boolean;
  /** The latest interval rules out the smallest lift worth having (not significant): stop, nothing to win. */
  futile: boolean;
  verdict: Msg;
}

function moments(arm: CumulativeArm): Moments {
  const mean = arm.sum / arm.n;
  if (arm.sumSquares === undefined) return { n: arm.n, mean, variance: mean * (1 - mean) };
  return { n: arm.n, mean, variance: Math.max(0, (arm.sumSquares - arm.sum * mean) / (arm.n - 1)) };
}

/** The sequence over cumulative totals in time order, and whether the latest look allows stopping. */
export function sequentialSeries(points: readonly SequentialPoint[], options: SequentialOptions = {}): SequentialSeries {
  const alpha = options.alpha ?? 0.05, relative = options.relative ?? true;
  const usable = (p: SequentialPoint) => p.control.n >= 2 && p.variant.n >= 2 && (!relative || p.control.sum > 0);
  const sorted = [...points].sort((a, b) => a.time - b.time).filter(usable);
  const out = sorted.map((p) => ({ time: p.time, n: p.control.n + p.variant.n, ...sequentialTest(moments(p.control), moments(p.variant), options) }));
  const last = out[out.length - 1];
  if (!last) {
    return { points: [], safeToStop: false, futile: false, verdict: msg('experiment.sequentialTooFew', {}) };
  }
  const safeToStop = last.pValue < alpha;
  const margin = relative ? options.worthwhile ?? null : null;
  const futile = !safeToStop && margin !== null && last.ci[1] < margin;
  const verdict = safeToStop
    ? msg('experiment.sequentialSafe', { ci: last.ci, better: last.estimate > 0, pValue: last.pValue })
    : futile
      ? msg('experiment.sequentialFutile', { ci: last.ci, margin: margin as number, equivalent: last.ci[0] > -(margin as number) })
      : msg('experiment.sequentialNotYet', { ci: last.ci, pValue: last.pValue });
  return { points: out, safeToStop, futile, verdict };
}
