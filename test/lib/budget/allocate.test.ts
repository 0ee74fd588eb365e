import { describe, expect, it } from 'vitest';
import { maximizeResponse, type Allocation, type ChannelBounds } from '../../../src/lib/budget/allocate';
import { hillResponse } from '../../../src/lib/budget/curve';
import { channel, expectKkt, randomChannels } from './kkt';
import { english } from '../../../src/lib/messages';

const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

/** FORMULAS.md: two alpha = 1 channels, no bounds: lambda = (sum sqrt(beta gamma) / (B + sum gamma))^2. */
function closedForm(betas: number[], gammas: number[], budget: number) {
  const root = betas.reduce((a, b, i) => a + Math.sqrt(b * gammas[i]), 0);
  const lambda = (root / (budget + gammas[0] + gammas[1])) ** 2;
  return { lambda, x: betas.map((b, i) => Math.sqrt((b * gammas[i]) / lambda) - gammas[i]) };
}

/** Best total response over a grid of spends summing to the budget (2 or 3 channels). */
function bruteForce(channels: readonly ChannelBounds[], budget: number, steps: number): number {
  const r = (i: number, x: number) => (x < channels[i].min || x > channels[i].max ? -Infinity : channels[i].response.value(x));
  let best = -Infinity;
  for (let a = 0; a <= steps; a++) {
    const x0 = (budget * a) / steps;
    if (channels.length === 2) best = Math.max(best, r(0, x0) + r(1, budget - x0));
    else {
      for (let b = 0; a + b <= steps; b++) {
        const x1 = (budget * b) / steps;
        best = Math.max(best, r(0, x0) + r(1, x1) + r(2, budget - x0 - x1));
      }
    }
  }
  return best;
}

describe('maximizeResponse()', () => {
  it('reproduces the FORMULAS.md worked example: lambda 3.73839, x = 13328.16 and 6671.84', () => {
    const channels = [channel({ beta: 200000, alpha: 1, gamma: 15000 }), channel({ beta: 150000, alpha: 1, gamma: 25000 })];
    const a = maximizeResponse(channels, 20000);
    const exact = closedForm([200000, 150000], [15000, 25000], 20000);
    expect(rel(a.lambda!, exact.lambda)).toBeLessThan(1e-6);
    expect(a.lambda).toBeCloseTo(3.73839, 5);
    expect(a.spends[0]).toBeCloseTo(13328.16, 2);
    expect(a.spends[1]).toBeCloseTo(6671.84, 2);
    expect(a.status).toBe('ok');
    expectKkt(channels, a);
  });

  it.each([[50, 900, 400, 3000, 5000], [5, 5, 100, 100, 50], [1e6, 2e5, 3e4, 8e3, 1e5]])(
    'matches the two-channel alpha = 1 closed form (betas %s, %s; gammas %s, %s; budget %s)', (b1, b2, g1, g2, budget) => {
      const channels = [channel({ beta: b1, alpha: 1, gamma: g1 }), channel({ beta: b2, alpha: 1, gamma: g2 })];
      const exact = closedForm([b1, b2], [g1, g2], budget);
      const a = maximizeResponse(channels, budget);
      expect(rel(a.lambda!, exact.lambda)).toBeLessThan(1e-6);
      const response = (xs: number[]) => channels.reduce((s, c, i) => s + c.response.value(xs[i]), 0);
      expect(rel(a.response, response(exact.x))).toBeLessThan(1e-6);
      expectKkt(channels, a);
    });

  it.each([1, 2, 3, 4, 5, 6])('meets the KKT conditions and beats brute force on a grid (random case %s)', (seed) => {
    const { channels, current } = randomChannels(seed, seed % 2 === 0 ? 2 : 3);
    const budget = current.reduce((a, b) => a + b, 0) * (0.6 + 0.2 * seed);
    const a = maximizeResponse(channels, budget);
    if (a.status !== 'ok') return expect(['infeasible', 'unallocated']).toContain(a.status);
    expectKkt(channels, a);
    const best = bruteForce(channels, budget, channels.length === 2 ? 4000 : 600);
    expect(a.response).toBeGreaterThanOrEqual(best - 1e-9 * best);
    expect(rel(a.response, best)).toBeLessThan(2e-3);
  });

  it('holds channels at their bounds with the marginal ROI on the right side of lambda', () => {
    const channels = [
      channel({ beta: 1000, alpha: 1, gamma: 1000 }, 0, 2000, 'strong'),
      channel({ beta: 100, alpha: 1, gamma: 1000 }, 1500, 4000, 'weak'),
      channel({ beta: 500, alpha: 0.7, gamma: 3000 }, 0, Infinity, 'open'),
    ];
    const a = maximizeResponse(channels, 8000);
    expect(a.bounds).toEqual(['upper', 'lower', 'interior']);
    expect(a.spends[0]).toBe(2000);
    expect(a.spends[1]).toBe(1500);
    expect(a.spends[2]).toBeCloseTo(4500, 6);
    expectKkt(channels, a);
  });

  it('says plainly when the minimums add up to more than the budget (infeasible)', () => {
    const channels = [channel({ beta: 10, alpha: 1, gamma: 100 }, 700, 900, 'A'), channel({ beta: 10, alpha: 1, gamma: 100 }, 600, 900, 'B')];
    const a = maximizeResponse(channels, 1000);
    expect(a).toMatchObject({ status: 'infeasible', lambda: null, spends: [700, 600], unallocated: 0 });
    expect(english(a.warnings[0])).toMatch(/^Infeasible: the minimums add up to 1,300.00, more than the budget of 1,000.00/);
  });

  it('reports the remainder when the maximums add up to less than the budget (unallocated)', () => {
    const channels = [channel({ beta: 10, alpha: 1, gamma: 100 }, 0, 300), channel({ beta: 20, alpha: 1, gamma: 100 }, 0, 200)];
    const a = maximizeResponse(channels, 1000);
    expect(a).toMatchObject({ status: 'unallocated', spends: [300, 200], allocated: 500, unallocated: 500, bounds: ['upper', 'upper'] });
    expect(english(a.warnings[0])).toMatch(/^Unallocated: .* 500.00 is left over/);
    expectKkt(channels, a);
  });

  it('spends exactly the minimums when they equal the budget, and exactly the maximums when those do', () => {
    const channels = [channel({ beta: 10, alpha: 1, gamma: 100 }, 100, 300), channel({ beta: 20, alpha: 1, gamma: 100 }, 200, 400)];
    expect(maximizeResponse(channels, 300)).toMatchObject({ status: 'ok', spends: [100, 200], bounds: ['lower', 'lower'] });
    expect(maximizeResponse(channels, 700)).toMatchObject({ status: 'ok', spends: [300, 400], unallocated: 0 });
  });

  it('handles S-curves whose minimum is at or above the inflection exactly, and warns for the others', () => {
    const s = { beta: 500, alpha: 2.5, gamma: 4000 };
    const above = [channel(s, 4000, Infinity, 'S'), channel({ beta: 300, alpha: 1, gamma: 3000 }, 0, Infinity, 'C')];
    const a = maximizeResponse(above, 12000);
    expect(a.warnings).toEqual([]);
    expectKkt(above, a);
    const below = [channel(s, 0, Infinity, 'S'), channel({ beta: 300, alpha: 1, gamma: 3000 }, 0, Infinity, 'C')];
    const b = maximizeResponse(below, 12000);
    expect(b.warnings).toHaveLength(1);
    expect(english(b.warnings[0])).toMatch(/^S has an S-shaped curve \(alpha 2.5\) and its minimum 0.00 is below the inflection point/);
    expect(b.allocated).toBeCloseTo(12000, 6);
  });

  it('puts money a model does not value on flat channels (beta 0) once the others are full, with lambda 0', () => {
    const channels = [channel({ beta: 50, alpha: 1, gamma: 1000 }, 500, 1500), channel({ beta: 0, alpha: 1, gamma: 1 }, 100, 5000)];
    const a = maximizeResponse(channels, 3000);
    expect(a).toMatchObject({ status: 'ok', lambda: 0, spends: [1500, 1500], bounds: ['upper', 'interior'] });
    expectKkt(channels, a);
    const open = [channels[0], channel({ beta: 0, alpha: 1, gamma: 1 }, 100, Infinity)];
    expect(maximizeResponse(open, 3000).spends).toEqual([1500, 1500]);
  });

  it('does not mutate its inputs', () => {
    const curves = [{ beta: 10, alpha: 1, gamma: 100 }, { beta: 20, alpha: 0.8, gamma: 300, carryover: 5 }];
    const before = JSON.stringify(curves);
    const channels = curves.map((c) => ({ response: hillResponse(c), min: 10, max: 500 }));
    const frozen = Object.freeze(channels.map((c) => Object.freeze(c)));
    const a: Allocation = maximizeResponse(frozen, 400);
    expect(a.allocated).toBeCloseTo(400, 9);
    expect(JSON.stringify(curves)).toBe(before);
  });

  it('throws for impossible bounds, naming the channel', () => {
    expect(() => maximizeResponse([channel({ beta: 1, alpha: 1, gamma: 1 }, 5, 2, 'TV')], 10)).toThrow(/invalid bounds for TV: min 5, max 2/);
  });
});
