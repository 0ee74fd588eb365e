import { describe, expect, it } from 'vitest';
import { gaussianChanceToWin, momentsFromCounts, momentsFromSums, welch, welchDf } from '../../../src/lib/experiments/means';
import { expectPrinted, expectRel } from './close';

// GrowthBook gbstats test vectors (tests/frequentist/test_tests.py, printed to 5 decimals).
const a = momentsFromSums(3407, 1396.87, 52377.9767);
const b = momentsFromSums(3461, 2422.7, 134698.29);

describe('momentsFromSums', () => {
  it('gives mean S/n and variance (SS - S²/n)/(n - 1)', () => {
    expectRel(a.mean, 0.41, 1e-12);
    expectRel(a.variance, (52377.9767 - 1396.87 ** 2 / 3407) / 3406, 1e-14);
  });

  it('rejects fewer than 2 observations', () => expect(() => momentsFromSums(1, 1, 1)).toThrow(/at least 2/));
});

describe('welch (GrowthBook vectors)', () => {
  const r = welch(a, b);

  it('absolute: 0.29, CI (0.04538, 0.53462), p 0.02016', () => {
    expectRel(r.absDiff, 0.29, 1e-6);
    expectPrinted(r.absCi[0], '0.04538');
    expectPrinted(r.absCi[1], '0.53462');
    expectPrinted(r.pValue, '0.02016');
    expectRel(r.pValue, 0.020158402643587037, 1e-9); // scipy with the same formula
  });

  it('relative: 0.70732, se 0.37879, CI (-0.03526, 1.44989), p 0.06191', () => {
    expectPrinted(r.relLift, '0.70732');
    expectPrinted(r.relSe, '0.37879');
    expectPrinted(r.relCi?.[0], '-0.03526');
    expectPrinted(r.relCi?.[1], '1.44989');
    expectPrinted(r.relPValue, '0.06191');
    expectRel(r.relCi?.[1], 1.449894235407581, 1e-9);
  });

  it('uses Welch–Satterthwaite degrees of freedom', () => {
    expectRel(r.df, 5841.742032093565, 1e-12);
    expectRel(welchDf(a, b), r.df, 0);
  });

  it('binomial 14/28 vs 16/30 as GrowthBook proportions: relative se 0.2717, CI (-0.47767, 0.61101), p 0.80707', () => {
    const bin = welch(momentsFromCounts(28, 14), momentsFromCounts(30, 16));
    expectPrinted(bin.relSe, '0.2717');
    expectPrinted(bin.relCi?.[0], '-0.47767');
    expectPrinted(bin.relCi?.[1], '0.61101');
    expectPrinted(bin.relPValue, '0.80707');
    expectRel(bin.relCi?.[0], -0.4776740282706786, 1e-9);
  });

  it('gives t = 0 and p = 1 (not NaN) when neither arm varies', () => {
    const flat = welch({ n: 10, mean: 2, variance: 0 }, { n: 10, mean: 2, variance: 0 });
    expect([flat.t, flat.pValue, flat.relPValue]).toEqual([0, 1, 1]);
  });

  it('gives null relative numbers when the control mean is 0', () => {
    expect(welch({ n: 10, mean: 0, variance: 1 }, { n: 10, mean: 1, variance: 1 }).relLift).toBeNull();
  });
});

describe('gaussianChanceToWin', () => {
  it('is 0.60918 for 49/100 vs 51/100 (GrowthBook)', () => {
    expectPrinted(gaussianChanceToWin(momentsFromCounts(100, 49), momentsFromCounts(100, 51)), '0.60918');
  });

  it('is one half for equal arms and does not mutate them', () => {
    const x = momentsFromCounts(100, 30), y = momentsFromCounts(100, 30);
    expect(gaussianChanceToWin(x, y)).toBe(0.5);
    expect(x).toEqual(momentsFromCounts(100, 30));
  });
});
