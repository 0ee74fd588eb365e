import { describe, expect, it } from 'vitest';
import { reduceUsers, type UserRow } from '../../../src/lib/ingest/experiment-users';
import { mulberry32 } from '../../../src/lib/util/random';

const DAY = 86_400_000;

describe('reduceUsers()', () => {
  it('sums users, conversions, value, squares, pre-period values and cross-products per variant', () => {
    const rand = mulberry32(11);
    const rows: UserRow[] = Array.from({ length: 400 }, (_, i) => ({
      user: `u${i}`, variant: i % 3 === 0 ? 'B' : 'A', value: Math.round(rand() * 100) / 4, pre: Math.round(rand() * 80) / 4,
      converted: rand() < 0.3, time: Date.UTC(2025, 0, 1) + Math.floor(rand() * 10) * DAY,
    }));
    const before = JSON.stringify(rows);
    const { arms, series, excludedUsers } = reduceUsers(rows, true, true);
    expect(excludedUsers).toBe(0);
    for (const arm of arms) {
      const mine = rows.filter((r) => r.variant === arm.variant);
      const sum = (f: (r: UserRow) => number) => mine.reduce((a, r) => a + f(r), 0);
      expect(arm.users).toBe(mine.length);
      expect(arm.conversions).toBe(mine.filter((r) => r.converted).length);
      expect(arm.revenue).toBeCloseTo(sum((r) => r.value ?? 0), 9);
      expect(arm.revenueSquares).toBeCloseTo(sum((r) => (r.value ?? 0) ** 2), 6);
      expect(arm.pre).toBeCloseTo(sum((r) => r.pre ?? 0), 9);
      expect(arm.preSquares).toBeCloseTo(sum((r) => (r.pre ?? 0) ** 2), 6);
      expect(arm.preRevenue).toBeCloseTo(sum((r) => (r.pre ?? 0) * (r.value ?? 0)), 6);
    }
    expect(series?.length).toBe(10);
    expect(series?.at(-1)?.arms).toEqual(arms);
    expect(series?.every((p, i) => i === 0 || p.arms[0].users >= series[i - 1].arms[0].users)).toBe(true);
    expect(JSON.stringify(rows)).toBe(before);
  });

  it('merges rows of one user and leaves out users seen in two variants', () => {
    const rows: UserRow[] = [
      { user: 'a', variant: 'A', value: 5 },
      { user: 'a', variant: 'A', value: 7, converted: true },
      { user: 'b', variant: 'A' },
      { user: 'b', variant: 'B' },
      { user: 'c', variant: 'B', converted: false },
    ];
    const { arms, series, excludedUsers } = reduceUsers(rows, true, false);
    expect(excludedUsers).toBe(1);
    expect(series).toBeUndefined();
    expect(arms).toEqual([
      { metric: 'conversion', variant: 'A', users: 1, conversions: 1, revenue: 12, revenueSquares: 144, pre: undefined, preSquares: undefined, preRevenue: undefined },
      { metric: 'conversion', variant: 'B', users: 1, conversions: 0, revenue: 0, revenueSquares: 0, pre: undefined, preSquares: undefined, preRevenue: undefined },
    ]);
  });

  it('counts a user with value but no conversion flag as converted when the value is positive', () => {
    const { arms } = reduceUsers([{ user: 'x', variant: 'A', value: 3 }, { user: 'y', variant: 'A', value: 0 }], true, false);
    expect(arms[0].conversions).toBe(1);
  });
});
