// What the budget's charts find, one sentence each for a slide (issue 15): the plan's move and what it adds, the
// channel closest to saturation, and where the next euro returns most. Pure; O(channels). Null when nothing clear
// can be said (no gain, one channel, flat curves).
import { msg, type Msg } from '../messages';
import { hill, marginal, type HillCurve } from './response';
import type { ScenarioResult } from './types';

type Kpi = 'conversions' | 'value';
/** A total budget within this share of today's counts as the same budget: the plan only moves money. */
const SAME_BUDGET = 0.01;
/** Gains under this share of today's response are noise of the optimiser, not a finding. */
const MIN_GAIN = 0.001;
/** Channels whose shares of saturation are within 2 points of each other are equally close to it. */
const EVEN = 0.02;

/**
 * The plan in one sentence: at the same budget, the money it moves, from the channel cut most to the channel raised
 * most ("mostly" when more channels move), and the response it adds; at another budget, the change of the total and
 * what it adds or costs. Ties go to the first channel in the result's order.
 */
export function planFinding(result: ScenarioResult, kpi: Kpi, currency: string): Msg | null {
  const cs = result.channels;
  const now = result.currentResponse, gain = result.recommendedResponse - now;
  if (!(now > 0) || !Number.isFinite(gain) || Math.abs(gain) < MIN_GAIN * now || cs.length === 0) return null;
  const share = gain / now;
  const before = cs.reduce((s, c) => s + c.currentSpend, 0), after = cs.reduce((s, c) => s + c.recommendedSpend, 0);
  if (Math.abs(after - before) > SAME_BUDGET * before) {
    // Spending more for less (or less for more) is not something the optimiser does; say nothing rather than guess.
    if (Math.sign(after - before) !== Math.sign(gain)) return null;
    return msg('budget.findingSpend', { change: after - before, currency, gain, share, kpi });
  }
  if (!(gain > 0)) return null;
  let from = -1, to = -1, moved = 0, ups = 0, downs = 0;
  cs.forEach((c, i) => {
    const d = c.recommendedSpend - c.currentSpend;
    if (d > 0) (moved += d), ups++;
    if (d < 0) downs++;
    if (d < 0 && (from < 0 || d < cs[from].recommendedSpend - cs[from].currentSpend)) from = i;
    if (d > 0 && (to < 0 || d > cs[to].recommendedSpend - cs[to].currentSpend)) to = i;
  });
  if (from < 0 || to < 0) return null;
  return msg('budget.findingMove', { amount: moved, currency, from: cs[from].name, to: cs[to].name, mostly: ups > 1 || downs > 1, gain, share, kpi });
}

/**
 * The channel whose current spend already buys the largest share of the most its curve can give (hill(x) / beta),
 * and that share; that all are about equally close when the shares differ by under 2 points; null without a
 * channel with spend and a rising curve.
 */
export function saturationFinding(channels: readonly { name: string; currentSpend: number; curve: HillCurve }[]): Msg | null {
  let best = -1, reached = -1, least = Infinity;
  channels.forEach((c, i) => {
    if (!(c.currentSpend > 0) || !(c.curve.beta > 0)) return;
    const r = hill(c.curve, c.currentSpend) / c.curve.beta;
    if (!Number.isFinite(r)) return;
    if (r > reached) (best = i), (reached = r);
    least = Math.min(least, r);
  });
  if (best < 0) return null;
  // Curves calibrated with one elasticity all sit at the same share (alpha 1, E 0.5: half of beta): naming the
  // first of equals would be a false finding, so say that they are equal.
  if (reached - least < EVEN) return msg('budget.findingSaturationEven', { reached, channels: channels.length });
  return msg('budget.findingSaturation', { channel: channels[best].name, reached });
}

/**
 * Where the next `per` of spend returns most and least today (marginal ROI at current spend × per); null with
 * fewer than two channels or when the best returns under 10% more than the worst (no clear difference).
 */
export function marginalFinding(channels: readonly { name: string; currentSpend: number; curve: HillCurve }[], kpi: Kpi, currency: string, per = 1000): Msg | null {
  const rows = channels.map((c) => ({ name: c.name, m: marginal(c.curve, c.currentSpend) })).filter((r) => Number.isFinite(r.m) && r.m >= 0);
  if (rows.length < 2) return null;
  let hi = rows[0], lo = rows[0];
  for (const r of rows) {
    if (r.m > hi.m) hi = r;
    if (r.m < lo.m) lo = r;
  }
  if (!(hi.m > 1.1 * lo.m)) return null;
  return msg('budget.findingMarginal', { best: hi.name, worst: lo.name, bestReturn: hi.m * per, worstReturn: lo.m * per, per, currency, kpi });
}

/** How much of a channel's week-to-week ups and downs its fitted curve explains, and whether the plan uses it. */
export function weeklyFitFinding(fit: { name: string; r2: number; used: boolean }, min: number): Msg | null {
  return Number.isFinite(fit.r2) ? msg('budget.findingFit', { channel: fit.name, r2: Math.max(0, fit.r2), used: fit.used, min }) : null;
}
