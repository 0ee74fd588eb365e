import { describe, expect, it } from 'vitest';
import { maximizeResponse } from '../../../src/lib/budget/allocate';
import { allocateAtMarginal, allocateForRoas, budgetSweep } from '../../../src/lib/budget/targets';
import { channel, expectKkt, randomChannels } from './kkt';
import { english } from '../../../src/lib/messages';

const three = () => [
  channel({ beta: 1000, alpha: 1, gamma: 2000 }, 0, Infinity, 'strong'),
  channel({ beta: 300, alpha: 0.8, gamma: 4000 }, 500, 20000, 'middling'),
  channel({ beta: 40, alpha: 1, gamma: 1000 }, 800, 5000, 'weak'),
];

describe('allocateAtMarginal()', () => {
  it('sets every channel where its marginal ROI meets the target, within its bounds', () => {
    const channels = three();
    const a = allocateAtMarginal(channels, 0.05);
    expect(a.lambda).toBe(0.05);
    expect(a.bounds).toEqual(['interior', 'interior', 'lower']);
    expect(channels[0].response.marginal(a.spends[0])).toBeCloseTo(0.05, 12);
    expectKkt(channels, a);
  });

  it('keeps a channel that misses the target even at its minimum at the minimum ("pause under-performers")', () => {
    const channels = three();
    const a = allocateAtMarginal(channels, 0.05);
    expect(channels[2].response.marginal(800)).toBeLessThan(0.05);
    expect(a.spends[2]).toBe(800);
  });

  it('agrees with the fixed-budget optimiser at the budget it arrives at', () => {
    const { channels } = randomChannels(11, 3);
    const a = allocateAtMarginal(channels, 0.01);
    const b = maximizeResponse(channels, a.budget);
    expect(a.budget).toBe(a.allocated);
    if (b.bounds.includes('interior')) expect(b.lambda! / 0.01).toBeCloseTo(1, 6);
    b.spends.forEach((x, i) => expect(x).toBeCloseTo(a.spends[i], 4));
  });
});

describe('allocateForRoas()', () => {
  it('finds the budget whose optimal allocation has the target ROAS', () => {
    const channels = three();
    const a = allocateForRoas(channels, 0.08);
    expect(a.reachable).toBe(true);
    expect(a.status).toBe('ok');
    expect(Math.abs(a.roas! - 0.08) / 0.08).toBeLessThan(1e-6);
    expect(a.response / a.allocated).toBeCloseTo(a.roas!, 12);
    expectKkt(channels, a);
  });

  it('a lower target ROAS means a bigger budget', () => {
    const channels = three();
    expect(allocateForRoas(channels, 0.05).budget).toBeGreaterThan(allocateForRoas(channels, 0.1).budget);
  });

  it('reports a target above the best ROAS any budget reaches as unreachable (infeasible, at that budget)', () => {
    const channels = three();
    const a = allocateForRoas(channels, 10);
    expect(a).toMatchObject({ status: 'infeasible', reachable: false });
    expect(english(a.warnings[0])).toMatch(/^Unreachable: the best ROAS any budget reaches is 0.2 \(at .*\), below the target 10. Lower the target or the minimums./);
    // It is the peak: a little more or less budget gives a lower ROAS.
    for (const b of [a.budget * 0.99, a.budget * 1.01]) {
      const other = maximizeResponse(channels, b);
      expect(other.response / other.allocated).toBeLessThan(a.roas!);
    }
  });

  it('takes the falling side when minimums make ROAS rise first', () => {
    const channels = three();
    const low = maximizeResponse(channels, 1300);
    expect(low.response / low.allocated).toBeLessThan(0.08);
    const a = allocateForRoas(channels, 0.08);
    expect(a.budget).toBeGreaterThan(10000);
  });

  it('reports a target that every maximum still beats, with every channel at its maximum', () => {
    const channels = [channel({ beta: 1000, alpha: 1, gamma: 2000 }, 0, 1000), channel({ beta: 500, alpha: 1, gamma: 2000 }, 0, 1000)];
    const a = allocateForRoas(channels, 0.01);
    expect(a).toMatchObject({ status: 'ok', reachable: false, spends: [1000, 1000] });
    expect(english(a.warnings[0])).toMatch(/^Even with every channel at its maximum \(2,000.00 in all\), ROAS is/);
  });
});

describe('budgetSweep()', () => {
  it('gives the optimal response at evenly spaced budgets, rising with the budget', () => {
    const channels = three();
    const sweep = budgetSweep(channels, 2000, 40000, 9);
    expect(sweep.map((p) => p.budget)).toEqual([2000, 6750, 11500, 16250, 21000, 25750, 30500, 35250, 40000]);
    for (let i = 1; i < sweep.length; i++) expect(sweep[i].response).toBeGreaterThan(sweep[i - 1].response);
    expect(sweep[4].response).toBeCloseTo(maximizeResponse(channels, 21000).response, 12);
    expect(sweep.every((p) => p.status === 'ok')).toBe(true);
  });

  it('marks budgets below the minimums as infeasible', () => {
    expect(budgetSweep(three(), 0, 2600, 3).map((p) => p.status)).toEqual(['infeasible', 'ok', 'ok']);
  });
});
