import { describe, expect, it } from 'vitest';
import { adjust, benjaminiHochberg, holm } from '../../../src/lib/experiments/multiple';

// Expected values computed by hand (and equal to R's p.adjust(method = "holm" / "BH")).
describe('multiple-comparison adjustments', () => {
  const cases = [
    { p: [0.01, 0.04, 0.03], holm: [0.03, 0.06, 0.06], bh: [0.03, 0.04, 0.04] },
    { p: [0.5], holm: [0.5], bh: [0.5] },
    { p: [0.02, 0.8, 0.001, 0.04], holm: [0.06, 0.8, 0.004, 0.08], bh: [0.04, 0.8, 0.004, 0.05333333333333334] },
    { p: [0.6, 0.9], holm: [1, 1], bh: [0.9, 0.9] },
  ];
  it.each(cases)('holm($p) and bh($p) in input order', ({ p, holm: h, bh }) => {
    holm(p).forEach((x, i) => expect(x).toBeCloseTo(h[i], 14));
    benjaminiHochberg(p).forEach((x, i) => expect(x).toBeCloseTo(bh[i], 14));
  });

  it('adjust defaults to Holm and never lowers a p-value', () => {
    const p = [0.3, 0.001, 0.049];
    expect(adjust(p, 'holm')).toEqual(holm(p));
    expect(adjust(p, 'bh')).toEqual(benjaminiHochberg(p));
    adjust(p, 'bh').forEach((x, i) => expect(x).toBeGreaterThanOrEqual(p[i]));
  });

  it('leaves its input alone and rejects p-values outside [0, 1]', () => {
    const p = [0.3, 0.01];
    holm(p); benjaminiHochberg(p);
    expect(p).toEqual([0.3, 0.01]);
    expect(() => holm([0.2, Number.NaN])).toThrow(/between 0 and 1/);
  });
});
