import { describe, expect, it } from 'vitest';
import { DENSE_LIMIT, luFactor, luSolve, solveAbsorbing, type SparseRows } from '../../../src/lib/attribution/linalg';
import { mulberry32 } from '../../../src/lib/util/random';

/** A random absorbing chain of n states, about `links` transitions per state, each row leaking to absorption. */
function randomChain(n: number, links: number, seed: number): { q: SparseRows; b: Float64Array } {
  const rng = mulberry32(seed);
  const start = new Int32Array(n + 1), cols: number[] = [], vals: number[] = [];
  const b = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const targets = [...new Set(Array.from({ length: links }, () => Math.floor(rng() * n)))];
    const w = targets.map(() => rng());
    const absorb = 0.02 + 0.3 * rng(), conv = absorb * rng();
    const total = w.reduce((s, x) => s + x, 0) / (1 - absorb);
    targets.forEach((t, k) => { cols.push(t); vals.push(w[k] / total); });
    b[i] = conv;
    start[i + 1] = cols.length;
  }
  return { q: { n, start, cols: Int32Array.from(cols), vals: Float64Array.from(vals) }, b };
}

/** (I - Q) as a dense matrix. */
function dense(q: SparseRows): Float64Array {
  const a = new Float64Array(q.n * q.n);
  for (let i = 0; i < q.n; i++) {
    a[i * q.n + i] += 1;
    for (let e = q.start[i]; e < q.start[i + 1]; e++) a[i * q.n + q.cols[e]] -= q.vals[e];
  }
  return a;
}

describe('luFactor() and luSolve()', () => {
  it('solve a system whose first pivot is zero', () => {
    const a = Float64Array.from([0, 2, 1, 1, 1, 1, 2, 1, 3]);
    const x = luSolve(luFactor(a, 3), [5, 6, 14]); // 0+2+3, 2+1+3, 4+1+9 at x = (2, 1, 3)
    expect([...x].map((v) => +v.toFixed(12))).toEqual([2, 1, 3]);
    expect(a[0]).toBe(0); // the input is not modified
  });

  it('throw on a singular matrix and on a wrong size', () => {
    expect(() => luFactor(Float64Array.from([1, 2, 2, 4]), 2)).toThrow(/singular/);
    expect(() => luFactor(new Float64Array(3), 2)).toThrow(/expected 4 entries for n = 2, you passed 3/);
  });
});

describe('solveAbsorbing()', () => {
  it('solves a two-state chain in closed form', () => {
    // x0 = 0.5 x1 + 0.1, x1 = 0.4 x0 + 0.3  ->  x0 = 0.25 / 0.8, x1 = 0.4 x0 + 0.3
    const q: SparseRows = { n: 2, start: Int32Array.from([0, 1, 2]), cols: Int32Array.from([1, 0]), vals: Float64Array.from([0.5, 0.4]) };
    const [x] = solveAbsorbing(q, [Float64Array.from([0.1, 0.3])]);
    expect(x[0]).toBeCloseTo(0.3125, 15);
    expect(x[1]).toBeCloseTo(0.425, 15);
    const [y] = solveAbsorbing(q, [Float64Array.from([0.1, 0.3])], Uint8Array.from([0, 1]));
    expect([...y]).toEqual([0.1, 0]);
  });

  it('uses Gauss–Seidel above the dense limit and agrees with dense LU to 1e-12', () => {
    const { q, b } = randomChain(DENSE_LIMIT + 50, 6, 3);
    const before = [q.vals.slice(), b.slice()];
    const exact = luSolve(luFactor(dense(q), q.n), b);
    const [x] = solveAbsorbing(q, [b]);
    for (let i = 0; i < q.n; i++) expect(Math.abs(x[i] - exact[i])).toBeLessThan(1e-12 * Math.max(1, exact[i]));
    expect([q.vals, b]).toEqual(before);
  });

  it('fixes the marked states at zero, from a warm start or not, dense or iterative', () => {
    for (const n of [30, DENSE_LIMIT + 10]) {
      const { q, b } = randomChain(n, 4, n);
      const zero = Uint8Array.from({ length: n }, (_, i) => (i % 3 === 0 ? 1 : 0));
      const row = Int32Array.from(q.cols, (_, e) => q.start.findIndex((s) => s > e) - 1);
      // the same chain with the marked states absorbing: no flow into them, none out of them
      const cut: SparseRows = { ...q, vals: q.vals.map((v, e) => (zero[q.cols[e]] || zero[row[e]] ? 0 : v)) };
      const bCut = b.map((v, i) => (zero[i] ? 0 : v));
      const exact = luSolve(luFactor(dense(cut), n), bCut);
      const [cold] = solveAbsorbing(q, [b], zero);
      const [warm] = solveAbsorbing(q, [b], zero, solveAbsorbing(q, [b]));
      for (let i = 0; i < n; i++) {
        expect(Math.abs(cold[i] - exact[i])).toBeLessThan(1e-12);
        expect(Math.abs(warm[i] - exact[i])).toBeLessThan(1e-12);
        if (zero[i]) expect(cold[i]).toBe(0);
      }
    }
  });
});
