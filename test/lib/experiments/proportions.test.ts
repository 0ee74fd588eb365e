import { describe, expect, it } from 'vitest';
import { compareProportions, fiellerRelative, intervalsDisagree, pooledZTest } from '../../../src/lib/experiments/proportions';
import { expectPrinted, expectRel } from './close';

describe('pooledZTest', () => {
  it('equals statsmodels proportions_ztest: 5/83 vs 12/99 gives p = 0.159', () => {
    const { z, pValue } = pooledZTest({ users: 83, conversions: 5 }, { users: 99, conversions: 12 });
    expectPrinted(pValue, '0.159');
    // Full digits from scipy with the same formula (statsmodels' docstring prints 0.159).
    expectRel(pValue, 0.15918129181156992, 1e-12);
    expectRel(z, 1.4078304151258787, 1e-12); // statsmodels prints -1.408 for control minus variant
  });

  it('gives p = 0.0060956 for 206/1030 vs 258/1030', () => {
    expectRel(pooledZTest({ users: 1030, conversions: 206 }, { users: 1030, conversions: 258 }).pValue, 0.0060956, 1e-5);
    expectRel(pooledZTest({ users: 1030, conversions: 206 }, { users: 1030, conversions: 258 }).pValue, 0.006095600227299058, 1e-12);
  });

  it('returns z = 0 and p = 1 when no arm varies (all or none converted)', () => {
    expect(pooledZTest({ users: 10, conversions: 0 }, { users: 20, conversions: 0 })).toEqual({ z: 0, pValue: 1 });
    expect(pooledZTest({ users: 10, conversions: 10 }, { users: 20, conversions: 20 })).toEqual({ z: 0, pValue: 1 });
  });
});

describe('compareProportions', () => {
  const r = compareProportions({ users: 1030, conversions: 206 }, { users: 1030, conversions: 258 });

  it('gives the absolute difference with an unpooled Wald interval', () => {
    const se = Math.sqrt((0.2 * 0.8) / 1030 + ((258 / 1030) * (772 / 1030)) / 1030);
    expectRel(r.absDiff, 258 / 1030 - 0.2, 1e-15);
    expectRel(r.absSe, se, 1e-15);
    expectRel(r.absCi[0], r.absDiff - 1.959963984540054 * se, 1e-12);
    expectRel(r.absCi[1], r.absDiff + 1.959963984540054 * se, 1e-12);
  });

  it('gives the relative lift with the delta-method variance s1²p2²/(p1⁴n1) + s2²/(p1²n2)', () => {
    const p1 = 0.2, p2 = 258 / 1030;
    const variance = (p1 * (1 - p1) * p2 * p2) / (p1 ** 4 * 1030) + (p2 * (1 - p2)) / (p1 * p1 * 1030);
    expectRel(r.relLift, (p2 - p1) / p1, 1e-14);
    expectRel(r.relSe, Math.sqrt(variance), 1e-14);
    expect(r.relCiDelta?.[0]).toBeLessThan(r.relLift as number);
  });

  it('gives a Fieller interval that contains the lift and is wider on the upper side', () => {
    const [lo, hi] = r.relCiFieller as [number, number];
    expect(lo).toBeLessThan(r.relLift as number);
    expect(hi - (r.relLift as number)).toBeGreaterThan((r.relLift as number) - lo);
    expect(r.intervalsDisagree).toBe(false);
  });

  it('Fieller solves (p2 - R p1)² = z² (v2 + R² v1) at both ends of the ratio', () => {
    const m1 = 0.2, v1 = 0.0004, m2 = 0.25, v2 = 0.0005, z = 1.96;
    for (const end of fiellerRelative(m1, v1, m2, v2, z) as [number, number]) {
      const ratio = end + 1;
      expectRel((m2 - ratio * m1) ** 2, z * z * (v2 + ratio * ratio * v1), 1e-12);
    }
  });

  it('Fieller is null (unbounded) when the control rate is too uncertain, and that counts as disagreement', () => {
    const small = compareProportions({ users: 5, conversions: 1 }, { users: 5, conversions: 3 });
    expect(small.relCiFieller).toBeNull();
    expect(small.intervalsDisagree).toBe(true);
    expect(intervalsDisagree([0, 1], [0.05, 1.05])).toBe(false);
    expect(intervalsDisagree([0, 1], [0.2, 1.3])).toBe(true);
  });

  it('gives null relative numbers (not NaN) when the control has no conversions', () => {
    const zero = compareProportions({ users: 100, conversions: 0 }, { users: 100, conversions: 5 });
    expect([zero.relLift, zero.relSe, zero.relCiDelta, zero.relCiFieller]).toEqual([null, null, null, null]);
    expect(Number.isFinite(zero.pValue) && Number.isFinite(zero.absCi[0])).toBe(true);
  });

  it('never returns NaN over a grid of valid counts', () => {
    for (const n1 of [1, 7, 100]) for (const n2 of [1, 9, 100]) for (const f1 of [0, 0.3, 1]) for (const f2 of [0, 0.5, 1]) {
      const c = compareProportions({ users: n1, conversions: Math.round(f1 * n1) }, { users: n2, conversions: Math.round(f2 * n2) });
      const numbers = [c.absDiff, c.absSe, ...c.absCi, c.z, c.pValue, c.relLift, c.relSe, ...(c.relCiDelta ?? []), ...(c.relCiFieller ?? [])];
      expect(numbers.filter((x) => x !== null && Number.isNaN(x))).toEqual([]);
    }
  });

  it('throws a RangeError naming the arm for impossible counts', () => {
    expect(() => compareProportions({ users: 10, conversions: 11 }, { users: 10, conversions: 1 })).toThrow(/control: conversions/);
    expect(() => compareProportions({ users: 10, conversions: 1 }, { users: 0, conversions: 0 })).toThrow(/variant: users/);
    expect(() => compareProportions({ users: 10, conversions: 1.5 }, { users: 10, conversions: 1 })).toThrow(RangeError);
  });

  it('does not mutate its inputs', () => {
    const a = { users: 100, conversions: 10 }, b = { users: 100, conversions: 20 };
    const before = JSON.stringify([a, b]);
    compareProportions(a, b);
    expect(JSON.stringify([a, b])).toBe(before);
  });
});
