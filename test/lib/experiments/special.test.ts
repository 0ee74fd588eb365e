import { describe, expect, it } from 'vitest';
import { betaInc, digamma, gammaP, gammaQ, logBeta, logGamma, trigamma } from '../../../src/lib/experiments/special';
import { expectRel } from './close';

// Reference values from scipy 1.17 (special.gammaln, betaln, betainc, gammainc).
describe('special functions', () => {
  const lgammaCases = [
    { x: 0.01, expected: 4.599479878042022 }, { x: 0.5, expected: 0.5723649429247 }, { x: 3.7, expected: 1.428072326665388 },
    { x: 10, expected: 12.801827480081469 }, { x: 100, expected: 359.1342053695754 }, { x: 1e5, expected: 1051287.7089736569 },
  ];
  it.each(lgammaCases)('logGamma($x) matches scipy to 1e-14 relative', ({ x, expected }) => expectRel(logGamma(x), expected, 1e-14));

  it('logGamma(n + 1) is ln n! and logGamma rejects x ≤ 0', () => {
    expect(Math.abs(logGamma(1))).toBeLessThan(1e-15);
    expectRel(logGamma(11), Math.log(3628800), 1e-15);
    expect(() => logGamma(0)).toThrow(/x > 0/);
  });

  it('logBeta matches scipy betaln', () => {
    expectRel(logBeta(2.5, 7.1), -4.85768380500107, 1e-14);
    expectRel(logBeta(259, 773), -583.1405390196032, 1e-14);
  });

  it('betaInc is the regularized incomplete beta on both sides of the switch point', () => {
    expectRel(betaInc(0.3, 2.5, 7.1), 0.6490225790210132, 1e-13);
    expectRel(betaInc(0.4, 300, 500), 0.9270784080074681, 1e-12);
    expect([betaInc(0, 2, 3), betaInc(1, 2, 3)]).toEqual([0, 1]);
    expectRel(betaInc(0.25, 1, 1), 0.25, 1e-14);
  });

  it('gammaP and gammaQ add up to 1 and match the exponential distribution for a = 1', () => {
    for (const x of [0.1, 1, 5, 30]) {
      expectRel(gammaP(1, x), -Math.expm1(-x), 1e-14);
      expectRel(gammaQ(1, x), Math.exp(-x), 1e-13);
      expectRel(gammaP(3.3, x) + gammaQ(3.3, x), 1, 1e-15);
    }
  });

  it('digamma and trigamma hit their closed forms at 1/2 and 1', () => {
    expectRel(digamma(1), -0.5772156649015329, 1e-13);
    expectRel(digamma(0.5), -0.5772156649015329 - 2 * Math.LN2, 1e-13);
    expectRel(trigamma(1), Math.PI ** 2 / 6, 1e-13);
    expectRel(trigamma(0.5), Math.PI ** 2 / 2, 1e-13);
  });
});
