import { describe, expect, it } from 'vitest';
import { compareBayes, expectedLoss, posterior, probGreater, relativeCredible } from '../../../src/lib/experiments/bayes';
import { probBestByIntegration } from '../../../src/lib/experiments/bayes-best';
import { betaInc, logBeta } from '../../../src/lib/experiments/special';
import { expectRel } from './close';

const A = posterior(1030, 206), B = posterior(1030, 258);

/** Simpson's rule on n intervals: an independent check of the closed forms. */
function simpson(f: (x: number) => number, lo: number, hi: number, n = 4000): number {
  const h = (hi - lo) / n;
  let s = f(lo) + f(hi);
  for (let i = 1; i < n; i++) s += (i % 2 ? 4 : 2) * f(lo + i * h);
  return (s * h) / 3;
}
const density = (p: { a: number; b: number }) => (x: number) => Math.exp((p.a - 1) * Math.log(x) + (p.b - 1) * Math.log1p(-x) - logBeta(p.a, p.b));

describe('probGreater (Evan Miller, log space)', () => {
  it('gives P(B > A) = 0.996947 for 206/1030 vs 258/1030', () => {
    const { p, method } = probGreater(B, A);
    expectRel(p, 0.996947, 1e-6);
    expectRel(p, 0.9969474907768239, 1e-11); // the same sum in scipy
    expect(method).toBe('exact');
  });

  it('agrees with numerical integration of f_B(x) F_A(x)', () => {
    const integral = simpson((x) => density(B)(x) * betaInc(x, A.a, A.b), 0.12, 0.36);
    expectRel(probGreater(B, A).p, integral, 1e-9);
  });

  it('is symmetric: P(A > B) = 1 - P(B > A), also with a non-integer prior', () => {
    expectRel(probGreater(A, B).p, 1 - probGreater(B, A).p, 1e-12);
    const x = posterior(200, 40, [0.5, 0.5]), y = posterior(200, 50, [1, 1]);
    expectRel(probGreater(x, y).p, 1 - probGreater(y, x).p, 1e-12);
    const both = probGreater(posterior(200, 40, [0.5, 0.5]), posterior(200, 50, [0.5, 0.5]));
    expect(both.method).toBe('integration');
  });

  it('switches to the normal approximation above 100,000 conversions and says so', () => {
    const big = probGreater(posterior(2e6, 200_600), posterior(2e6, 200_000));
    expect(big.method).toBe('normal');
    expect(big.p).toBeGreaterThan(0.8);
    expect(big.p).toBeLessThan(0.9);
  });
});

describe('expectedLoss (Stucchio closed form)', () => {
  it('matches numerical integration of E[max(pA - pB, 0)] for both choices', () => {
    // ∫_y^1 (x - y) f_A(x) dx = mean_A (1 - I_y(a+1, b)) - y (1 - I_y(a, b)), integrated over f_B(y).
    const meanA = A.a / (A.a + A.b);
    const inner = (y: number) => meanA * (1 - betaInc(y, A.a + 1, A.b)) - y * (1 - betaInc(y, A.a, A.b));
    const lossB = simpson((y) => density(B)(y) * inner(y), 0.12, 0.4);
    expectRel(expectedLoss(B, A), lossB, 1e-6);
    expectRel(expectedLoss(B, A), 1.6999858055581412e-5, 1e-8); // scipy, same closed form
    expectRel(expectedLoss(A, B), 0.05040459675726236, 1e-9);
  });

  it('the two losses differ by the difference of the posterior means', () => {
    const meanA = A.a / (A.a + A.b), meanB = B.a / (B.a + B.b);
    expectRel(expectedLoss(A, B) - expectedLoss(B, A), meanB - meanA, 1e-9);
  });
});

describe('relativeCredible', () => {
  it('puts 2.5% of the exact posterior of pB/pA - 1 below and above its ends (within 1e-3)', () => {
    const [lo, hi] = relativeCredible(A, B);
    const below = (r: number) => simpson((x) => density(A)(x) * betaInc(Math.min(1, (1 + r) * x), B.a, B.b), 0.12, 0.3, 2000);
    expect(Math.abs(below(lo) - 0.025)).toBeLessThan(1e-3);
    expect(Math.abs(below(hi) - 0.975)).toBeLessThan(1e-3);
  });
});

describe('probBestByIntegration', () => {
  it('equals P(B > A) for two arms and sums to 1 for three', () => {
    expectRel(probBestByIntegration([A, B])[1], 0.9969474907768239, 1e-9);
    const three = probBestByIntegration([A, B, posterior(900, 230)]);
    expectRel(three.reduce((s, p) => s + p, 0), 1, 1e-9);
    expect(three[0]).toBeLessThan(three[1]);
  });

  it('finds a narrow posterior next to a wide one', () => {
    const [wide, narrow] = probBestByIntegration([posterior(20, 4), posterior(1e6, 200_000)]);
    expectRel(wide + narrow, 1, 1e-8);
    expect(wide).toBeGreaterThan(0.3);
  });
});

describe('compareBayes', () => {
  it('returns no NaN for edge counts and rejects a bad prior', () => {
    for (const [n1, x1, n2, x2] of [[1, 0, 1, 1], [10, 10, 10, 0], [100, 0, 100, 0]]) {
      const r = compareBayes(posterior(n1, x1), posterior(n2, x2));
      expect([r.probBeatControl, r.expectedLoss.variant, r.expectedLoss.control, ...r.relCredible].some(Number.isNaN)).toBe(false);
    }
    expect(() => posterior(10, 1, [0, 1])).toThrow(/positive/);
  });
});
