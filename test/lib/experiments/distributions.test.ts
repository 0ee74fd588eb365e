import { describe, expect, it } from 'vitest';
import {
  chiSquareCdf, chiSquareSf, erfc, normalCdf, normalQuantile, normalSf, studentTCdf, studentTQuantile,
} from '../../../src/lib/experiments/distributions';
import { expectRel } from './close';

// Reference values from scipy 1.17 (stats.norm, stats.t, stats.chi2).
describe('normal distribution', () => {
  it('Φ(1.96) = 0.9750021048517795 and the far tails keep relative precision', () => {
    expectRel(normalCdf(1.96), 0.9750021048517795, 1e-15);
    expectRel(normalCdf(-5), 2.866515718791933e-7, 1e-13);
    expectRel(normalCdf(-10), 7.61985302416047e-24, 1e-12);
    expectRel(normalSf(10), 7.61985302416047e-24, 1e-12);
    expect(normalCdf(0)).toBe(0.5);
    expectRel(erfc(-1) + erfc(1), 2, 1e-15);
  });

  const quantiles = [
    { p: 0.975, x: 1.959963984540054 }, { p: 0.8, x: 0.8416212335729143 }, { p: 0.02, x: -2.053748910631823 },
    { p: 1e-10, x: -6.361340902404056 }, { p: 0.999999, x: 4.753424308817087 },
  ];
  it.each(quantiles)('Φ⁻¹($p) = $x to 1e-13 relative', ({ p, x }) => expectRel(normalQuantile(p), x, 1e-13));

  it('Φ⁻¹ is exact at the ends and 0.5, and rejects p outside [0, 1]', () => {
    expect([normalQuantile(0), normalQuantile(0.5), normalQuantile(1)]).toEqual([-Infinity, 0, Infinity]);
    expect(() => normalQuantile(1.5)).toThrow(/0 < p < 1/);
  });
});

describe('Student t distribution', () => {
  const quantiles = [
    { p: 0.975, df: 10, t: 2.228138851986274 }, { p: 0.975, df: 1, t: 12.706204736174694 },
    { p: 0.975, df: 2, t: 4.302652729749462 }, { p: 0.995, df: 3, t: 5.840909309733355 },
    { p: 0.9995, df: 1, t: 636.6192487687897 }, { p: 0.025, df: 30, t: -2.042272456301238 },
    { p: 0.6, df: 4.5, t: 0.2687518355421751 }, { p: 0.975, df: 5841.742032093565, t: 1.9603701569544807 },
  ];
  it.each(quantiles)('the $p quantile with $df df is $t', ({ p, df, t }) => expectRel(studentTQuantile(p, df), t, 1e-11));

  const cdfs = [
    { t: 2, df: 10, p: 0.9633059826146299 }, { t: -1.5, df: 3.3, p: 0.11125159835964593 },
    { t: 0.3, df: 1, p: 0.5927735790777423 }, { t: 40, df: 2, p: 0.9996877926639076 }, { t: 2.3, df: 5841.7, p: 0.9892583476159409 },
  ];
  it.each(cdfs)('P(T ≤ $t) with $df df is $p', ({ t, df, p }) => expectRel(studentTCdf(t, df), p, 1e-12));

  it('is the normal distribution for infinite df and rejects df ≤ 0', () => {
    expectRel(studentTQuantile(0.975, Infinity), 1.959963984540054, 1e-14);
    expect(() => studentTCdf(1, 0)).toThrow(/df > 0/);
  });
});

describe('chi-square distribution', () => {
  it('sf(3.84146, 1) ≈ 0.05 and other scipy values', () => {
    expectRel(chiSquareSf(3.84146, 1), 0.04999996483374756, 1e-13);
    expectRel(chiSquareSf(10, 3), 0.01856613546304325, 1e-13);
    expectRel(chiSquareSf(0.5, 2), 0.7788007830714049, 1e-13);
    expectRel(chiSquareSf(30, 2), 3.0590232050182594e-7, 1e-12);
    expectRel(chiSquareCdf(100, 80), 0.935429631078867, 1e-13);
  });
});
