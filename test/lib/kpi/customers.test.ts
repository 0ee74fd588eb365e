import { describe, expect, it } from 'vitest';
import { churnSeries } from '../../../src/lib/kpi/churn';
import { computeKpis } from '../../../src/lib/kpi/compute';
import { periodsBetween } from '../../../src/lib/kpi/period';
import { customerSummary } from '../../../src/lib/ingest/summary-kpi';
import type { Customer } from '../../../src/lib/types';
import { english } from '../../../src/lib/messages';

const U = Date.UTC;
const CUSTOMERS: Customer[] = [
  { id: 'c1', start: U(2024, 5, 1), mrr: 100, segment: 'SMB', channel: 'LinkedIn' },
  { id: 'c2', start: U(2024, 5, 1), end: U(2025, 0, 15), mrr: 200, segment: 'SMB', channel: 'Google' },
  { id: 'c3', start: U(2024, 5, 1), end: U(2025, 1, 10), mrr: 300, segment: 'Enterprise', channel: 'LinkedIn' },
  { id: 'c4', start: U(2025, 0, 20), mrr: 400, segment: 'Enterprise', channel: 'Google' },
  // Churned on an unknown day: in no period.
  { id: 'c5', active: false, mrr: 500 },
];
const window = { from: U(2025, 0, 1), to: U(2025, 2, 31) };

describe('churnSeries()', () => {
  it('gives churn = lost / active at the start and ARPA = revenue / accounts active during each period', () => {
    const r = churnSeries(CUSTOMERS, periodsBetween(window.from, window.to, 'month'));
    // January: c1 c2 c3 active on the 1st, c2 leaves; c1-c4 active during it: 1000 / 4.
    // February: c1 c3 c4 on the 1st, c3 leaves; 800 / 3. March: c1 c4, nobody leaves; 500 / 2.
    expect(r.points.map((p) => [p.period, p.atStart, p.churned, p.rate, p.accounts, p.mrr])).toEqual([
      ['2025-01', 3, 1, 1 / 3, 4, 1000],
      ['2025-02', 3, 1, 1 / 3, 3, 800],
      ['2025-03', 2, 0, 0, 2, 500],
    ]);
    // Pooled: 2 / 8 and 2300 / 9.
    expect(r.rate).toBe(0.25);
    expect(r.arpa).toBeCloseTo(2300 / 9, 12);
    expect(r.undated).toBe(1);
  });
});

describe('churnSeries() at the month boundaries', () => {
  const months = periodsBetween(U(2025, 3, 1), U(2025, 5, 30), 'month'); // April, May, June
  const row = (r: ReturnType<typeof churnSeries>) => r.points.map((p) => [p.period, p.atStart, p.churned, p.startedAndLost]);

  it('counts a customer whose end date is the 1st of a month as lost in the month before, exactly once', () => {
    // End 1 May: active all of April (at its start), gone at the start of May.
    const r = churnSeries([{ id: 'a', start: U(2024, 0, 1), end: U(2025, 4, 1) }], months);
    expect(row(r)).toEqual([['2025-04', 1, 1, 0], ['2025-05', 0, 0, 0], ['2025-06', 0, 0, 0]]);
    expect(r.rate).toBe(1);
  });

  it('counts a customer who started on the 1st as active at that month\'s start', () => {
    const r = churnSeries([{ id: 'b', start: U(2025, 4, 1), end: U(2025, 4, 20) }], months);
    expect(row(r)).toEqual([['2025-04', 0, 0, 0], ['2025-05', 1, 1, 0], ['2025-06', 0, 0, 0]]);
  });

  it('keeps customers who start and end within one month out of the rate, and counts them apart', () => {
    const r = churnSeries([
      { id: 'c', start: U(2025, 4, 3), end: U(2025, 4, 20) },
      { id: 'd', start: U(2024, 0, 1) },
    ], months);
    expect(row(r)).toEqual([['2025-04', 1, 0, 0], ['2025-05', 1, 0, 1], ['2025-06', 1, 0, 0]]);
    expect(r.rate).toBe(0);
    expect(r.startedAndLost).toBe(1);
  });

  it('loses every customer in exactly one period, whatever the day (brute force over a year of end days)', () => {
    const year = periodsBetween(U(2025, 0, 1), U(2025, 11, 31), 'month');
    for (let day = 1; day <= 365; day++) {
      const end = U(2025, 0, day);
      const r = churnSeries([{ id: 'x', start: U(2024, 0, 1), end }], year);
      const lost = r.points.filter((p) => p.churned === 1).map((p) => p.period);
      expect(lost.length, new Date(end).toISOString()).toBe(day === 1 ? 0 : 1); // ending 1 Jan: lost in December 2024
      if (day > 1) expect(lost[0]).toBe(new Date(end - 1).toISOString().slice(0, 7)); // the month of its last day
    }
  });
});

describe('computeKpis() with customers', () => {
  const r = computeKpis({ customers: CUSTOMERS }, { period: 'month', grossMargin: 0.5, window });

  it('reports churn and ARPA per period, segment and acquisition channel', () => {
    expect(r.kpis.churn_rate?.value).toBe(0.25);
    // LinkedIn c1 c3: 2 + 2 + 1 at the starts, c3 leaves: 1/5. Google c2 c4: 1 + 1 + 1, c2 leaves: 1/3.
    expect(r.kpis.churn_rate?.byChannel).toEqual({ Google: 1 / 3, LinkedIn: 0.2 });
    expect(r.kpis.churn_rate?.bySegment).toEqual({ Enterprise: 0.25, SMB: 0.25 });
    expect(r.kpis.arpa?.byPeriod?.map((p) => p.value)).toEqual([250, 800 / 3, 250]);
    // SMB: (300 + 100 + 100) / (2 + 1 + 1).
    expect(r.kpis.arpa?.bySegment?.SMB).toBe(125);
  });

  it('gives CLV = ARPA × margin / monthly churn, with the formula as text', () => {
    // 2300/9 × 0.5 / 0.25 = 511.11; SMB 125 × 0.5 / 0.25 = 250.
    expect(r.kpis.clv?.value).toBeCloseTo(4600 / 9, 9);
    expect(english(r.kpis.clv?.formula!)).toBe('CLV = ARPA × gross margin / monthly churn = 255.56 × 50.0% / 25.00% = 511.11');
    expect(r.kpis.clv?.bySegment?.SMB).toBeCloseTo(250, 9);
  });

  it('asks for the margin, and for end dates when the file has only an active flag', () => {
    expect(english(computeKpis({ customers: CUSTOMERS }, { period: 'month', window }).unavailable.clv!)).toMatch(/gross margin/);
    const flags = computeKpis({ customers: [{ id: 'a', active: true, mrr: 10 }, { id: 'b', active: false, mrr: 30 }, { id: 'c', mrr: 20 }] }, { period: 'month' });
    expect(english(flags.unavailable.churn_rate!)).toMatch(/active flag only/);
    // ARPA of the active accounts a and c: (10 + 20) / 2.
    expect(flags.kpis.arpa?.value).toBe(15);
  });

  it('does not mutate the customers', () => {
    const before = JSON.stringify(CUSTOMERS);
    computeKpis({ customers: CUSTOMERS }, { period: 'week', grossMargin: 0.7 });
    expect(JSON.stringify(CUSTOMERS)).toBe(before);
  });
});

describe('customerSummary()', () => {
  it('counts active and churned customers and the active MRR', () => {
    expect(customerSummary(CUSTOMERS)).toEqual({ type: 'customers', customers: 5, active: 2, churned: 3, mrr: 500, segments: 2 });
  });
});
