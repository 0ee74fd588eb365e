// Spend for the cost table: matched to the journeys by channel name and by their dates (issue 14, part 2).
import { describe, expect, it } from 'vitest';
import { spendWithin } from '../../../src/lib/attribution/cost';
import { spendForJourneys } from '../../../src/lib/attribution/spend-for';
import { spanOf } from '../../../src/lib/kpi/spend';
import type { SpendRow } from '../../../src/lib/types';
import { makeSet } from './rule-helpers';

const DAY = 86_400_000;
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe('spendWithin', () => {
  it('counts daily rows within the first and last touch (whole days) and leaves the rest out', () => {
    const rows: SpendRow[] = [
      { channel: 'A', time: day('2025-01-31'), spend: 100 },
      { channel: 'A', time: day('2025-02-01'), spend: 10 },
      { channel: 'B', time: day('2025-02-28'), spend: 20 },
      { channel: 'B', time: day('2025-03-01'), spend: 1000 },
    ];
    // Journeys from 1 Feb 09:00 to 28 Feb 17:00: the days 1–28 Feb count.
    const r = spendWithin(rows, { start: day('2025-02-01') + 9 * 3600e3, end: day('2025-02-28') + 17 * 3600e3 }, spanOf);
    expect(r.spend).toEqual([{ name: 'A', spend: 10 }, { name: 'B', spend: 20 }]);
    expect(r.outside).toBe(1100);
    expect(r.undated).toBe(0);
  });

  it('counts a week that straddles the first day by its days within (5 of 7), as the KPIs spread it', () => {
    // The week of Monday 30 Dec 2024; journeys from Wednesday 1 Jan 2025: 5 of its 7 days are within.
    const rows: SpendRow[] = [{ channel: 'A', period: '2024-12-30', periodUnit: 'week', spend: 700 }];
    const r = spendWithin(rows, { start: day('2025-01-01'), end: day('2025-01-31') }, spanOf);
    expect(r.spend[0].spend).toBeCloseTo(500, 9);
    expect(r.outside).toBeCloseTo(200, 9);
  });

  it('counts every row without journey dates, and rows without a date in full (said as undated)', () => {
    const rows: SpendRow[] = [{ channel: 'A', spend: 5 }, { channel: 'A', time: day('2020-01-01'), spend: 7 }];
    expect(spendWithin(rows, null, spanOf)).toEqual({ spend: [{ name: 'A', spend: 12 }], outside: 0, undated: 1 });
    expect(spendWithin(rows, { start: day('2025-01-01'), end: day('2025-01-02') }, spanOf)).toEqual({ spend: [{ name: 'A', spend: 5 }], outside: 7, undated: 1 });
  });

  it('does not mutate its input', () => {
    const rows: SpendRow[] = [{ channel: 'A', time: day('2025-01-01'), spend: 5 }];
    const copy = structuredClone(rows);
    spendWithin(rows, { start: 0, end: DAY }, spanOf);
    expect(rows).toEqual(copy);
  });
});

describe('spendForJourneys', () => {
  // Two journeys with touches 10 and 2 days before day 100: dates from day 90 to day 98.
  const set = makeSet([{ path: 'Search > Email', daysBefore: [10, 2] }, { path: 'Search', daysBefore: [5] }]);
  const rows = (channel: string): SpendRow[] => [
    { channel, time: 89 * DAY, spend: 1 },
    { channel, time: 90 * DAY, spend: 10 },
    { channel, time: 98 * DAY, spend: 100 },
    { channel, time: 99 * DAY, spend: 1000 },
  ];

  it('takes the file sharing most channels, over the journeys dates, naming what was left out', () => {
    const files = [
      { id: 'a', file: 'radio.csv', rows: rows('Radio'), codes: [] },
      { id: 'b', file: 'ads.csv', rows: [...rows('search'), ...rows('Email')], codes: ['USD'] },
    ];
    const r = spendForJourneys(set, set.channels, files);
    expect(r).toMatchObject({ id: 'b', file: 'ads.csv', currency: 'USD', dates: { start: 90 * DAY, end: 98 * DAY }, outside: 2002, undated: 0 });
    expect(r?.spend).toEqual([{ name: 'search', spend: 110 }, { name: 'Email', spend: 110 }]);
  });

  it('never takes a file holding two currencies, and gives null when no file shares a channel', () => {
    const mixed = { id: 'm', file: 'mixed.csv', rows: rows('Search'), codes: ['EUR', 'USD'] };
    expect(spendForJourneys(set, set.channels, [mixed])).toBeNull();
    expect(spendForJourneys(set, set.channels, [{ ...mixed, codes: ['EUR'] }])?.currency).toBe('EUR');
  });
});
