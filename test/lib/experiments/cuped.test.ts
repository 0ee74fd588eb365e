import { describe, expect, it } from 'vitest';
import { cuped, cupedTheta, type CupedSums } from '../../../src/lib/experiments/cuped';
import { mulberry32, normal } from '../../../src/lib/util/random';
import { expectRel } from './close';

interface Row { x: number; y: number }

/** Per-user rows: pre-period x, metric y = 0.8 x + lift + noise. Seeded, so the test is deterministic. */
function rows(seed: number, n: number, lift: number): Row[] {
  const rng = mulberry32(seed);
  return Array.from({ length: n }, () => {
    const x = normal(rng, 50, 10);
    return { x, y: 0.8 * x + lift + normal(rng, 0, 6) };
  });
}

function sums(r: readonly Row[]): CupedSums {
  const s = { n: r.length, sumY: 0, sumY2: 0, sumX: 0, sumX2: 0, sumXY: 0 };
  for (const { x, y } of r) { s.sumY += y; s.sumY2 += y * y; s.sumX += x; s.sumX2 += x * x; s.sumXY += x * y; }
  return s;
}

const mean = (v: readonly number[]) => v.reduce((a, b) => a + b, 0) / v.length;
const variance = (v: readonly number[]) => { const m = mean(v); return v.reduce((a, b) => a + (b - m) ** 2, 0) / (v.length - 1); };

describe('cuped from sufficient statistics', () => {
  const control = rows(1, 2000, 0), variant = rows(2, 2200, 1);
  const result = cuped(sums(control), sums(variant));

  // Brute force on the rows: two-pass centred sums, explicit adjusted values y - theta (x - x̄).
  const centred = (r: Row[]) => { const mx = mean(r.map((u) => u.x)), my = mean(r.map((u) => u.y)); return { sxy: r.reduce((s, u) => s + (u.x - mx) * (u.y - my), 0), sxx: r.reduce((s, u) => s + (u.x - mx) ** 2, 0) }; };
  const cc = centred(control), cv = centred(variant);
  const theta = (cc.sxy + cv.sxy) / (cc.sxx + cv.sxx);
  const meanX = mean([...control, ...variant].map((u) => u.x));
  const adjusted = (r: Row[]) => r.map((u) => u.y - theta * (u.x - meanX));
  const za = adjusted(control), zb = adjusted(variant);

  it('theta is the pooled within-arm slope (OLS with one intercept per arm)', () => {
    expectRel(result.theta, theta, 1e-9);
    expectRel(cupedTheta([sums(control), sums(variant)]), theta, 1e-9);
  });

  it('adjusted means, standard error and t equal the brute-force ones on adjusted per-user values', () => {
    expectRel(result.adjustedMeans[0], mean(za), 1e-9);
    expectRel(result.adjustedMeans[1], mean(zb), 1e-9);
    const se = Math.sqrt(variance(za) / za.length + variance(zb) / zb.length);
    expectRel(result.absSe, se, 1e-8);
    expectRel(result.t, (mean(zb) - mean(za)) / se, 1e-8);
    expect(result.absCi[0]).toBeLessThan(1);
    expect(result.absCi[1]).toBeGreaterThan(1);
  });

  it('reports the variance reduction against the unadjusted comparison', () => {
    const ya = control.map((u) => u.y), yb = variant.map((u) => u.y);
    const raw = variance(ya) / ya.length + variance(yb) / yb.length;
    expectRel(result.varianceReduction, 1 - result.absSe ** 2 / raw, 1e-8);
    expect(result.varianceReduction).toBeGreaterThan(0.5); // corr(x, y) ≈ 0.8 removes about 64%
  });

  it('gives theta 0 and no reduction when the pre-period value is constant', () => {
    const flat = (r: Row[]) => sums(r.map((u) => ({ x: 3, y: u.y })));
    const r = cuped(flat(control), flat(variant));
    expect(r.theta).toBe(0);
    expect(Math.abs(r.varianceReduction)).toBeLessThan(1e-9);
  });

  it('does not mutate the sums and rejects arms with fewer than 2 users', () => {
    const s = sums(control), before = JSON.stringify(s);
    cuped(s, sums(variant));
    expect(JSON.stringify(s)).toBe(before);
    expect(() => cuped({ ...s, n: 1 }, sums(variant))).toThrow(/at least 2 users/);
  });
});
