import { describe, expect, it } from 'vitest';
import { reduceUsers, type UserRow } from '../../../src/lib/ingest/experiment-users';
import { mulberry32 } from '../../../src/lib/util/random';

const DAY = 86_400_000;
const ONE = { conversions: ['converted'], values: ['revenue'], pre: false };

/** Rows from short literals: `flag` and `value` are the one conversion and value column. */
function rows(list: { user: string; variant: string; flag?: boolean; value?: number; pre?: number; time?: number }[]): UserRow[] {
  return list.map((r, index) => ({ index, user: r.user, variant: r.variant, flags: [r.flag], values: [r.value], pre: r.pre, time: r.time }));
}

describe('reduceUsers()', () => {
  it('sums users, conversions, value, squares, pre-period values and cross-products per variant', () => {
    const rand = mulberry32(11);
    const input: UserRow[] = Array.from({ length: 400 }, (_, i) => ({
      index: i, user: `u${i}`, variant: i % 3 === 0 ? 'B' : 'A', values: [Math.round(rand() * 100) / 4], pre: Math.round(rand() * 80) / 4,
      flags: [rand() < 0.3], time: Date.UTC(2025, 0, 1) + Math.floor(rand() * 10) * DAY,
    }));
    const before = JSON.stringify(input);
    const { arms, series, exclusions } = reduceUsers(input, { ...ONE, pre: true }, String);
    expect(exclusions.usersInTwoVariants).toBe(0);
    const first = arms.filter((a) => a.metric === 'converted');
    expect(first.map((a) => a.variant)).toEqual(['B', 'A']);
    for (const arm of first) {
      const mine = input.filter((r) => r.variant === arm.variant);
      const sum = (f: (r: UserRow) => number) => mine.reduce((a, r) => a + f(r), 0);
      const v = (r: UserRow) => r.values[0] ?? 0, x = (r: UserRow) => r.pre ?? 0;
      expect(arm.users).toBe(mine.length);
      expect(arm.conversions).toBe(mine.filter((r) => r.flags[0]).length);
      expect(arm.revenue).toBeCloseTo(sum(v), 9);
      expect(arm.revenueSquares).toBeCloseTo(sum((r) => v(r) ** 2), 6);
      expect(arm.pre).toBeCloseTo(sum(x), 9);
      expect(arm.preSquares).toBeCloseTo(sum((r) => x(r) ** 2), 6);
      expect(arm.preRevenue).toBeCloseTo(sum((r) => x(r) * v(r)), 6);
    }
    expect(series?.length).toBe(10);
    expect(series?.at(-1)?.arms).toEqual(arms);
    expect(JSON.stringify(input)).toBe(before);
  });

  it('makes each flag column a conversion metric and each number column a value metric', () => {
    const input: UserRow[] = [
      { index: 0, user: '1', variant: 'gate_30', flags: [true, false], values: [3] },
      { index: 1, user: '2', variant: 'gate_30', flags: [false, false], values: [0] },
      { index: 2, user: '3', variant: 'gate_40', flags: [true, true], values: [10] },
      { index: 3, user: '4', variant: 'gate_40', flags: [true, undefined], values: [undefined] },
    ];
    const { arms } = reduceUsers(input, { conversions: ['retention_1', 'retention_7'], values: ['sum_gamerounds'], pre: false }, String);
    const pick = (metric: string) => arms.filter((a) => a.metric === metric).map(({ variant, users, conversions, revenue, measure }) => ({ variant, users, conversions, revenue, measure }));
    expect(pick('retention_1')).toEqual([
      { variant: 'gate_30', users: 2, conversions: 1, revenue: 3, measure: undefined },
      { variant: 'gate_40', users: 2, conversions: 2, revenue: 10, measure: undefined },
    ]);
    expect(pick('retention_7').map((a) => [a.conversions, a.revenue])).toEqual([[0, undefined], [1, undefined]]);
    expect(pick('sum_gamerounds')).toEqual([
      { variant: 'gate_30', users: 2, conversions: 1, revenue: 3, measure: 'mean' },
      { variant: 'gate_40', users: 2, conversions: 1, revenue: 10, measure: 'mean' },
    ]);
  });

  it('merges a user\'s different rows, drops exact repeats and leaves out users seen in two variants, counting each', () => {
    const input = rows([
      { user: 'a', variant: 'A', value: 5 },
      { user: 'a', variant: 'A', value: 7, flag: true },
      { user: 'a', variant: 'A', value: 7, flag: true }, // an exact repeat of the row above
      { user: 'b', variant: 'A' },
      { user: 'b', variant: 'B' },
      { user: 'b', variant: 'A' },
      { user: 'c', variant: 'B', flag: false },
    ]);
    const key = (i: number) => JSON.stringify({ ...input[i], index: 0 });
    const { arms, series, exclusions, dropped } = reduceUsers(input, ONE, key);
    expect(exclusions).toEqual({ usersInTwoVariants: 1, rowsInTwoVariants: 3, duplicateRows: 1, repeatedUsers: 1 });
    expect(dropped).toEqual([
      { index: 2, reason: 'duplicate_row' }, { index: 3, reason: 'user_in_two_variants' },
      { index: 4, reason: 'user_in_two_variants' }, { index: 5, reason: 'user_in_two_variants' },
    ]);
    expect(series).toBeUndefined();
    expect(arms.filter((a) => a.metric === 'converted')).toEqual([
      { metric: 'converted', variant: 'A', users: 1, conversions: 1, revenue: 12, revenueSquares: 144, pre: undefined, preSquares: undefined, preRevenue: undefined },
      { metric: 'converted', variant: 'B', users: 1, conversions: 0, revenue: 0, revenueSquares: 0, pre: undefined, preSquares: undefined, preRevenue: undefined },
    ]);
  });

  it('counts the users above 0 as the conversions of a value metric', () => {
    const { arms } = reduceUsers(rows([{ user: 'x', variant: 'A', value: 3 }, { user: 'y', variant: 'A', value: 0 }]), { conversions: [], values: ['revenue'], pre: false }, String);
    expect(arms).toEqual([expect.objectContaining({ metric: 'revenue', measure: 'mean', users: 2, conversions: 1, revenue: 3, revenueSquares: 9 })]);
  });
});
