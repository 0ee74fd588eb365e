import { describe, expect, it } from 'vitest';
import { overWeeks, weeklySeries } from '../../../src/lib/budget/weekly';
import { hill } from '../../../src/lib/budget/response';
import { journeySet } from '../../../src/lib/journeys/store';

const DAY = 86_400_000;
const MON = Date.UTC(2025, 0, 6); // a Monday

describe('weeklySeries()', () => {
  it('pairs each week of spend with the credit of conversions in that week', () => {
    const set = journeySet({
      channels: ['Email', 'Ads'], timed: true,
      journeys: [
        { id: 'a', touches: [{ channel: 0, time: MON }], conversions: 1, value: 10, nulls: 0, conversionTime: MON + DAY },
        { id: 'b', touches: [{ channel: 1, time: MON }, { channel: 0, time: MON + 8 * DAY }], conversions: 1, value: 20, nulls: 0, conversionTime: MON + 9 * DAY },
        { id: 'c', touches: [{ channel: 1, time: MON }], conversions: 0, value: 0, nulls: 1 },
      ],
    });
    const rows = [
      { channel: 'email', spend: 100, period: '2025-01-06', periodUnit: 'week' as const },
      { channel: 'email', spend: 50, time: MON + 7 * DAY + 3600_000 },
      { channel: 'Ads', spend: 70, period: '2025-01-13', periodUnit: 'week' as const },
    ];
    const s = weeklySeries(rows, set, 'touchpoints', 'last', 'value');
    expect(s.get('email')).toEqual([{ spend: 100, response: 10 }, { spend: 50, response: 20 }]);
    expect(s.get('Ads')).toEqual([{ spend: 70, response: 0 }]);
  });

  it('gives nothing for journeys without times', () => {
    const set = journeySet({ channels: ['A'], timed: false, journeys: [] });
    expect(weeklySeries([{ channel: 'A', spend: 1, time: MON }], set, 'paths', 'first', 'conversions').size).toBe(0);
  });
});

describe('overWeeks()', () => {
  it('turns a weekly curve into totals: n weeks at X/n a week', () => {
    const weekly = { beta: 30, alpha: 1.3, gamma: 800 };
    const total = overWeeks(weekly, 26);
    for (const X of [1000, 26_000, 90_000]) expect(hill(total, X)).toBeCloseTo(26 * hill(weekly, X / 26), 9);
  });
});
