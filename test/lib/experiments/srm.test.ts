import { describe, expect, it } from 'vitest';
import { srmTest } from '../../../src/lib/experiments/srm';
import { expectRel } from './close';
import { english } from '../../../src/lib/messages';

// Expected values from scipy.stats.chisquare.
describe('srmTest', () => {
  const cases = [
    { users: [6197, 6133], weights: undefined, chi2: 0.3321978913219789, p: 0.5643677471617494, flagged: false },
    { users: [1000, 1100, 900], weights: undefined, chi2: 20, p: 4.539992976248486e-5, flagged: true },
    { users: [6150, 3850], weights: [60, 40], chi2: 9.375, p: 0.00219964706111306, flagged: false },
  ];
  it.each(cases)('users $users against weights $weights: chi2 $chi2, p $p', ({ users, weights, chi2, p, flagged }) => {
    const r = srmTest(users, weights);
    expectRel(r.chi2, chi2, 1e-12);
    expectRel(r.pValue, p, 1e-12);
    expect([r.df, r.flagged, r.note]).toEqual([users.length - 1, flagged, null]);
  });

  it('leaves arms with fewer than 8 users out, and says why', () => {
    const r = srmTest([500, 520, 5], undefined, ['A', 'B', 'C']);
    expect(r.df).toBe(1);
    expect(r.expected).toEqual([510, 510, null]);
    expect(r.note && english(r.note)).toMatch(/C has fewer than 8 users, too few for the chi-square test/);
  });

  it('does not test at all when fewer than two arms have 8 users', () => {
    const r = srmTest([500, 3]);
    expect([r.chi2, r.pValue, r.flagged]).toEqual([null, null, false]);
    expect(r.note && english(r.note)).toMatch(/fewer than 8 users/);
  });

  it('throws on weights that do not fit the arms', () => {
    expect(() => srmTest([10, 10], [1])).toThrow(/1 weights for 2 arms/);
    expect(() => srmTest([10, 10], [1, 0])).toThrow(/positive/);
  });
});
