import { describe, expect, it } from 'vitest';
import { sequentialRho, sequentialSeries, sequentialTest } from '../../../src/lib/experiments/sequential';
import { momentsFromCounts } from '../../../src/lib/experiments/means';
import { expectPrinted, expectRel } from './close';
import { english } from '../../../src/lib/messages';

describe('sequentialTest (GrowthBook asymptotic confidence sequence)', () => {
  // GrowthBook's vector (N* = 5000) is reproduced by 0/1 data 1396/3000 vs 2422/3461 with variance p(1-p);
  // read as means with the sums of squares of the other vector it would give a far wider interval.
  const r = sequentialTest(momentsFromCounts(3000, 1396), momentsFromCounts(3461, 2422), { nStar: 5000 });

  it('gives relative 0.50386 with CI (0.40098, 0.60675)', () => {
    expectPrinted(r.estimate, '0.50386');
    expectPrinted(r.ci[0], '0.40098');
    expectPrinted(r.ci[1], '0.60675');
    expectRel(r.ci[0], 0.4009784966859415, 1e-9); // scipy/numpy with the same formula
  });

  it('is wider than the fixed-horizon interval and its p-value is below alpha exactly when 0 is outside', () => {
    expect(r.ci[1] - r.ci[0]).toBeGreaterThan(2 * 1.96 * r.se);
    expect(r.pValue).toBeLessThan(0.05);
    const flat = sequentialTest(momentsFromCounts(3000, 1396), momentsFromCounts(3000, 1420));
    expect(flat.ci[0] < 0 && flat.ci[1] > 0).toBe(true);
    expect(flat.pValue).toBeGreaterThan(0.05);
  });

  it('p-value inverts the sequence: at alpha = p the interval touches 0', () => {
    const a = momentsFromCounts(2000, 400), b = momentsFromCounts(2000, 470);
    const p = sequentialTest(a, b).pValue;
    // rho stays tuned at the default alpha; only the level of the interval changes.
    const rho = sequentialRho(0.05, 5000), n = 4000, nr2 = n * rho * rho;
    const est = sequentialTest(a, b);
    const s2 = est.se ** 2 * n;
    const half = Math.sqrt(s2) * Math.sqrt(((2 * (nr2 + 1)) / (nr2 * n)) * Math.log(Math.sqrt(nr2 + 1) / p));
    expectRel(half, Math.abs(est.estimate), 1e-9);
  });

  it('rejects a bad alpha or N*', () => {
    expect(() => sequentialTest(momentsFromCounts(10, 1), momentsFromCounts(10, 2), { alpha: 1 })).toThrow(/alpha/);
    expect(() => sequentialTest(momentsFromCounts(10, 1), momentsFromCounts(10, 2), { nStar: 0 })).toThrow(/N\*/);
  });
});

describe('sequentialSeries', () => {
  const day = 86_400_000;
  const points = [1, 2, 3, 4, 5, 6].map((d) => ({
    time: d * day,
    control: { n: 1000 * d, sum: 100 * d },
    variant: { n: 1000 * d, sum: 125 * d },
  }));

  it('sorts by time, gives bounds per point that narrow over time, and says when it is safe to stop', () => {
    const s = sequentialSeries([...points].reverse());
    expect(s.points.map((p) => p.time)).toEqual(points.map((p) => p.time));
    const widths = s.points.map((p) => p.ci[1] - p.ci[0]);
    widths.slice(1).forEach((w, i) => expect(w).toBeLessThan(widths[i]));
    expect(s.safeToStop).toBe(true);
    expect(english(s.verdict)).toMatch(/^Safe to stop now/);
  });

  it('says to keep going while the interval includes zero', () => {
    const s = sequentialSeries(points.slice(0, 1));
    expect(s.safeToStop).toBe(false);
    expect(english(s.verdict)).toMatch(/^Not safe to stop yet.*includes zero/);
  });

  it('handles means data, an empty series, and does not mutate its input', () => {
    const before = JSON.stringify(points);
    const means = sequentialSeries(points.map((p) => ({ ...p, control: { ...p.control, sumSquares: 50 * p.control.n } , variant: { ...p.variant, sumSquares: 50 * p.variant.n } })));
    expect(means.points.every((p) => Number.isFinite(p.ci[0]) && Number.isFinite(p.pValue))).toBe(true);
    expect(english(sequentialSeries([]).verdict)).toMatch(/Not enough data/);
    expect(JSON.stringify(points)).toBe(before);
  });
});
