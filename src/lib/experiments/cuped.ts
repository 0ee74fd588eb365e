// CUPED (Deng et al. 2013) from sufficient statistics: Y is the metric, X its pre-period value.
// theta is the pooled within-arm regression slope Σ Sxy / Σ Sxx (the OLS slope with one intercept per arm),
// each arm's mean is shifted by -theta (X̄_arm - X̄_all), and its variance becomes s_Y² + theta² s_X² - 2 theta s_XY.
// The adjusted moments then go through the same Welch test as unadjusted revenue.
import { welch, type Moments, type WelchResult } from './means';

/** Per-arm sums over users: n, Σy, Σy², Σx, Σx², Σxy. */
export interface CupedSums { n: number; sumY: number; sumY2: number; sumX: number; sumX2: number; sumXY: number }

export interface CupedResult extends WelchResult {
  theta: number;
  /** Adjusted means of control and variant. */
  adjustedMeans: [number, number];
  /** 1 - Var(adjusted effect)/Var(unadjusted effect): the share of variance CUPED removed. */
  varianceReduction: number;
}

interface Centred { n: number; meanY: number; meanX: number; syy: number; sxx: number; sxy: number }

function centre(s: CupedSums, name: string): Centred {
  if (!(s.n >= 2)) throw new RangeError(`${name}: CUPED needs at least 2 users per arm, not ${s.n}`);
  const vals = [s.sumY, s.sumY2, s.sumX, s.sumX2, s.sumXY];
  if (vals.some((v) => !Number.isFinite(v))) throw new RangeError(`${name}: CUPED sums must be finite numbers`);
  return {
    n: s.n, meanY: s.sumY / s.n, meanX: s.sumX / s.n,
    syy: Math.max(0, s.sumY2 - (s.sumY * s.sumY) / s.n),
    sxx: Math.max(0, s.sumX2 - (s.sumX * s.sumX) / s.n),
    sxy: s.sumXY - (s.sumX * s.sumY) / s.n,
  };
}

/** Pooled theta over all arms; 0 when X does not vary within arms. */
export function cupedTheta(arms: readonly CupedSums[]): number {
  const c = arms.map((a, i) => centre(a, `arm ${i + 1}`));
  const sxx = c.reduce((s, a) => s + a.sxx, 0), sxy = c.reduce((s, a) => s + a.sxy, 0);
  return sxx === 0 ? 0 : sxy / sxx;
}

/** Adjusted moments of one arm for a given theta and overall pre-period mean. */
export function adjustedMoments(arm: CupedSums, theta: number, meanXAll: number): Moments {
  const c = centre(arm, 'arm');
  const variance = Math.max(0, (c.syy + theta * theta * c.sxx - 2 * theta * c.sxy) / (c.n - 1));
  return { n: c.n, mean: c.meanY - theta * (c.meanX - meanXAll), variance };
}

/** CUPED-adjusted Welch comparison of variant vs control; theta may be pooled over more arms (pass `all`). */
export function cuped(control: CupedSums, variant: CupedSums, alpha = 0.05, all: readonly CupedSums[] = [control, variant]): CupedResult {
  const theta = cupedTheta(all);
  const n = all.reduce((s, a) => s + a.n, 0);
  const meanXAll = all.reduce((s, a) => s + a.sumX, 0) / n;
  const a = adjustedMoments(control, theta, meanXAll), b = adjustedMoments(variant, theta, meanXAll);
  const result = welch(a, b, alpha);
  const ca = centre(control, 'control'), cb = centre(variant, 'variant');
  const raw = ca.syy / (ca.n - 1) / ca.n + cb.syy / (cb.n - 1) / cb.n;
  const adjusted = a.variance / a.n + b.variance / b.n;
  return { ...result, theta, adjustedMeans: [a.mean, b.mean], varianceReduction: raw === 0 ? 0 : 1 - adjusted / raw };
}
