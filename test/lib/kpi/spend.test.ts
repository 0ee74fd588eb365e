import { describe, expect, it } from 'vitest';
import { activityKpis, spendSums, spread } from '../../../src/lib/kpi/spend';
import type { SpendRow } from '../../../src/lib/types';

const U = Date.UTC;

describe('spread()', () => {
  it('splits a week over the months it touches by days', () => {
    // Monday 30 Dec 2024 - Sunday 5 Jan 2025: 2 days in December, 5 in January.
    expect(spread({ start: U(2024, 11, 30), end: U(2025, 0, 6) }, 700, 'month')).toEqual([['2024-12', 200], ['2025-01', 500]]);
    expect(spread({ start: U(2024, 11, 30), end: U(2025, 0, 6) }, 700, 'week')).toEqual([['2025-W01', 700]]);
  });
});

describe('spendSums()', () => {
  it('reads week-start dates, month labels and dates', () => {
    const rows: SpendRow[] = [
      { channel: 'A', period: '2025-01-06', periodUnit: 'week', spend: 70 },
      { channel: 'B', period: '2025-02', periodUnit: 'month', spend: 28 },
      { channel: 'B', time: U(2025, 0, 31), spend: 5 },
    ];
    const s = spendSums(rows, 'month');
    expect(s.timed).toBe(true);
    expect(s.spend.total).toBe(103);
    expect(Object.fromEntries(s.spend.byPeriod)).toEqual({ '2025-01': 75, '2025-02': 28 });
    expect(Object.fromEntries(s.spend.byChannel)).toEqual({ A: 70, B: 33 });
  });
});

describe('activityKpis()', () => {
  it('gives open, click and bounce rates of email rows and click-through of ad rows', () => {
    const rows: SpendRow[] = [
      { channel: 'Email', time: U(2025, 0, 2), spend: 10, sends: 1000, opens: 380, clicks: 38, bounces: 50 },
      { channel: 'Ads', time: U(2025, 0, 3), spend: 10, impressions: 10_000, clicks: 100 },
    ];
    const k = activityKpis(rows, 'month', ['2025-01']);
    // Delivered 950: open 380/950 = 0.4; bounce 50/1000; clicks (38 + 100) / (950 + 10000).
    expect(k.open_rate).toMatchObject({ value: 0.4, byChannel: { Email: 0.4 } });
    expect(k.bounce_rate?.value).toBe(0.05);
    expect(k.click_rate?.value).toBeCloseTo(138 / 10_950, 12);
    expect(k.click_rate?.byChannel).toEqual({ Ads: 0.01, Email: 0.04 });
    expect(k.click_rate?.tags).toEqual({ timing: 'leading', flow: 'input' });
  });

  it('gives none of them without the counts', () => {
    expect(activityKpis([{ channel: 'A', spend: 1 }], 'month', [])).toEqual({});
  });
});
