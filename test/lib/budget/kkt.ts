// Shared checks for budget tests: the KKT conditions of an allocation, and random Hill channels.
import { expect } from 'vitest';
import type { Allocation, ChannelBounds } from '../../../src/lib/budget/allocate';
import { hillResponse } from '../../../src/lib/budget/curve';
import type { HillCurve } from '../../../src/lib/budget/response';
import { mulberry32 } from '../../../src/lib/util/random';

const TOL = 1e-6;

/** Interior channels share lambda; at the minimum f' <= lambda; at the maximum f' >= lambda; bounds and budget hold. */
export function expectKkt(channels: readonly ChannelBounds[], a: Allocation, budget = a.budget): void {
  expect(a.spends).toHaveLength(channels.length);
  if (a.status === 'ok') expect(a.allocated).toBeCloseTo(budget, 6);
  const lambda = a.lambda;
  expect(lambda).not.toBeNull();
  channels.forEach((c, i) => {
    const x = a.spends[i], d = c.response.marginal(x);
    expect(x).toBeGreaterThanOrEqual(c.min - 1e-9 * Math.max(1, c.min));
    expect(x).toBeLessThanOrEqual(c.max + 1e-9 * Math.max(1, c.max));
    if (a.bounds[i] === 'interior') expect(Math.abs(d - lambda!)).toBeLessThanOrEqual(TOL * lambda! + 1e-15);
    else if (a.bounds[i] === 'lower') expect(d).toBeLessThanOrEqual(lambda! * (1 + TOL));
    else expect(d).toBeGreaterThanOrEqual(lambda! * (1 - TOL));
  });
}

export const channel = (curve: HillCurve, min = 0, max = Infinity, name?: string): ChannelBounds =>
  ({ response: hillResponse(curve), min, max, name });

/** Random concave Hill channels (alpha 0.4-1) with bounds around a current spend, seeded. */
export function randomChannels(seed: number, n: number): { channels: ChannelBounds[]; current: number[] } {
  const rng = mulberry32(seed);
  const current: number[] = [];
  const channels = Array.from({ length: n }, (_, i) => {
    const x0 = 1000 + 9000 * rng();
    current.push(x0);
    const curve = { beta: 50 + 500 * rng(), alpha: 0.4 + 0.6 * rng(), gamma: 2000 + 20000 * rng() };
    return channel(curve, rng() < 0.5 ? 0 : 0.5 * x0, rng() < 0.5 ? Infinity : 1.5 * x0, `c${i}`);
  });
  return { channels, current };
}
