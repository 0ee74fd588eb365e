// Recovery on simulated data with a known truth (issue 13, "How it is checked"): 156 weeks, 5 channels, flighting and
// always-on spend, adstock, Hill, trend, season, holidays, a demand control and noise.
import { describe, expect, it } from 'vitest';
import { maximizeResponse } from '../../../src/lib/budget/allocate';
import { hillResponse } from '../../../src/lib/budget/curve';
import { allocateMmm } from '../../../src/lib/mmm/allocate';
import { fitMmm } from '../../../src/lib/mmm/fit';
import type { MmmResult } from '../../../src/lib/mmm/types';
import { simulate, trueResponse, type Simulated } from './simulate';

const SEEDS = [1, 2];
const fits = new Map<number, { sim: Simulated; result: MmmResult }>();
const fitted = (seed: number) => {
  if (!fits.has(seed)) {
    const sim = simulate(seed);
    fits.set(seed, { sim, result: fitMmm(sim.table, { seed: 7 }) });
  }
  return fits.get(seed)!;
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

describe('fitMmm() on simulated data with a known truth', () => {
  it.each(SEEDS.map((seed) => ({ seed })))('recovers ROI with a median relative error of at most 0.2 (data seed $seed)', ({ seed }) => {
    const { sim, result } = fitted(seed);
    const errors = result.channels.map((c, i) => Math.abs(c.roi / sim.truth[i].roi - 1));
    expect(result.channels.map((c) => c.name)).toEqual(sim.truth.map((c) => c.name));
    expect(median(errors)).toBeLessThanOrEqual(0.2);
    expect(result.fit.r2).toBeGreaterThan(0.9);
  }, 60_000);

  it.each(SEEDS.map((seed) => ({ seed })))('puts at least 3 of 5 true ROIs inside their 90 percent bootstrap interval widened by a tenth (data seed $seed)', ({ seed }) => {
    const { sim, result } = fitted(seed);
    const inside = result.channels.filter((c, i) => c.roiInterval && sim.truth[i].roi >= 0.9 * c.roiInterval.low && sim.truth[i].roi <= 1.1 * c.roiInterval.high);
    expect(inside.length).toBeGreaterThanOrEqual(3);
  }, 60_000);

  it.each(SEEDS.map((seed) => ({ seed })))('recommends an allocation that, scored on the true curves, captures at least 0.6 of the possible uplift and never loses (data seed $seed)', ({ seed }) => {
    const { sim, result } = fitted(seed);
    const today = sim.truth.map((c) => c.meanWeekly);
    const budget = today.reduce((a, b) => a + b, 0);
    const best = maximizeResponse(sim.truth.map((c) => ({ response: hillResponse(c.curve), min: 0.5 * c.meanWeekly, max: 2 * c.meanWeekly })), budget);
    const advice = allocateMmm(result);
    const recommended = advice.channels.map((c) => c.recommendedWeekly);
    expect(recommended.reduce((a, b) => a + b, 0)).toBeCloseTo(budget, 3);
    const base = trueResponse(sim.truth, today), top = trueResponse(sim.truth, best.spends), got = trueResponse(sim.truth, recommended);
    expect(top).toBeGreaterThan(base);
    expect(got).toBeGreaterThanOrEqual(base);
    expect((got - base) / (top - base)).toBeGreaterThanOrEqual(0.6);
  }, 60_000);
});
