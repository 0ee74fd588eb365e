// The attribution slide's finding: the channel two models credit most differently, worked by hand.
import { describe, expect, it } from 'vitest';
import { biggestDifference, largestDifferenceFromBaseline, lengthFinding, removalFinding, timeFinding, transitionFinding } from '../../../src/lib/attribution/finding';
import { english } from '../../../src/lib/messages';

describe('biggestDifference', () => {
  it('names the channel with the largest gap and the model that undervalues it', () => {
    // Differences first − last: A +2, B −5, C +4.5: B's is the largest, and first touch gives it less.
    const m = biggestDifference(['A', 'B', 'C'], { model: 'first', credit: [10, 1, 6.5] }, { model: 'last', credit: [8, 6, 2] }, 'conversions');
    expect(m && english(m)).toBe('B gets 5 more conversions under Last touch than under First touch: First touch undervalues it.');
  });

  it('says nothing when the models agree within half a conversion, or one is missing', () => {
    expect(biggestDifference(['A'], { model: 'first', credit: [3] }, { model: 'last', credit: [3.4] }, 'conversions')).toBeNull();
    expect(biggestDifference(['A'], { model: 'first', credit: null }, { model: 'last', credit: [3] }, 'conversions')).toBeNull();
  });

  it('speaks of value in whole units', () => {
    const m = biggestDifference(['LinkedIn Ads'], { model: 'first', credit: [12500.4] }, { model: 'markov', credit: [2500] }, 'value');
    expect(m && english(m)).toBe('LinkedIn Ads gets 10,000 more in conversion value under First touch than under Markov: Markov undervalues it.');
  });
});

describe('the attribution sub-views\' findings', () => {
  it('largestDifferenceFromBaseline() picks the model and channel furthest from the baseline', () => {
    const channels = ['Email', 'Ads', 'Social'];
    const base = { model: 'last' as const, credit: [10, 20, 5] };
    const models = [{ model: 'first' as const, credit: [12, 18, 5] }, { model: 'linear' as const, credit: [10, 14, 11] }];
    const m = largestDifferenceFromBaseline(channels, base, models, 'conversions')!;
    // Independent: first differs by at most 2, linear by 6 (Ads -6, Social +6; Ads comes first).
    expect(m.params).toMatchObject({ channel: 'Ads', amount: 6, more: 'last', less: 'linear' });
    expect(largestDifferenceFromBaseline(channels, base, [{ model: 'first', credit: [10.2, 20, 5] }], 'conversions')).toBeNull();
  });

  it('removalFinding() names the largest removal effect; lengthFinding() the share after two or more touches; timeFinding() the median', () => {
    expect(english(removalFinding(['A', 'B', 'C'], [0.1, 0.345, 0.2])!)).toBe('Removing B would lose 34.5% of conversions, the most of any channel.');
    expect(removalFinding(['A'], [0])).toBeNull();
    // 30 of 40 conversions after 2+ touches.
    expect(english(lengthFinding([{ length: 1, conversions: 10 }, { length: 2, conversions: 25 }, { length: 11, conversions: 5 }])!)).toBe('75% of conversions came after two or more touches.');
    expect(lengthFinding([{ length: 1, conversions: 0 }])).toBeNull();
    expect(english(lengthFinding([{ length: 1, conversions: 0 }, { length: 4, conversions: 0 }, { length: 5, conversions: 3 }, { length: 9, conversions: 1 }])!)).toBe('Every conversion came after 5 or more touches.');
    // Only the "more than 10 touches" bucket: no exact fewest to name.
    expect(english(lengthFinding([{ length: 11, conversions: 3 }])!)).toBe('100% of conversions came after two or more touches.');
    expect(english(timeFinding(12.5)!)).toBe('Half of the conversions come within 12.5 days of the first touch.');
    expect(timeFinding(null)).toBeNull();
  });

  it('transitionFinding() names the channel after which journeys convert most often, leaving out the start', () => {
    const t = { from: ['(start)', 'A', 'B'], to: ['A', 'B', '(conversion)', '(null)'], p: [[0.5, 0.5, 0.9, 0], [0, 0.5, 0.2, 0.3], [0.1, 0, 0.35, 0.55]] };
    expect(english(transitionFinding(t)!)).toBe('Journeys convert right after B most often: 35% of its steps lead to a conversion.');
    expect(transitionFinding({ ...t, to: ['A', 'B', 'x', '(null)'] })).toBeNull();
  });
});
