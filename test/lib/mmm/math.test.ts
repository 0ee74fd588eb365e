// The small numerical pieces: the bounded least-squares solver, differential evolution, adstock and Hill, metrics.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hill } from '../../../src/lib/budget/response';
import { evolve } from '../../../src/lib/mmm/evolve';
import { blockWeights, decompRssd, mape, nrmse, quantile, r2 } from '../../../src/lib/mmm/metrics';
import { boundedLeastSquares } from '../../../src/lib/mmm/qp';
import { adstock, halfLife, hillInPlace, steadyCurve } from '../../../src/lib/mmm/transform';
import { mulberry32 } from '../../../src/lib/util/random';

/** A random positive-definite G = A'A + I/10 and c, from a seed. */
function problem(seed: number, n: number) {
  const rng = mulberry32(seed);
  const A = Array.from({ length: n + 3 }, () => Array.from({ length: n }, () => 2 * rng() - 1));
  const G = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) G[i * n + j] = A.reduce((s, r) => s + r[i] * r[j], 0) + (i === j ? 0.1 : 0);
  const c = Array.from({ length: n }, () => 2 * rng() - 1);
  const nonNegative = Array.from({ length: n }, () => rng() < 0.7);
  return { G, c, nonNegative };
}
const objective = (G: Float64Array, c: number[], b: ArrayLike<number>) => {
  const n = c.length;
  let v = 0;
  for (let i = 0; i < n; i++) { v -= 2 * c[i] * b[i]; for (let j = 0; j < n; j++) v += b[i] * G[i * n + j] * b[j]; }
  return v;
};

describe('boundedLeastSquares()', () => {
  it('meets the KKT conditions: bounds kept, zero gradient on free and positive coefficients, outward at zeros', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 1e9 }), fc.integer({ min: 1, max: 12 }), (seed, n) => {
      const { G, c, nonNegative } = problem(seed, n);
      const b = boundedLeastSquares(G, c, nonNegative);
      for (let i = 0; i < n; i++) {
        let grad = -c[i];
        for (let k = 0; k < n; k++) grad += G[i * n + k] * b[k];
        if (nonNegative[i]) expect(b[i]).toBeGreaterThanOrEqual(0);
        if (!nonNegative[i] || b[i] > 0) expect(Math.abs(grad)).toBeLessThan(1e-8);
        else expect(grad).toBeGreaterThan(-1e-8);
      }
    }), { numRuns: 200 });
  });

  it('is no worse than any feasible point nearby', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 1e9 }), (seed) => {
      const { G, c, nonNegative } = problem(seed, 6);
      const b = boundedLeastSquares(G, c, nonNegative);
      const rng = mulberry32(seed + 1), best = objective(G, c, b);
      for (let k = 0; k < 20; k++) {
        const x = Array.from(b, (v, i) => { const y = v + 0.1 * (2 * rng() - 1); return nonNegative[i] ? Math.max(0, y) : y; });
        expect(objective(G, c, x)).toBeGreaterThanOrEqual(best - 1e-12);
      }
    }), { numRuns: 50 });
  });

  it('solves an unconstrained problem exactly and refuses a matrix that is not positive definite', () => {
    const G = Float64Array.from([2, 0, 0, 4]);
    const free = boundedLeastSquares(G, [2, -4], [false, false]), held = boundedLeastSquares(G, [2, -4], [false, true]);
    expect(free[0]).toBeCloseTo(1, 14);
    expect(free[1]).toBeCloseTo(-1, 14);
    expect(held[0]).toBeCloseTo(1, 14);
    expect(held[1]).toBe(0);
    expect(() => boundedLeastSquares(Float64Array.from([0, 0, 0, 0]), [1, 1], [false, false])).toThrow('not positive definite');
  });
});

describe('evolve()', () => {
  const rosen = (x: number[]) => x.slice(1).reduce((s, v, i) => s + 100 * (4 * v - 2 - (4 * x[i] - 2) ** 2) ** 2 + (1 - (4 * x[i] - 2)) ** 2, 0);
  it('finds the minimum of a shifted sphere and of a 3-d Rosenbrock valley on the unit cube', () => {
    const sphere = evolve((x) => x.reduce((s, v, i) => s + (v - 0.1 * (i + 1)) ** 2, 0), 5, { population: 20, evaluations: 4000, seed: 3 });
    sphere.best.forEach((v, i) => expect(v).toBeCloseTo(0.1 * (i + 1), 3));
    const r = evolve(rosen, 3, { population: 20, evaluations: 8000, seed: 1 });
    expect(r.value).toBeLessThan(1e-3); // minimum 0 at x = 0.75 (4x - 2 = 1)
    r.best.forEach((v) => expect(v).toBeCloseTo(0.75, 1));
  });
  it('is deterministic for a seed, keeps points in the cube and honours the evaluation budget', () => {
    let calls = 0;
    const f = (x: number[]) => { calls++; x.forEach((v) => { expect(v).toBeGreaterThanOrEqual(0); expect(v).toBeLessThanOrEqual(1); }); return rosen(x); };
    const a = evolve(f, 3, { population: 10, evaluations: 500, seed: 9 });
    expect(calls).toBe(500);
    expect(a.evaluations).toBe(500);
    expect(evolve(rosen, 3, { population: 10, evaluations: 500, seed: 9 })).toEqual(a);
    expect(evolve(rosen, 3, { population: 10, evaluations: 500, seed: 10 }).best).not.toEqual(a.best);
  });
  it('keeps a warm start in the population, so the result is never worse than the start', () => {
    const start = [0.75, 0.75, 0.75];
    expect(evolve(rosen, 3, { population: 8, evaluations: 16, seed: 2, start: [start], around: 0.5 }).value).toBeLessThanOrEqual(rosen(start));
  });
});

describe('adstock, Hill and the steady-state curve', () => {
  it('adstock() carries theta of last week over: A_t = x_t + theta A_{t-1}', () => {
    expect(Array.from(adstock([100, 0, 0, 50], 0.5))).toEqual([100, 50, 25, 62.5]);
    expect(Array.from(adstock([1, 2, 3], 0))).toEqual([1, 2, 3]);
  });
  it('steadyCurve() gives the weekly response once a constant spend has settled at x / (1 - theta)', () => {
    const shape = { theta: 0.6, alpha: 1.3, gamma: 5000 }, beta = 9000, x = 1800;
    const a = adstock(new Float64Array(200).fill(x), shape.theta);
    const settled = beta * hillInPlace(a, shape.alpha, shape.gamma)[199];
    expect(hill(steadyCurve(beta, shape), x)).toBeCloseTo(settled, 6);
  });
  it('halfLife() is ln 0.5 / ln theta weeks, and 0 without carryover', () => {
    expect(halfLife(0.5)).toBeCloseTo(1, 12);
    expect(halfLife(0.25)).toBeCloseTo(0.5, 12);
    expect(halfLife(0)).toBe(0);
  });
});

describe('fit statistics', () => {
  it('r2, nrmse and mape follow their formulas', () => {
    const y = [1, 2, 3, 4], f = [1, 2, 3, 5];
    expect(r2(y, f)).toBeCloseTo(1 - 1 / 5, 12);
    expect(nrmse(y, f)).toBeCloseTo(Math.sqrt(1 / 4) / 3, 12);
    expect(mape(y, f)).toBeCloseTo(0.25 / 4, 12);
    expect(mape([0, 2], [1, 1])).toBeCloseTo(0.5, 12);
  });
  it('decompRssd is 0 when effects split like spend, and the distance of the shares otherwise', () => {
    expect(decompRssd([10, 30], [1, 3])).toBeCloseTo(0, 12);
    expect(decompRssd([1, 0], [1, 1])).toBeCloseTo(Math.sqrt(0.5), 12);
  });
  it('quantile() interpolates; blockWeights() draws n weeks in blocks', () => {
    expect(quantile([3, 1, 2, 4], 0.5)).toBe(2.5);
    const w = blockWeights(mulberry32(1), 30, 8);
    expect(w.reduce((a, b) => a + b, 0)).toBe(30);
  });
});
