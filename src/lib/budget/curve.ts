// What the optimiser needs from a channel's response: value, marginal ROI and the marginal's inverse. A Hill curve
// gives them in closed form; an average of curves (the robust consensus) inverts its averaged marginal numerically.
import { hill, inflection, marginal, spendAtMarginal, type HillCurve } from './response';

export interface ResponseFn {
  value(x: number): number;
  marginal(x: number): number;
  /** Spend on the concave part where marginal = lambda (the concave part's start when it is already below); non-increasing. */
  spendAt(lambda: number): number;
  /** Spend from which the curve is concave (the inflection of an S-curve; 0 otherwise). */
  concaveFrom: number;
  /** Largest alpha among the Hill curves behind it, for warnings. */
  alpha: number;
}

/** The optimiser's view of one Hill curve. */
export function hillResponse(curve: HillCurve): ResponseFn {
  const c = { ...curve };
  return {
    value: (x) => hill(c, x),
    marginal: (x) => marginal(c, x),
    spendAt: (lambda) => spendAtMarginal(c, lambda),
    concaveFrom: inflection(c),
    alpha: c.alpha,
  };
}

/**
 * The weighted average of several responses (weights default to equal). Its marginal is the average marginal,
 * decreasing where every part is concave, so its inverse is bracketed by the parts' inverses and found by bisection.
 */
export function averageResponse(parts: readonly ResponseFn[], weights?: readonly number[]): ResponseFn {
  if (parts.length === 0) throw new Error('averageResponse() needs at least one response, you passed none');
  const total = weights ? weights.reduce((a, b) => a + b, 0) : parts.length;
  const w = parts.map((_, i) => (weights ? weights[i] : 1) / total);
  const value = (x: number) => parts.reduce((s, p, i) => s + w[i] * p.value(x), 0);
  const slope = (x: number) => parts.reduce((s, p, i) => s + w[i] * p.marginal(x), 0);
  const concaveFrom = Math.max(...parts.map((p) => p.concaveFrom));
  const spendAt = (lambda: number): number => {
    if (!(lambda > 0)) return Infinity;
    if (lambda >= slope(concaveFrom)) return concaveFrom;
    let lo = concaveFrom, hi = Math.max(concaveFrom, ...parts.map((p) => p.spendAt(lambda)));
    // Every part is at or below lambda at hi, so the average is too; bisect until the float grid runs out.
    for (let i = 0; i < 200 && hi - lo > 1e-15 * hi; i++) {
      const mid = (lo + hi) / 2;
      if (slope(mid) > lambda) lo = mid;
      else hi = mid;
    }
    return (lo + hi) / 2;
  };
  return { value, marginal: slope, spendAt, concaveFrom, alpha: Math.max(...parts.map((p) => p.alpha)) };
}
