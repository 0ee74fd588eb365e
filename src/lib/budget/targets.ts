// The optimiser's other modes: a target marginal ROI, a target ROAS, and the budget sweep.
import { msg, type Msg } from '../messages';
import { allocation, checkChannels, fillAt, maximizeResponse, sCurveWarnings, type Allocation, type ChannelBounds } from './allocate';

/**
 * Every channel where its marginal ROI equals `target`, cut to its bounds: a channel whose marginal ROI misses the
 * target even at its minimum stays at the minimum (the principled "pause under-performers"). For a CPL/CPA ceiling
 * pass 1 / ceiling with conversions as the response. The budget is whatever that adds up to.
 */
export function allocateAtMarginal(channels: readonly ChannelBounds[], target: number): Allocation {
  checkChannels(channels);
  if (!(target > 0 && Number.isFinite(target))) throw new Error(`invalid target marginal ROI: ${target}`);
  const spends = fillAt(channels, target);
  const warnings = sCurveWarnings(channels);
  const open = spends.findIndex((x) => !Number.isFinite(x));
  if (open >= 0) throw new Error(`${channels[open].name ?? `channel ${open + 1}`} has no maximum and never falls to marginal ROI ${target}`);
  return allocation(channels, spends.reduce((a, b) => a + b, 0), spends, 'ok', target, warnings);
}

export interface RoasAllocation extends Allocation {
  /** Response / spend of the allocation; null at zero spend. */
  roas: number | null;
  /** False when no budget within the bounds reaches the target; `warnings[0]` says why. */
  reachable: boolean;
}

const roasOf = (a: Allocation) => (a.allocated > 0 ? a.response / a.allocated : Infinity);

/**
 * The largest budget whose optimal allocation has ROAS (total response / total spend) equal to `target`. The
 * optimal response R(B) is concave with slope lambda(B), so R(B) / B rises while lambda B > R and falls after: a
 * bisection on the sign of lambda B - R finds the peak ROAS (minimums can force spend onto weak channels, so ROAS may
 * first rise), then a bisection on the falling side finds the target. A target above the peak is unreachable
 * (status 'infeasible', at the peak); a target below the ROAS with every channel at its maximum leaves them there
 * with a warning. With no maximums the upper end doubles until ROAS drops below the target.
 */
export function allocateForRoas(channels: readonly ChannelBounds[], target: number): RoasAllocation {
  checkChannels(channels);
  if (!(target > 0 && Number.isFinite(target))) throw new Error(`invalid target ROAS: ${target}`);
  const sumMin = channels.reduce((a, c) => a + c.min, 0), sumMax = channels.reduce((a, c) => a + c.max, 0);
  const at = (budget: number) => maximizeResponse(channels, budget);
  const rising = (budget: number) => {
    const a = at(budget);
    return (a.lambda ?? Infinity) * budget > a.response;
  };
  const done = (a: Allocation, reachable: boolean, why?: Msg): RoasAllocation => {
    return { ...a, warnings: why ? [why, ...a.warnings] : a.warnings, roas: a.allocated > 0 ? roasOf(a) : null, reachable };
  };
  let hi = sumMax;
  if (!Number.isFinite(hi)) {
    hi = Math.max(2 * sumMin, 1);
    for (let i = 0; i < 200 && (rising(hi) || roasOf(at(hi)) >= target); i++) hi *= 2;
  }
  let lo = sumMin > 0 ? sumMin : hi * 1e-9;
  const bisect = (a: number, b: number, left: (x: number) => boolean) => {
    for (let i = 0; i < 200 && b - a > 1e-13 * b; i++) {
      const mid = Math.sqrt(a * b);
      if (left(mid)) a = mid;
      else b = mid;
    }
    return [a, b];
  };
  const peak = rising(lo) ? bisect(lo, hi, rising)[0] : lo;
  const best = at(peak);
  if (roasOf(best) < target) {
    return done({ ...best, status: 'infeasible' }, false, msg('budget.roasUnreachable', { best: roasOf(best), at: peak, target, minimums: sumMin > 0 }));
  }
  const top = at(hi);
  if (roasOf(top) >= target) {
    return done(top, false, msg('budget.roasCapped', { total: hi, roas: roasOf(top), target }));
  }
  [lo, hi] = bisect(peak, hi, (b) => roasOf(at(b)) >= target);
  return done(at((lo + hi) / 2), true);
}

export interface SweepPoint {
  budget: number;
  /** Optimal total response at this budget (at the maximums when the budget exceeds them). */
  response: number;
  lambda: number | null;
  status: Allocation['status'];
}

/** Optimal response against total budget at `points` evenly spaced budgets from `from` to `to`. */
export function budgetSweep(channels: readonly ChannelBounds[], from: number, to: number, points = 41): SweepPoint[] {
  if (!(from >= 0 && to >= from && points >= 2)) throw new Error(`invalid sweep: from ${from} to ${to} in ${points} points`);
  return Array.from({ length: points }, (_, i) => {
    const budget = from + ((to - from) * i) / (points - 1);
    const a = maximizeResponse(channels, budget);
    return { budget, response: a.response, lambda: a.lambda, status: a.status };
  });
}
