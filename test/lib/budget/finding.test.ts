import { describe, expect, it } from 'vitest';
import { marginalFinding, planFinding, saturationFinding, weeklyFitFinding } from '../../../src/lib/budget/finding';
import { hill, marginal, type HillCurve } from '../../../src/lib/budget/response';
import type { ScenarioChannelResult, ScenarioResult } from '../../../src/lib/budget/types';
import { english } from '../../../src/lib/messages';

const row = (name: string, currentSpend: number, recommendedSpend: number, currentResponse: number, recommendedResponse: number) =>
  ({ name, currentSpend, recommendedSpend, currentResponse, recommendedResponse, currentRoi: null, recommendedRoi: null, currentMroi: null, recommendedMroi: null, bound: 'none' }) as unknown as ScenarioChannelResult;
const result = (channels: ScenarioChannelResult[]): ScenarioResult => ({
  status: 'optimal', lambda: null, totalBudget: 0, allocated: 0, unallocated: 0, warnings: [], channels,
  currentResponse: channels.reduce((s, c) => s + c.currentResponse, 0), recommendedResponse: channels.reduce((s, c) => s + c.recommendedResponse, 0),
}) as unknown as ScenarioResult;

describe('planFinding()', () => {
  it('planFinding() names the money moved, the channel cut most and the one raised most, and the gain', () => {
    const r = result([row('Search', 1000, 1500, 50, 62), row('Display', 1000, 600, 20, 17), row('Social', 1000, 900, 30, 29.5)]);
    const before = JSON.stringify(r);
    const m = planFinding(r, 'conversions', 'EUR')!;
    expect(JSON.stringify(r)).toBe(before);
    // Independent: 500 moved (the only increase); gain (62 + 17 + 29.5) - (50 + 20 + 30) = 8.5 of 100 = +8.5%.
    expect(m.key).toBe('budget.findingMove');
    const p = m.params as { amount: number; from: string; to: string; mostly: boolean; gain: number; share: number };
    expect(p.amount).toBeCloseTo(500, 9);
    expect([p.from, p.to, p.mostly]).toEqual(['Display', 'Search', true]);
    expect(p.gain).toBeCloseTo(8.5, 9);
    expect(p.share).toBeCloseTo(0.085, 9);
    expect(english(m)).toBe('Moving €500 mostly from Display to Search is expected to add 8.5 conversions (+8.5%).');
  });

  it('planFinding() says "from A to B" without "mostly" when only two channels move, and money for value', () => {
    const m = planFinding(result([row('A', 2000, 1200, 100, 90), row('B', 500, 1300, 40, 80)]), 'value', 'EUR')!;
    expect(english(m)).toBe('Moving €800 from A to B is expected to add €30 in conversion value (+21.4%).');
  });

  it('planFinding() gives the change of the total when the plan spends more, and null when it gains nothing', () => {
    const more = planFinding(result([row('A', 1000, 1500, 10, 13), row('B', 1000, 1000, 10, 10)]), 'conversions', 'USD')!;
    expect(english(more)).toBe('Spending US$500 more is expected to add 3 conversions (+15.0%).');
    expect(planFinding(result([row('A', 1000, 1000, 10, 10), row('B', 1000, 1000, 10, 10)]), 'conversions', 'EUR')).toBeNull();
    expect(planFinding(result([]), 'conversions', 'EUR')).toBeNull();
    // More money for a lower response is not a plan to describe.
    expect(planFinding(result([row('A', 1000, 1500, 10, 9)]), 'conversions', 'EUR')).toBeNull();
  });

  it('planFinding() breaks ties by the channels\' order', () => {
    const m = planFinding(result([row('A', 100, 50, 5, 4), row('B', 100, 50, 5, 4), row('C', 100, 150, 5, 7), row('D', 100, 150, 5, 7)]), 'conversions', 'EUR')!;
    expect(m.params).toMatchObject({ from: 'A', to: 'C', amount: 100 });
  });
});

const curve = (beta: number, gamma: number, alpha = 1): HillCurve => ({ beta, alpha, gamma });

describe('saturationFinding() and marginalFinding()', () => {
  const channels = [
    { name: 'Search', currentSpend: 3000, curve: curve(100, 1000) }, // 3000 / 4000 = 75% of beta
    { name: 'Display', currentSpend: 1000, curve: curve(50, 4000) }, // 1000 / 5000 = 20%
    { name: 'Social', currentSpend: 2000, curve: curve(80, 2000, 2) }, // 4e6 / 8e6 = 50%
  ];

  it('saturationFinding() names the channel whose spend reaches the largest share of its curve\'s maximum', () => {
    const before = JSON.stringify(channels);
    const m = saturationFinding(channels)!;
    expect(JSON.stringify(channels)).toBe(before);
    expect(m.params).toMatchObject({ channel: 'Search' });
    expect((m.params as { reached: number }).reached).toBeCloseTo(0.75, 12);
    expect(english(m)).toBe('Search is closest to saturation: its current spend already brings 75% of the most it can.');
    expect(saturationFinding([{ name: 'X', currentSpend: 0, curve: curve(10, 10) }])).toBeNull();
  });

  it('saturationFinding() says the channels are equally close when their shares differ by under 2 points', () => {
    // Calibrated at elasticity 0.5 with alpha 1, every curve is at half of its beta at current spend: gamma = spend.
    const even = [{ name: 'A', currentSpend: 100, curve: curve(10, 100) }, { name: 'B', currentSpend: 5000, curve: curve(80, 5000) }, { name: 'C', currentSpend: 10, curve: curve(3, 10.3) }];
    const m = saturationFinding(even)!;
    expect(m.key).toBe('budget.findingSaturationEven');
    expect(english(m)).toBe('All channels are equally close to saturation: each one\'s current spend brings about 50% of the most it can.');
  });

  it('marginalFinding() compares the next 1,000 of spend in the best and the worst channel', () => {
    const m = marginalFinding(channels, 'conversions', 'EUR')!;
    const ms = channels.map((c) => marginal(c.curve, c.currentSpend) * 1000);
    // Independent: for alpha 1, f'(x) = beta * gamma / (x + gamma)^2.
    expect(ms[0]).toBeCloseTo((100 * 1000) / 4000 ** 2 * 1000, 9);
    expect(ms[1]).toBeCloseTo((50 * 4000) / 5000 ** 2 * 1000, 9);
    const hi = Math.max(...ms), lo = Math.min(...ms);
    expect(m.params).toMatchObject({ best: channels[ms.indexOf(hi)].name, worst: channels[ms.indexOf(lo)].name });
    expect((m.params as { bestReturn: number }).bestReturn).toBeCloseTo(hi, 9);
    expect(english(m)).toMatch(/^The next €1,000 returns most in \w+ \([\d.]+ conversions\) and least in \w+ \([\d.]+ conversions\)\.$/);
    expect(hill(channels[0].curve, 3000)).toBeCloseTo(75, 9);
  });

  it('marginalFinding() is null for one channel or returns within 10% of each other', () => {
    expect(marginalFinding(channels.slice(0, 1), 'conversions', 'EUR')).toBeNull();
    const same = [{ name: 'A', currentSpend: 1000, curve: curve(100, 1000) }, { name: 'B', currentSpend: 1000, curve: curve(105, 1000) }];
    expect(marginalFinding(same, 'conversions', 'EUR')).toBeNull();
  });
});

describe('weeklyFitFinding()', () => {
  it('weeklyFitFinding() says how much of the weeks the fit explains, and whether the plan uses it', () => {
    expect(english(weeklyFitFinding({ name: 'Email', r2: 0.12, used: false }, 0.25)!)).toBe("The fitted curve explains only 12% of Email's week-to-week ups and downs, under the 25% needed: the plan uses the curve through today's spend instead.");
    expect(english(weeklyFitFinding({ name: 'Email', r2: -0.3, used: false }, 0.25)!)).toContain('explains only 0%');
    expect(weeklyFitFinding({ name: 'Email', r2: NaN, used: false }, 0.25)).toBeNull();
  });
});
