// A Hill curve fitted to a weekly series of (spend, response), shrunk toward the one-point curve.
import { msg, type Msg } from '../messages';
import { calibrate, hill, type HillCurve } from './response';

export interface SeriesPoint { spend: number; response: number }

export interface FitOptions {
  /** Fewest weeks to fit from. @default 12 */
  minWeeks: number;
  /** Spend must vary: its coefficient of variation must reach this. @default 0.05 */
  minSpendVariation: number;
  /** Hill shapes tried. @default [0.5, 0.75, 1, 1.25, 1.5, 2, 2.5, 3] */
  alphas: readonly number[];
  /** Half-saturation spends tried: this many, log-spaced from 0.1x the smallest to 10x the largest positive spend. @default 81 */
  gammaSteps: number;
  /**
   * Weight w of the one-point curve f0 (calibrated at mean spend and mean response). The fit minimises
   * sum (y_i - f(x_i))^2 + w sum (f0(x_i) - f(x_i))^2, which is least squares against the targets
   * (y_i + w f0(x_i)) / (1 + w): each week's response pulled toward the prior by w / (1 + w). 0 is a plain fit.
   * @default 0.25
   */
  priorWeight: number;
  /** Elasticity of the one-point prior. @default 0.5 */
  elasticity: number;
}

export const defaultFitOptions: Readonly<FitOptions> = Object.freeze({
  minWeeks: 12, minSpendVariation: 0.05, alphas: Object.freeze([0.5, 0.75, 1, 1.25, 1.5, 2, 2.5, 3]), gammaSteps: 81,
  priorWeight: 0.25, elasticity: 0.5,
});

export interface FitPoint extends SeriesPoint {
  /** The fitted curve at this week's spend. */
  fitted: number;
}

export type CurveFit =
  | { ok: true; curve: HillCurve; prior: HillCurve; points: FitPoint[]; r2: number; priorWeight: number }
  | { ok: false; reason: Msg };

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** Fits f(x) = beta x^a / (x^a + g^a): grid over a and g, beta in closed form. Does not mutate `series`. */
export function fitCurve(series: readonly SeriesPoint[], options: Partial<FitOptions> = {}): CurveFit {
  const o = { ...defaultFitOptions, ...options };
  const weeks = series.filter((p) => Number.isFinite(p.spend) && Number.isFinite(p.response) && p.spend >= 0);
  if (weeks.length < o.minWeeks) {
    return { ok: false, reason: msg('budget.fitFewWeeks', { min: o.minWeeks, weeks: weeks.length }) };
  }
  const xs = weeks.map((p) => p.spend), ys = weeks.map((p) => p.response);
  const mx = mean(xs), my = mean(ys);
  const sd = Math.sqrt(mean(xs.map((x) => (x - mx) ** 2)));
  if (!(mx > 0) || sd / mx < o.minSpendVariation) {
    return { ok: false, reason: msg('budget.fitFlatSpend', { variation: sd / (mx || 1), min: o.minSpendVariation }) };
  }
  const one = calibrate(mx, my, { elasticity: o.elasticity, alpha: 1 });
  if (!one.ok) return { ok: false, reason: msg('budget.fitNoPrior', { why: one.reason }) };
  const prior = one.curve, w = o.priorWeight;
  const targets = xs.map((x, i) => (ys[i] + w * hill(prior, x)) / (1 + w));
  const positive = xs.filter((x) => x > 0);
  const gLo = positive.reduce((a, b) => Math.min(a, b), Infinity) / 10, gHi = positive.reduce((a, b) => Math.max(a, b), -Infinity) * 10; // no spread: any number of points
  const gammas = Array.from({ length: o.gammaSteps }, (_, i) => gLo * (gHi / gLo) ** (i / (o.gammaSteps - 1)));
  gammas.push(prior.gamma);
  let best = { sse: Infinity, curve: prior };
  for (const alpha of o.alphas) {
    for (const gamma of gammas) {
      const h = xs.map((x) => hill({ beta: 1, alpha, gamma }, x));
      const hh = h.reduce((a, v) => a + v * v, 0);
      if (hh === 0) continue;
      const beta = Math.max(0, h.reduce((a, v, i) => a + v * targets[i], 0) / hh);
      const sse = h.reduce((a, v, i) => a + (targets[i] - beta * v) ** 2, 0);
      if (sse < best.sse) best = { sse, curve: { beta, alpha, gamma } };
    }
  }
  const points = weeks.map((p) => ({ spend: p.spend, response: p.response, fitted: hill(best.curve, p.spend) }));
  const sst = ys.reduce((a, y) => a + (y - my) ** 2, 0);
  const sse = points.reduce((a, p) => a + (p.response - p.fitted) ** 2, 0);
  return { ok: true, curve: best.curve, prior, points, r2: sst > 0 ? 1 - sse / sst : 0, priorWeight: w };
}
