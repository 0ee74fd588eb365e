// A marketing-mix simulator with a known truth, in the spirit of Meta's siMMMulator: spend with flighting and
// always-on channels, geometric adstock, Hill saturation, a baseline with trend, yearly season, holidays and a demand
// control, and noise. Every draw comes from one seeded PRNG, so a seed is a data set.
import { hill, type HillCurve } from '../../../src/lib/budget/response';
import { adstock, hillInPlace, steadyCurve } from '../../../src/lib/mmm/transform';
import type { ChannelShape, MixTable } from '../../../src/lib/mmm/types';
import { mulberry32, normal } from '../../../src/lib/util/random';

export interface TrueChannel {
  name: string;
  shape: ChannelShape;
  /** Saturation level of the weekly response. */
  beta: number;
  contribution: number;
  spend: number;
  roi: number;
  /** Steady-state weekly response curve. */
  curve: HillCurve;
  meanWeekly: number;
}

export interface Simulated {
  table: MixTable;
  truth: TrueChannel[];
}

interface ChannelPlan { name: string; pattern: 'always' | 'flight'; level: number; theta: number; alpha: number; gammaRatio: number; roi: number }

/** Five channels of different habits; ROI is the truth the fit must recover. */
export const FIVE: readonly ChannelPlan[] = [
  { name: 'tv', pattern: 'flight', level: 30000, theta: 0.6, alpha: 1.4, gammaRatio: 1.0, roi: 1.6 },
  { name: 'search', pattern: 'always', level: 12000, theta: 0.1, alpha: 1.0, gammaRatio: 0.8, roi: 3.0 },
  { name: 'social', pattern: 'always', level: 9000, theta: 0.3, alpha: 1.2, gammaRatio: 1.2, roi: 2.2 },
  { name: 'display', pattern: 'flight', level: 8000, theta: 0.2, alpha: 1.0, gammaRatio: 0.7, roi: 0.8 },
  { name: 'print', pattern: 'flight', level: 10000, theta: 0.4, alpha: 1.1, gammaRatio: 1.0, roi: 1.2 },
];

/** `count` channels cycling through FIVE's habits with varied numbers, for timing larger models. */
export function manyChannels(count: number): ChannelPlan[] {
  return Array.from({ length: count }, (_, i) => {
    const b = FIVE[i % FIVE.length], f = 1 + 0.15 * Math.floor(i / FIVE.length);
    return { ...b, name: `${b.name}${i}`, level: b.level * f, roi: b.roi / f };
  });
}

export function simulate(seed: number, weeks = 156, plans: readonly ChannelPlan[] = FIVE, noise = 0.03): Simulated {
  const rng = mulberry32(seed);
  const T = weeks;
  const start = Date.UTC(2022, 0, 3); // a Monday
  const weekDates = Array.from({ length: T }, (_, t) => new Date(start + t * 7 * 86400000).toISOString().slice(0, 10));
  const spends = plans.map((p) => {
    const x = new Float64Array(T);
    if (p.pattern === 'always') {
      let drift = 1;
      for (let t = 0; t < T; t++) {
        drift = Math.max(0.4, Math.min(1.8, drift + 0.08 * normal(rng)));
        x[t] = p.level * drift * (0.5 + rng());
      }
    } else {
      let on = rng() < 0.5, left = 2 + Math.floor(rng() * 5);
      for (let t = 0; t < T; t++) {
        if (left-- <= 0) { on = !on; left = (on ? 2 : 1) + Math.floor(rng() * 5); }
        x[t] = on ? p.level * 2 * (0.6 + 0.8 * rng()) : 0;
      }
    }
    return x;
  });
  const level = 200000;
  const demand = new Float64Array(T);
  for (let t = 0, a = 0; t < T; t++) demand[t] = a = 0.7 * a + normal(rng);
  const holiday = Float64Array.from(weekDates, (w) => (/-12-(1[89]|2\d)$/.test(w) || /-11-2[2-8]$/.test(w) ? 1 : 0));
  const baseline = Float64Array.from({ length: T }, (_, t) =>
    level * (1 + 0.25 * (t / T)) + 0.08 * level * Math.sin((2 * Math.PI * t) / 52.18) + 0.04 * level * Math.cos((4 * Math.PI * t) / 52.18)
    + 0.12 * level * holiday[t] + 0.05 * level * demand[t]);
  const truth: TrueChannel[] = [];
  const outcome = baseline.slice();
  plans.forEach((p, c) => {
    const a = adstock(spends[c], p.theta);
    const gamma = p.gammaRatio * (a.reduce((s, v) => s + v, 0) / T);
    const h = hillInPlace(a.slice(), p.alpha, gamma);
    const spend = spends[c].reduce((s, v) => s + v, 0);
    // beta so that the channel's ROI over the window is exactly p.roi.
    const beta = (p.roi * spend) / h.reduce((s, v) => s + v, 0);
    h.forEach((v, t) => (outcome[t] += beta * v));
    const shape = { theta: p.theta, alpha: p.alpha, gamma };
    truth.push({ name: p.name, shape, beta, contribution: p.roi * spend, spend, roi: p.roi, curve: steadyCurve(beta, shape), meanWeekly: spend / T });
  });
  for (let t = 0; t < T; t++) outcome[t] += noise * level * normal(rng);
  return {
    table: {
      weeks: weekDates, outcome,
      channels: plans.map((p, c) => ({ name: p.name, spend: spends[c] })),
      controls: [{ name: 'demand', values: demand, kind: 'control' }, { name: 'holiday', values: holiday, kind: 'event' }],
    },
    truth,
  };
}

/** Total true steady-state weekly response at weekly spends `x`. */
export function trueResponse(truth: readonly TrueChannel[], x: readonly number[]): number {
  return truth.reduce((s, c, i) => s + hill(c.curve, x[i]), 0);
}
