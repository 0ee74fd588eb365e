import { describe, expect, it } from 'vitest';
import { npsOf, npsReport } from '../../../src/lib/kpi/nps';

describe('npsOf()', () => {
  it('is % promoters (9-10) minus % detractors (0-6), with the multinomial 95% interval', () => {
    // 10 answers: promoters 9, 10, 10, 9, 9 (p = 0.5); passives 7, 8 ; detractors 0, 6, 3 (d = 0.3).
    // NPS = 100 × (0.5 - 0.3) = 20. Var(p - d) = (0.5 + 0.3 - 0.2²) / 10 = 0.076; se = 100 × √0.076 = 27.5681...
    const r = npsOf([9, 10, 10, 9, 9, 7, 8, 0, 6, 3]);
    expect(r).toMatchObject({ n: 10, promoters: 5, passives: 2, detractors: 3 });
    expect(r.nps).toBeCloseTo(20, 12);
    expect(r.se).toBeCloseTo(100 * Math.sqrt(0.076), 12);
    expect(r.low).toBeCloseTo(20 - 1.959963984540054 * 27.568097504180443, 9);
    expect(r.high).toBeCloseTo(20 + 1.959963984540054 * 27.568097504180443, 9);
  });

  it('clips the interval to -100..100 and gives nulls without answers', () => {
    // All promoters: NPS 100, variance (1 + 0 - 1) / n = 0.
    expect(npsOf([10, 9, 10])).toMatchObject({ nps: 100, se: 0, low: 100, high: 100 });
    // One promoter, one detractor: NPS 0, se = 100 × √((0.5 + 0.5 - 0) / 2) = 70.71; 0 ± 138.6 clips to ±100.
    expect(npsOf([10, 0])).toMatchObject({ nps: 0, low: -100, high: 100 });
    expect(npsOf([])).toEqual({ n: 0, promoters: 0, passives: 0, detractors: 0, nps: null, se: null, low: null, high: null });
  });
});

describe('npsReport()', () => {
  const answers = [
    { score: 10, time: Date.UTC(2025, 0, 5), segment: 'SMB' },
    { score: 3, time: Date.UTC(2025, 0, 20), segment: 'SMB' },
    { score: 9, time: Date.UTC(2025, 1, 2), segment: 'Enterprise' },
    { score: 8, segment: 'Enterprise' },
  ];

  it('gives the trend per period and the score per segment; undated answers count overall only', () => {
    const r = npsReport(answers, 'month');
    // Overall: 2 promoters, 1 detractor of 4 -> 25.
    expect(r.overall.nps).toBe(25);
    // January: 1 promoter, 1 detractor -> 0; February: 1 promoter of 1 -> 100.
    expect(Object.fromEntries(Object.entries(r.byPeriod).map(([k, v]) => [k, v.nps]))).toEqual({ '2025-01': 0, '2025-02': 100 });
    // SMB: 10 and 3 -> 0; Enterprise: 9 and 8 -> 50.
    expect(Object.fromEntries(Object.entries(r.bySegment).map(([k, v]) => [k, v.nps]))).toEqual({ Enterprise: 50, SMB: 0 });
  });

  it('does not mutate its input', () => {
    const before = JSON.stringify(answers);
    npsReport(answers, 'week');
    expect(JSON.stringify(answers)).toBe(before);
  });
});
