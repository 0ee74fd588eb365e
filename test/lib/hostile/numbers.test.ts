// Issue 18, case 3: overflow was accepted and then printed as null. A number beyond what Mittari can add up is a
// row problem (row, column, value); nothing downstream sees Infinity.
import { describe, expect, it } from 'vitest';
import { loadBytes, type Dataset } from '../../../src/lib/ingest/load';
import { english } from '../../../src/lib/messages';
import { validateScenario } from '../../../src/lib/budget/validate';
import { utf8 } from '../parsing/helpers';

async function load(text: string, name = 'hostile.csv'): Promise<Dataset> {
  const result = await loadBytes(name, utf8(text));
  if (!result.ok) throw new Error(english(result.problem.message));
  return result.dataset;
}

const FOUR_HUNDRED_DIGITS = '9'.repeat(400);

describe('numbers too large to compute with', () => {
  it.each([
    ['1e309 (Infinity as a double)', '1e309'],
    ['a 400-digit number', FOUR_HUNDRED_DIGITS],
    ['1e308 (finite, but two of them overflow a sum)', '1e308'],
    ['-1e20 (too large before it is negative)', '-1e20'],
  ])('a spend of %s is a row problem naming row, column and value', async (_, big) => {
    const d = await load(`date,channel,spend\n2025-01-01,Search,${big}\n2025-01-02,Email,5\n`);
    const s = d.summary;
    expect(s.kind).toBe('spend');
    expect(s.issues.byReason).toEqual({ too_large: 1 });
    expect(s.issues.first).toEqual([{ row: 2, column: 'spend', value: big.slice(0, 80), reason: 'too_large' }]);
    expect(s.usedRows).toBe(1);
    expect(s.stats.type === 'spend' && s.stats.total).toBe(5);
  });

  it('two 1e308 spends are both row problems, so their sum never overflows', async () => {
    const d = await load('date,channel,spend\n2025-01-01,Search,1e308\n2025-01-02,Search,1e308\n2025-01-03,Email,7.5\n');
    expect(d.summary.issues.byReason).toEqual({ too_large: 2 });
    expect(d.summary.stats.type === 'spend' && d.summary.stats.total).toBe(7.5);
  });

  it('keeps the largest amounts a marketer can have (10^15) and refuses what is above', async () => {
    const d = await load('date,channel,spend\n2025-01-01,Search,1000000000000000\n2025-01-02,Email,1000000000000001\n');
    expect(d.summary.issues.byReason).toEqual({ too_large: 1 });
    expect(d.summary.stats.type === 'spend' && d.summary.stats.total).toBe(1e15);
  });

  it('a 1e308 conversion value and a 1e308 path count are row problems in a path table', async () => {
    const d = await load('path,total_conversions,total_conversion_value,total_null\nA > B,1,1e308,2\nA,1e308,5,1\nB,2,10,0\n');
    expect(d.summary.kind).toBe('paths');
    expect(d.summary.issues.byReason).toEqual({ too_large: 2 });
    const st = d.summary.stats;
    expect(st.type === 'journeys' && [st.conversions, st.conversionValue]).toEqual([2, 10]);
  });

  it('an A/B file of 1e308 users keeps no arm instead of analysing Infinity', async () => {
    const d = await load('variant,users,conversions\nA,1e308,10\nB,1e308,12\n');
    expect(d.summary.issues.byReason).toEqual({ too_large: 2 });
    expect(d.data.kind === 'experiment' && d.data.arms).toEqual([]);
  });

  it('a sum of squares may be as large as the square of the largest amount', async () => {
    const d = await load('variant,users,conversions,revenue,revenue_ss\nA,1000,10,5000,1e20\nB,1000,12,6000,1e31\n');
    expect(d.summary.issues.first.map((i) => [i.row, i.column, i.reason])).toEqual([[3, 'revenue_ss', 'too_large']]);
  });
});

describe('validateScenario() with numbers too large to compute with', () => {
  const scenario = (spend: number, beta = 100) => ({ mode: 'max_response', channels: [{ name: 'Search', currentSpend: spend, curve: { beta, alpha: 1, gamma: 50 } }, { name: 'Email', currentSpend: 10, curve: { beta: 50, alpha: 1, gamma: 20 } }] });

  it('refuses a 1e308 spend and names the field', () => {
    const check = validateScenario(scenario(1e308));
    expect(check.ok).toBe(false);
    expect(!check.ok && check.problems.map(english)).toEqual(['channels[0].currentSpend must be at most 1e15 (Mittari adds amounts up to 10^15), not 1e+308']);
  });

  it('refuses a 1e308 curve height', () => {
    const check = validateScenario(scenario(10, 1e308));
    expect(!check.ok && check.problems.map(english)).toEqual(['channels[0].curve.beta must be at most 1e15 (Mittari adds amounts up to 10^15), not 1e+308']);
  });

  it('still takes an ordinary scenario', () => {
    expect(validateScenario(scenario(100)).ok).toBe(true);
  });
});
