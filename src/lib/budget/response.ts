// Hill response curves: value, marginal ROI, its inverse on the concave part, and one-point calibration.
// f(x) = beta (x+c)^alpha / ((x+c)^alpha + gamma^alpha) (Robyn, Meridian, PyMC-Marketing); see FORMULAS.md, Budget.

import type { CurveMsg } from './messages';

/** A Hill curve: response to spend x per period. */
export interface HillCurve {
  /** Saturation level: the response as spend grows without bound. */
  beta: number;
  /** Shape: 1 or below is concave everywhere; above 1 is an S-curve, concave only above its inflection. */
  alpha: number;
  /** Half-saturation spend: (x + c) = gamma gives beta / 2. */
  gamma: number;
  /** Spend carried over from earlier periods, added to x. @default 0 */
  carryover?: number;
}

/** Saturation presets as elasticities E = marginal ROI / average ROI at current spend. */
export const SATURATION = Object.freeze({ low: 0.7, medium: 0.5, high: 0.3 });
export type Saturation = keyof typeof SATURATION;

export interface CalibrationOptions {
  /** Elasticity at the current spend, 0 < E < alpha. @default 0.5 (medium saturation) */
  elasticity: number;
  /** Hill shape. @default 1 */
  alpha: number;
}

export const defaultCalibrationOptions: Readonly<CalibrationOptions> = Object.freeze({ elasticity: SATURATION.medium, alpha: 1 });

/** Response at spend x. */
export function hill(curve: HillCurve, x: number): number {
  const z = x + (curve.carryover ?? 0);
  if (z <= 0) return 0;
  const za = z ** curve.alpha;
  return (curve.beta * za) / (za + curve.gamma ** curve.alpha);
}

/** Marginal ROI f'(x): extra response per extra unit of spend at x. */
export function marginal(curve: HillCurve, x: number): number {
  const { beta, alpha, gamma } = curve;
  const z = x + (curve.carryover ?? 0);
  if (z <= 0) return alpha < 1 ? (beta > 0 ? Infinity : 0) : alpha === 1 ? beta / gamma : 0;
  const ga = gamma ** alpha, za = z ** alpha;
  return (beta * alpha * ga * za) / (z * (za + ga) ** 2);
}

/** Spend where the curve turns from convex to concave (alpha > 1); 0 for alpha <= 1, a flat curve (beta 0) or when carryover passes it. */
export function inflection(curve: HillCurve): number {
  if (curve.alpha <= 1 || !(curve.beta > 0)) return 0;
  const z = curve.gamma * ((curve.alpha - 1) / (curve.alpha + 1)) ** (1 / curve.alpha);
  return Math.max(0, z - (curve.carryover ?? 0));
}

/**
 * Spend x on the concave part (x >= inflection) where f'(x) = lambda; the start of the concave part when f' is
 * already at or below lambda there. Non-increasing in lambda. alpha = 1 has a closed form; otherwise Newton on
 * ln f'(ln z), which is concave and decreasing there, started right of the root so it converges monotonically.
 */
export function spendAtMarginal(curve: HillCurve, lambda: number): number {
  const start = inflection(curve);
  if (!(lambda > 0)) return Infinity;
  // A flat curve (beta 0, as a fit can give) has marginal 0 everywhere: already below any lambda.
  if (!(curve.beta > 0)) return start;
  if (lambda >= marginal(curve, start)) return start;
  const { beta, alpha, gamma } = curve;
  const c = curve.carryover ?? 0;
  if (alpha === 1) return Math.max(start, Math.sqrt((beta * gamma) / lambda) - gamma - c);
  const target = Math.log(lambda), ga = gamma ** alpha;
  const lnConst = Math.log(beta * alpha) + alpha * Math.log(gamma);
  // f' <= beta alpha gamma^alpha z^(-alpha-1) everywhere, so this z has f'(z) <= lambda: right of the root.
  let s = (lnConst - target) / (alpha + 1);
  for (let i = 0; i < 100; i++) {
    const za = Math.exp(alpha * s), w = za / (za + ga);
    const h = lnConst + (alpha - 1) * s - 2 * Math.log(za + ga) - target;
    const step = h / (alpha - 1 - 2 * alpha * w);
    s -= step;
    if (Math.abs(step) < 1e-15 * Math.max(1, Math.abs(s))) break;
  }
  return Math.max(start, Math.exp(s) - c);
}

export type Calibration = { ok: true; curve: HillCurve } | { ok: false; reason: CurveMsg };

/**
 * The Hill curve through (x0, y0) with elasticity E = x f'(x) / f(x) at x0:
 * gamma = x0 (E / (alpha - E))^(1/alpha), beta = y0 / (1 - E/alpha); valid for x0 > 0, y0 > 0, 0 < E < alpha.
 */
export function calibrate(x0: number, y0: number, options: Partial<CalibrationOptions> = {}): Calibration {
  const { elasticity: e, alpha } = { ...defaultCalibrationOptions, ...options };
  const no = (reason: CurveMsg): Calibration => ({ ok: false, reason });
  if (!(Number.isFinite(x0) && x0 > 0)) return no({ key: 'budget.curveSpend', params: { spend: x0 } });
  if (!(Number.isFinite(y0) && y0 > 0)) return no({ key: 'budget.curveResponse', params: { response: y0 } });
  if (!(Number.isFinite(alpha) && alpha > 0)) return no({ key: 'budget.curveAlpha', params: { alpha } });
  if (!(e > 0 && e < alpha)) return no({ key: 'budget.curveElasticity', params: { elasticity: e, alpha } });
  return { ok: true, curve: { beta: y0 / (1 - e / alpha), alpha, gamma: x0 * (e / (alpha - e)) ** (1 / alpha) } };
}

/** Elasticity x f'(x) / f(x): marginal ROI over average ROI. */
export function elasticity(curve: HillCurve, x: number): number {
  const y = hill(curve, x);
  return y > 0 ? (x * marginal(curve, x)) / y : NaN;
}
