// Posterior densities of the arms' conversion rates on one shared grid, for drawing.
import { logBeta } from './special';

export interface DensityCurve {
  variant: string;
  x: number[];
  y: number[];
}

/**
 * Beta(a0 + conversions, b0 + failures) densities on `points` rates spanning every arm's mean ± 5 standard
 * deviations (clipped to [0, 1]), so the curves share axes. Computed in log space: a and b reach millions.
 */
export function posteriorCurves(arms: readonly { variant: string; users: number; conversions: number }[], prior: readonly [number, number] = [1, 1], points = 160): DensityCurve[] {
  const params = arms.map((arm) => ({ variant: arm.variant, a: prior[0] + arm.conversions, b: prior[1] + arm.users - arm.conversions }));
  let lo = 1, hi = 0;
  for (const { a, b } of params) {
    const mean = a / (a + b);
    const sd = Math.sqrt((a * b) / ((a + b) ** 2 * (a + b + 1)));
    lo = Math.min(lo, mean - 5 * sd);
    hi = Math.max(hi, mean + 5 * sd);
  }
  lo = Math.max(0, lo);
  hi = Math.min(1, hi);
  const x = Array.from({ length: points }, (_, i) => lo + ((hi - lo) * i) / (points - 1));
  return params.map(({ variant, a, b }) => {
    const norm = logBeta(a, b);
    const y = x.map((p) => (p <= 0 || p >= 1 ? 0 : Math.exp((a - 1) * Math.log(p) + (b - 1) * Math.log1p(-p) - norm)));
    return { variant, x, y };
  });
}
