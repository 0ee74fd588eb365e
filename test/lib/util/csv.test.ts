import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { csvCell, toCsv } from '../../../src/lib/util/csv';

describe('csvCell()', () => {
  it.each([
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+1', "'+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['Email, direct', '"Email, direct"'],
    ['plain', 'plain'],
    ['', ''],
  ])('escapes %j as %j', (input, expected) => expect(csvCell(input)).toBe(expected));

  it('writes numbers as numbers, negative ones too, and non-finite or missing values as empty', () => {
    expect([csvCell(-12.5), csvCell(3), csvCell(NaN), csvCell(null), csvCell(undefined)]).toEqual(['-12.5', '3', '', '', '']);
  });
});

describe('toCsv()', () => {
  it('round-trips through a CSV parser with formula cells kept as text', () => {
    const rows = [['Channel', 'Credit'], ['=cmd|calc', 1.5], ['Sähköposti "uutiskirje"', -2]];
    const parsed = Papa.parse<string[]>(toCsv(rows), { skipEmptyLines: true }).data;
    expect(parsed).toEqual([['Channel', 'Credit'], ["'=cmd|calc", '1.5'], ['Sähköposti "uutiskirje"', '-2']]);
  });
});
