// The attribution slide's finding: the channel two models credit most differently, worked by hand.
import { describe, expect, it } from 'vitest';
import { biggestDifference } from '../../../src/lib/attribution/finding';
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
