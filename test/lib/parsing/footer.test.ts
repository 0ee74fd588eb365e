import { describe, expect, it } from 'vitest';
import { isFooterRow } from '../../../src/lib/parsing/footer';

describe('isFooterRow()', () => {
  it.each([
    [['Total', '', '1 234,56']],
    [['Totals', '12']],
    [['Grand total', '1000', '600']], // GA4
    [['Total: Account', '', '1,045.83']], // Google Ads
    [['Total: Campaigns', '', '1,045.83']],
    [['', '', 'Grand Totals (5700 records)']], // Salesforce, first non-empty cell
    [['Confidential Information - Do Not Distribute']],
    [['Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved.']],
    [['Yhteensä', '', '1 247,81']],
    [['  kaikki yhteensä  ', '5']],
    [['SUMMA', '5']],
    [['Yhteensa\u0308', '5']], // decomposed ä from a Mac export
  ])('flags %j', (cells) => {
    expect(isFooterRow(cells)).toBe(true);
  });

  it.each([
    [['Totally Digital', '12']],
    [['Total Spent', '12']],
    [['Organic Search', '600']],
    [['Summer sale', 'Total']],
    [['', '', '']],
    [[]],
  ])('keeps %j as data', (cells) => {
    expect(isFooterRow(cells)).toBe(false);
  });

  it('does not modify its input', () => {
    const cells = ['  Total ', '1'];
    isFooterRow(cells);
    expect(cells).toEqual(['  Total ', '1']);
  });
});
