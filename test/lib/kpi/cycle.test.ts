import { describe, expect, it } from 'vitest';
import { cycleStats, dealCycles, salesCycle } from '../../../src/lib/kpi/cycle';
import { computeKpis } from '../../../src/lib/kpi/compute';
import type { Deal } from '../../../src/lib/types';
import { english } from '../../../src/lib/messages';

const D = (m: number, d: number) => Date.UTC(2025, m, d);

/** Won cycles of 10, 20, 30, 40 and 100 days; one lost and one open deal that do not count. */
const DEALS: Deal[] = [
  { id: '1', created: D(0, 1), closed: D(0, 11), won: true, amount: 1000, channel: 'LinkedIn' },
  { id: '2', created: D(0, 1), closed: D(0, 21), won: true, amount: 2000, channel: 'LinkedIn' },
  { id: '3', created: D(0, 10), closed: D(1, 9), won: true, amount: 3000, channel: 'Google' },
  { id: '4', created: D(0, 20), closed: D(2, 1), won: true, amount: 4000, channel: 'Google' },
  { id: '5', created: D(0, 1), closed: D(3, 11), won: true, amount: 5000 },
  { id: '6', created: D(0, 1), closed: D(0, 5), won: false, amount: 9000, channel: 'LinkedIn' },
  { id: '7', created: D(0, 1), amount: 9000, channel: 'Google' },
];

describe('cycleStats()', () => {
  it('gives mean, median and the 90th percentile with linear interpolation', () => {
    // Sorted 10 20 30 40 100: mean 200 / 5 = 40; median 30; p90 at position 0.9 × 4 = 3.6: 40 + 0.6 × 60 = 76.
    expect(cycleStats([100, 10, 30, 20, 40])).toEqual({ count: 5, mean: 40, median: 30, p90: 76, min: 10, max: 100 });
    // Even count: median between 10 and 20.
    expect(cycleStats([20, 10]).median).toBe(15);
    expect(cycleStats([])).toEqual({ count: 0, mean: null, median: null, p90: null, min: null, max: null });
  });
});

describe('salesCycle()', () => {
  const r = salesCycle(dealCycles(DEALS), 'month');

  it('uses won deals with both dates, per channel and per month of the won date', () => {
    expect(r.overall).toMatchObject({ count: 5, median: 30, mean: 40 });
    expect(r.byChannel.LinkedIn).toMatchObject({ count: 2, median: 15 });
    expect(r.byChannel.Google).toMatchObject({ count: 2, median: 35 });
    expect(Object.fromEntries(Object.entries(r.byPeriod).map(([k, s]) => [k, s.median]))).toEqual({ '2025-01': 15, '2025-02': 30, '2025-03': 40, '2025-04': 100 });
  });

  it('puts each cycle into its bin of the distribution', () => {
    // 10 -> [7, 14), 20 -> [14, 30), 30 and 40 -> [30, 60), 100 -> [90, 180).
    expect(r.distribution.map((b) => b.count)).toEqual([0, 1, 1, 2, 0, 1, 0]);
    expect(r.distribution.at(-1)).toEqual({ from: 180, to: null, count: 0 });
  });
});

describe('computeKpis() with a deals file', () => {
  const r = computeKpis({ deals: DEALS, spend: [{ channel: 'LinkedIn', time: D(0, 5), spend: 1000 }, { channel: 'Google', time: D(0, 5), spend: 2000 }] }, { period: 'quarter' });

  it('reports the sales cycle median and won deals and revenue by close date', () => {
    expect(r.kpis.sales_cycle_days).toMatchObject({ value: 30, byChannel: { Google: 35, LinkedIn: 15 } });
    expect(r.kpis.won_deals?.byPeriod?.map((p) => [p.period, p.value])).toEqual([['2025-Q1', 4], ['2025-Q2', 1]]);
    expect(r.kpis.won_revenue?.value).toBe(15_000);
  });

  it('takes ROI revenue from won deal amounts by source channel when no model credit is given', () => {
    // LinkedIn (3000 - 1000) / 1000 = 2; Google (7000 - 2000) / 2000 = 2.5; total (10000 - 3000) / 3000.
    expect(r.kpis.roi?.byChannel).toEqual({ Google: 2.5, LinkedIn: 2 });
    expect(r.kpis.roi?.value).toBeCloseTo(7 / 3, 12);
    expect(english(r.kpis.roi?.formula!)).toMatch(/deal source/);
    // CPA: 3000 / 5 won; LinkedIn 1000 / 2, Google 2000 / 2.
    expect(r.kpis.cpa).toMatchObject({ value: 600, byChannel: { Google: 1000, LinkedIn: 500 } });
  });
});
