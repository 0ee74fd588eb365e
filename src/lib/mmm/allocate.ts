// Budget from the model: the fitted steady-state weekly curves (adstock settled at x / (1 - theta)) fed to the exact
// optimiser of ../budget. It optimises the mean response over the bootstrap draws, holds a channel whose move helps
// in too few draws, and never recommends less response than today's spend under the point estimate.
import { maximizeResponse, type Allocation, type ChannelBounds } from '../budget/allocate';
import { averageResponse, hillResponse, type ResponseFn } from '../budget/curve';
import { hill, type HillCurve } from '../budget/response';
import { allocateAtMarginal, allocateForRoas } from '../budget/targets';
import { msg, type Msg } from '../messages';
import { steadyCurve } from './transform';
import type { MmmResult } from './types';

export type MmmBudgetMode =
  | { kind: 'budget'; /** Weekly budget; default the sum of the channels' mean weekly spend. */ weekly?: number }
  | { kind: 'mroi'; target: number }
  | { kind: 'roas'; target: number };

export interface MmmAllocationOptions {
  mode: MmmBudgetMode;
  /** Each channel's spend may move between these ratios of its mean weekly spend. @default [0.5, 2] (Robyn) */
  bounds: readonly [number, number];
  /** A channel moves only if its move helps in at least this share of the draws (a clear majority); others stay. @default 0.6 */
  agreement: number;
  /** Moves under this fraction of current spend count as none. @default 0.005 */
  tolerance: number;
}

export const defaultMmmAllocationOptions: Readonly<MmmAllocationOptions> = Object.freeze({
  mode: Object.freeze({ kind: 'budget' }), bounds: Object.freeze([0.5, 2] as const), agreement: 0.6, tolerance: 0.005,
});

export interface MmmAllocationChannel {
  name: string;
  members: string[];
  currentWeekly: number;
  recommendedWeekly: number;
  min: number;
  max: number;
  /** Steady-state weekly responses under the point estimate. */
  currentResponse: number;
  recommendedResponse: number;
  /** Share of draws in which the move helps (its gain beats what the money earns at the draw's margin); null without a move or draws. */
  helpShare: number | null;
  /** Kept at today's spend because the draws disagree. */
  held: boolean;
  /** A group's split between its members, in proportion to today's spend. */
  split: { name: string; currentWeekly: number; recommendedWeekly: number }[];
}

export interface MmmAllocation {
  mode: MmmBudgetMode;
  budget: number;
  bounds: readonly [number, number];
  status: Allocation['status'];
  lambda: number | null;
  currentResponse: number;
  recommendedResponse: number;
  /** The same two over the bootstrap draws' mean curves (equal to the point ones without draws). */
  meanCurrentResponse: number;
  meanRecommendedResponse: number;
  channels: MmmAllocationChannel[];
  warnings: Msg[];
  /** The optimiser's own warnings (bounds, S-curves, targets). */
  optimiserWarnings: Msg[];
}

/** The steady-state weekly curves of the point estimate, in the order of result.channels. */
export function pointCurves(result: MmmResult): HillCurve[] {
  return result.channels.map((c) => steadyCurve(c.beta, c.shape));
}

/** Each draw's steady-state weekly curves. */
export function drawCurves(result: MmmResult): HillCurve[][] {
  return result.draws.map((d) => d.shapes.map((s, c) => steadyCurve(d.beta[c], s)));
}

export function allocateMmm(result: MmmResult, options: Partial<MmmAllocationOptions> = {}): MmmAllocation {
  const o: MmmAllocationOptions = { ...defaultMmmAllocationOptions, ...options };
  const [lo, hi] = o.bounds;
  if (!(lo >= 0 && hi >= lo)) throw new Error(`invalid bounds: ${lo}, ${hi} (need 0 <= min <= max)`);
  const point = pointCurves(result), draws = drawCurves(result);
  const current = result.channels.map((c) => c.meanWeekly);
  const mean: ResponseFn[] = point.map((p, c) => (draws.length > 0 ? averageResponse(draws.map((d) => hillResponse(d[c]))) : hillResponse(p)));
  const budget = o.mode.kind === 'budget' ? o.mode.weekly ?? current.reduce((a, b) => a + b, 0) : NaN;
  const held = new Set<number>();
  const problem = (curves: readonly ResponseFn[]): ChannelBounds[] => curves.map((r, c) => ({
    response: r, name: result.channels[c].name,
    min: held.has(c) ? current[c] : lo * current[c], max: held.has(c) ? current[c] : hi * current[c],
  }));
  const solve = (curves: readonly ResponseFn[], total = budget): Allocation =>
    o.mode.kind === 'mroi' ? allocateAtMarginal(problem(curves), o.mode.target)
      : o.mode.kind === 'roas' && Number.isNaN(total) ? allocateForRoas(problem(curves), o.mode.target)
        : maximizeResponse(problem(curves), total);
  const moved = (x: number, c: number) => Math.abs(x - current[c]) > o.tolerance * current[c];
  const helpShares = (a: Allocation): (number | null)[] => {
    if (draws.length === 0) return a.spends.map(() => null);
    const prices = draws.map((d) => (o.mode.kind === 'mroi' ? o.mode.target : solve(d.map((cv) => hillResponse(cv)), a.allocated).lambda ?? a.lambda ?? 0));
    return a.spends.map((x, c) => (!moved(x, c) ? null
      : draws.filter((d, k) => hill(d[c], x) - hill(d[c], current[c]) - prices[k] * (x - current[c]) > 0).length / draws.length));
  };
  let a = solve(mean), shares = helpShares(a);
  const warnings: Msg[] = [];
  for (let round = 0; round < result.channels.length; round++) {
    const doubtful = shares.flatMap((s, c) => (s !== null && s < o.agreement && !held.has(c) ? [c] : []));
    if (doubtful.length === 0) break;
    for (const c of doubtful) {
      held.add(c);
      warnings.push(msg('mmm.held', { channel: result.channels[c].name, share: shares[c] ?? 0 }));
    }
    a = solve(mean);
    shares = helpShares(a);
  }
  const total = (curves: readonly HillCurve[], xs: readonly number[]) => curves.reduce((s, cv, c) => s + hill(cv, xs[c]), 0);
  const meanTotal = (xs: readonly number[]) => mean.reduce((s, r, c) => s + r.value(xs[c]), 0);
  let spends = a.spends;
  // Doing nothing at this budget: today's split, scaled to the budget when it differs from today's total.
  const sumCurrent = current.reduce((x, y) => x + y, 0);
  const today = current.map((x) => (sumCurrent > 0 ? (x * budget) / sumCurrent : x));
  if (o.mode.kind === 'budget' && (total(point, spends) < total(point, today) || meanTotal(spends) < meanTotal(today))) {
    // Never worse than doing nothing: the draws' choice loses under the point estimate (or on average), so keep today.
    warnings.push(msg('mmm.keptCurrent', {}));
    spends = today;
  }
  for (const c of result.channels) if (c.members.length > 1) warnings.push(msg('mmm.groupSplit', { group: c.name }));
  return {
    mode: o.mode, budget: o.mode.kind === 'budget' ? budget : a.allocated, bounds: [lo, hi], status: a.status, lambda: a.lambda,
    currentResponse: total(point, current), recommendedResponse: total(point, spends),
    meanCurrentResponse: meanTotal(current), meanRecommendedResponse: meanTotal(spends),
    channels: result.channels.map((ch, c) => ({
      name: ch.name, members: ch.members, currentWeekly: current[c], recommendedWeekly: spends[c],
      min: held.has(c) ? current[c] : lo * current[c], max: held.has(c) ? current[c] : hi * current[c],
      currentResponse: hill(point[c], current[c]), recommendedResponse: hill(point[c], spends[c]),
      helpShare: spends === a.spends ? shares[c] : null, held: held.has(c),
      split: ch.members.length > 1 ? ch.members.map((m, i) => {
        const part = ch.spend > 0 ? ch.memberSpend[i] / ch.spend : 0;
        return { name: m, currentWeekly: part * current[c], recommendedWeekly: part * spends[c] };
      }) : [],
    })),
    warnings, optimiserWarnings: a.warnings,
  };
}
