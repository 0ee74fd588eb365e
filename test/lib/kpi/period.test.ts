import { describe, expect, it } from 'vitest';
import { parsePeriodLabel, periodBounds, periodKey, periodsBetween, withChanges } from '../../../src/lib/kpi/period';

const U = Date.UTC;

describe('periodKey()', () => {
  it.each([
    // 2024-12-30 is the Monday of ISO week 1 of 2025 (the week holding Thursday 2 January 2025).
    [U(2024, 11, 30), 'week', '2025-W01'],
    [U(2025, 0, 5, 23, 59), 'week', '2025-W01'],
    [U(2025, 0, 6), 'week', '2025-W02'],
    // 1 January 2021 is a Friday: it belongs to ISO week 53 of 2020.
    [U(2021, 0, 1), 'week', '2020-W53'],
    [U(2025, 1, 28, 23), 'month', '2025-02'],
    [U(2025, 3, 1), 'quarter', '2025-Q2'],
    [U(2025, 11, 31), 'quarter', '2025-Q4'],
  ] as const)('periodKey(%s, %s) is %s', (ms, g, key) => {
    expect(periodKey(ms, g)).toBe(key);
  });
});

describe('periodBounds() and periodsBetween()', () => {
  it('gives [start, end) of weeks, months and quarters in UTC', () => {
    expect(periodBounds(U(2025, 0, 1, 12), 'week')).toEqual([U(2024, 11, 30), U(2025, 0, 6)]);
    expect(periodBounds(U(2025, 1, 14), 'month')).toEqual([U(2025, 1, 1), U(2025, 2, 1)]);
    expect(periodBounds(U(2025, 4, 14), 'quarter')).toEqual([U(2025, 3, 1), U(2025, 6, 1)]);
  });

  it('lists every period from the first to the last moment', () => {
    expect(periodsBetween(U(2025, 0, 15), U(2025, 2, 1), 'month').map((p) => p.key)).toEqual(['2025-01', '2025-02', '2025-03']);
    expect(periodsBetween(U(2025, 0, 1), U(2025, 0, 13), 'week').map((p) => p.key)).toEqual(['2025-W01', '2025-W02', '2025-W03']);
    expect(periodsBetween(U(2025, 1, 1), U(2025, 0, 1), 'month')).toEqual([]);
  });
});

describe('parsePeriodLabel()', () => {
  it.each([
    ['2025-W02', U(2025, 0, 6), U(2025, 0, 13)],
    ['2025-Q2', U(2025, 3, 1), U(2025, 6, 1)],
    ['Q3 2025', U(2025, 6, 1), U(2025, 9, 1)],
    ['2025-03', U(2025, 2, 1), U(2025, 3, 1)],
    ['3/2025', U(2025, 2, 1), U(2025, 3, 1)],
    ['2025-03-04', U(2025, 2, 4), U(2025, 2, 5)],
    ['4.3.2025', U(2025, 2, 4), U(2025, 2, 5)],
  ])('reads %s', (label, start, end) => {
    expect(parsePeriodLabel(label)).toEqual({ start, end });
  });

  it('reads a week column\'s date as the week starting that day', () => {
    expect(parsePeriodLabel('2024-12-30', 'week')).toEqual({ start: U(2024, 11, 30), end: U(2025, 0, 6) });
  });

  it.each(['January', '2025-13', '2025-W60', '31.2.2025', ''])('returns null for %j', (label) => {
    expect(parsePeriodLabel(label)).toBeNull();
  });
});

describe('withChanges()', () => {
  it('adds the change and relative change against the previous period', () => {
    expect(withChanges([{ period: 'a', value: 10 }, { period: 'b', value: 15 }, { period: 'c', value: null }, { period: 'd', value: 3 }])).toEqual([
      { period: 'a', value: 10, change: null, changeRatio: null },
      { period: 'b', value: 15, change: 5, changeRatio: 0.5 },
      { period: 'c', value: null, change: null, changeRatio: null },
      { period: 'd', value: 3, change: null, changeRatio: null },
    ]);
    // From -4 to -2 is a rise of 2, that is +50% of |-4|; from 0 no ratio.
    expect(withChanges([{ period: 'a', value: -4 }, { period: 'b', value: -2 }, { period: 'c', value: 0 }, { period: 'd', value: 1 }]).map((p) => p.changeRatio)).toEqual([null, 0.5, 1, null]);
  });
});
