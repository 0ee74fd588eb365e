import { describe, expect, it } from 'vitest';
import { posteriorCurves } from '../../../src/lib/experiments/posterior-curve';

describe('posteriorCurves()', () => {
  it('gives densities that integrate to 1 and peak at the posterior mode', () => {
    const arms = [{ variant: 'A', users: 1030, conversions: 206 }, { variant: 'B', users: 1030, conversions: 258 }];
    const curves = posteriorCurves(arms, [1, 1], 400);
    for (const [i, c] of curves.entries()) {
      const dx = c.x[1] - c.x[0];
      const area = c.y.reduce((s, y) => s + y * dx, 0); // Riemann sum over ±5 sd holds all but ~1e-6 of the mass
      expect(area).toBeCloseTo(1, 3);
      const peak = c.x[c.y.indexOf(Math.max(...c.y))];
      expect(Math.abs(peak - arms[i].conversions / arms[i].users)).toBeLessThan(2 * dx);
    }
    expect(curves[0].x).toEqual(curves[1].x);
  });

  it('stays finite for millions of users', () => {
    const [c] = posteriorCurves([{ variant: 'A', users: 5_000_000, conversions: 250_000 }]);
    expect(c.y.every(Number.isFinite)).toBe(true);
    expect(Math.max(...c.y)).toBeGreaterThan(100);
  });
});
