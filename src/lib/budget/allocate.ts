// Maximise total response at a fixed budget with per-channel bounds: water-filling on the common marginal ROI.
// KKT (FORMULAS.md): interior channels share f'(x) = lambda, channels at their minimum have f' <= lambda, at their
// maximum f' >= lambda. x_i(lambda) = clip(f_i'^-1(lambda), min_i, max_i) is non-increasing in lambda, so a geometric
// bisection on lambda finds the budget's lambda; exact for concave curves.
import { msg, type Msg } from '../messages';
import type { ResponseFn } from './curve';

/** One channel of an allocation problem. */
export interface ChannelBounds {
  response: ResponseFn;
  /** Lowest allowed spend, >= 0. */
  min: number;
  /** Highest allowed spend, >= min; Infinity for none. */
  max: number;
  /** Used in warnings. */
  name?: string;
}

export type BoundSide = 'interior' | 'lower' | 'upper';
export type AllocationStatus = 'ok' | 'infeasible' | 'unallocated';

export interface Allocation {
  status: AllocationStatus;
  /** The common marginal ROI of the interior channels; null when none applies (infeasible, or infinite). */
  lambda: number | null;
  /** The budget asked for (target modes: the budget they arrive at). */
  budget: number;
  spends: number[];
  bounds: BoundSide[];
  allocated: number;
  /** Budget left over because every channel is at its maximum. */
  unallocated: number;
  /** Total response at `spends`. */
  response: number;
  /** Sentences: infeasible bounds, unallocated money, S-curves the optimiser cannot guarantee. */
  warnings: Msg[];
}

const label = (c: ChannelBounds, i: number) => c.name ?? `channel ${i + 1}`;
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const near = (a: number, b: number) => a === b || (Number.isFinite(b) && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b)));

/** Spend of each channel at marginal ROI lambda; an S-curve below its inflection drops to its minimum. */
export function fillAt(channels: readonly ChannelBounds[], lambda: number): number[] {
  return channels.map(({ response: r, min, max }) => {
    const start = r.concaveFrom;
    const x = start > 0 && lambda >= r.marginal(start) ? 0 : r.spendAt(lambda);
    return Math.min(max, Math.max(min, x));
  });
}

/** Which bound each spend sits at. */
export function boundSides(channels: readonly ChannelBounds[], spends: readonly number[]): BoundSide[] {
  return channels.map((c, i) => (near(spends[i], c.min) ? 'lower' : near(spends[i], c.max) ? 'upper' : 'interior'));
}

/** Warnings for S-curves whose minimum lies below the inflection, where the optimum is not guaranteed. */
export function sCurveWarnings(channels: readonly ChannelBounds[]): Msg[] {
  return channels.flatMap((c, i) => (c.response.concaveFrom > c.min && c.max > c.min
    ? [msg('budget.sCurve', { channel: label(c, i), alpha: c.response.alpha, min: c.min, inflection: c.response.concaveFrom })]
    : []));
}

/** Checks the bounds; throws for programmer errors, naming the channel. */
export function checkChannels(channels: readonly ChannelBounds[]): void {
  channels.forEach((c, i) => {
    if (!(c.min >= 0 && c.max >= c.min) || Number.isNaN(c.max)) {
      throw new Error(`invalid bounds for ${label(c, i)}: min ${c.min}, max ${c.max} (need 0 <= min <= max)`);
    }
  });
}

/** Builds the Allocation record for given spends. */
export function allocation(channels: readonly ChannelBounds[], budget: number, spends: number[], status: AllocationStatus,
  lambda: number | null, warnings: Msg[]): Allocation {
  const allocated = sum(spends);
  return {
    status, lambda: lambda !== null && Number.isFinite(lambda) ? lambda : null, budget, spends,
    bounds: boundSides(channels, spends), allocated, unallocated: status === 'unallocated' ? budget - allocated : 0,
    response: sum(channels.map((c, i) => c.response.value(spends[i]))), warnings,
  };
}

/** Maximises total response at `budget` within each channel's bounds. Does not mutate its inputs. */
export function maximizeResponse(channels: readonly ChannelBounds[], budget: number): Allocation {
  checkChannels(channels);
  if (!(budget >= 0 && Number.isFinite(budget))) throw new Error(`invalid budget: ${budget}`);
  const warnings = sCurveWarnings(channels);
  const mins = channels.map((c) => c.min), maxs = channels.map((c) => c.max);
  const sumMin = sum(mins), sumMax = sum(maxs);
  if (sumMin > budget && !near(sumMin, budget)) {
    warnings.unshift(msg('budget.infeasible', { sumMin, budget }));
    return allocation(channels, budget, mins, 'infeasible', null, warnings);
  }
  if (sumMax <= budget || near(sumMax, budget)) {
    const lambda = Math.min(...channels.map((c) => c.response.marginal(c.max)));
    if (near(sumMax, budget)) return allocation(channels, budget, maxs, 'ok', lambda, warnings);
    warnings.unshift(msg('budget.unallocated', { sumMax, budget }));
    return allocation(channels, budget, maxs, 'unallocated', lambda, warnings);
  }
  if (near(sumMin, budget)) {
    return allocation(channels, budget, mins, 'ok', Math.max(...channels.map((c) => c.response.marginal(c.min))), warnings);
  }
  const total = (lambda: number) => sum(fillAt(channels, lambda));
  // Bracket: total(lo) >= budget >= total(hi), growing by 4x from a marginal ROI near an even split.
  const even = budget / channels.length;
  let lo = channels.reduce((m, c) => Math.max(m, c.response.marginal(Math.min(c.max, Math.max(c.min, even)))), 0);
  if (!(lo > 0 && Number.isFinite(lo))) lo = 1;
  let hi = lo;
  for (let i = 0; i < 2000 && total(lo) < budget && lo > 1e-300; i++) lo /= 4;
  for (let i = 0; i < 2000 && total(hi) > budget; i++) hi *= 4;
  if (total(lo) < budget) {
    // Even at a vanishing marginal ROI the budget is not placed: the rest goes to flat channels (beta 0, marginal
    // ROI 0), which take it without loss, in proportion to their room; lambda is 0.
    const xs = fillAt(channels, lo);
    const rest = budget - sum(xs);
    // Room capped at the rest keeps it finite for channels with no maximum; the shares still fit every room.
    const room = xs.map((x, i) => (channels[i].response.marginal(x) > 0 ? 0 : Math.min(rest, channels[i].max - x))), roomSum = sum(room);
    return allocation(channels, budget, xs.map((x, i) => (roomSum > 0 ? x + (rest * room[i]) / roomSum : x)), 'ok', 0, warnings);
  }
  for (let i = 0; i < 400 && hi > lo * (1 + 4e-16); i++) {
    const mid = Math.sqrt(lo * hi);
    if (total(mid) >= budget) lo = mid;
    else hi = mid;
  }
  // Spends at hi fit the budget; the remainder goes to channels in proportion to how much more they take at lo.
  const atHi = fillAt(channels, hi), atLo = fillAt(channels, lo);
  const room = atLo.map((x, i) => x - atHi[i]), roomSum = sum(room), rest = budget - sum(atHi);
  const spends = atHi.map((x, i) => (roomSum > 0 ? x + (rest * room[i]) / roomSum : x));
  return allocation(channels, budget, spends, 'ok', Math.sqrt(lo * hi), warnings);
}
