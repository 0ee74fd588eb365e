// Money in the budget plan: whole units, cents only where they matter; and the rule's agreement with the plan.
import { describe, expect, it } from 'vitest';
import { costMoney, planMoney } from '../../src/ui/budget/money';
import { agreement } from '../../src/ui/budget/agree';
import { formatMoney } from '../../src/lib/util/format';
import { money as fiMoney } from '../../src/ui/i18n/engine/format';

describe('planMoney()', () => {
  it.each([
    [949.71, '950', '950 €'], [2015, '2,015', '2 015 €'], [1000, '1,000', '1 000 €'], [131828.4, '131,828', '131 828 €'], [9.5, '9.50', '9,50 €'], [0, '0', '0 €'],
  ])('writes %d as %s / %s', (x, en, fi) => {
    expect(planMoney(formatMoney, x)).toBe(en);
    expect(planMoney(fiMoney, x).replace(/\s/g, ' ')).toBe(fi);
  });

  it('keeps the cents of a cost per conversion under 100 only', () => {
    expect([costMoney(formatMoney, 12.5), costMoney(formatMoney, 1430.78)]).toEqual(['12.50', '1,431']);
  });
});

describe('agreement()', () => {
  const move = (spend: number, newSpend: number) => ({ name: 'A', spend, newSpend, metric: 1, verdict: newSpend > spend ? 'beats' as const : 'misses' as const });
  it.each([
    [move(100, 80), 100, 97, false, 'agrees'],
    [move(100, 80), 100, 100, false, 'ruleCuts'],
    [move(100, 80), 100, 130, false, 'ruleCuts'],
    [move(100, 120), 100, 70, false, 'ruleRaises'],
    [move(100, 120), 100, 100, true, 'locked'],
  ] as const)('rule %j, plan %d → %d (locked %s): %s', (m, from, to, locked, want) => {
    expect(agreement(m, from, to, locked)).toBe(want);
  });
});
