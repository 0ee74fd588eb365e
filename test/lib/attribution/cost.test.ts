import { describe, expect, it } from 'vitest';
import { channelKey, costPer, matchSpend, roas } from '../../../src/lib/attribution/cost';

describe('matchSpend()', () => {
  it('matches channel names ignoring case, spaces, punctuation and accents, and sums repeated spend rows', () => {
    const spend = [{ name: 'linkedin-ads', spend: 100 }, { name: 'LinkedIn Ads', spend: 50 }, { name: 'Sähköposti', spend: 10 }, { name: 'TV', spend: 999 }];
    const input = JSON.stringify(spend);
    const m = matchSpend(['LinkedIn Ads', 'sahkoposti', 'Direct'], spend);
    expect(m.spend).toEqual([150, 10, null]);
    expect(m.unmatched).toEqual(['TV']);
    expect(JSON.stringify(spend)).toBe(input);
  });

  it('channelKey() folds names to letters and digits', () => {
    expect(channelKey(' Google Ads (Search) ')).toBe('googleadssearch');
  });
});

describe('costPer() and roas()', () => {
  it.each([
    [100, 4, 25],
    [100, 0, null],
    [null, 4, null],
  ])('costPer(%s, %s) = %s', (spend, credited, expected) => expect(costPer(spend, credited)).toBe(expected));

  it.each([
    [100, 450, 4.5],
    [0, 450, null],
    [null, 450, null],
  ])('roas(%s, %s) = %s', (spend, value, expected) => expect(roas(spend, value)).toBe(expected));
});
