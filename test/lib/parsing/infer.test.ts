import { describe, expect, it } from 'vitest';
import type { ColumnFormat } from '../../../src/lib/types';
import { inferColumn, parseFlag } from '../../../src/lib/parsing/infer';

describe('parseFlag()', () => {
  it.each([
    ...['1', 'true', 'TRUE', 'yes', 'Y', 'kyllä', 'Kyllä', 'k', 'x', 'X', 'converted', 'Won', ' yes '].map((v) => [v, true] as const),
    ...['0', 'false', 'No', 'n', 'ei', 'EI'].map((v) => [v, false] as const),
    ['', null],
    ['  ', null],
    ['maybe', undefined],
    ['2', undefined],
    ['lost', undefined],
  ] as const)('reads %j as %s', (raw, expected) => {
    expect(parseFlag(raw)).toBe(expected);
  });
});

describe('inferColumn()', () => {
  it.each<[string, string[], ColumnFormat]>([
    ['an empty column', ['', ' ', ''], { type: 'empty' }],
    ['a column of missing markers', ['--', 'n/a', ''], { type: 'empty' }],
    ['0/1 flags', ['0', '1', '1', ''], { type: 'boolean' }],
    ['yes/no flags', ['Yes', 'no', 'YES'], { type: 'boolean' }],
    ['kyllä/ei flags', ['kyllä', 'ei'], { type: 'boolean' }],
    ['ISO dates', ['2025-01-31', '2025-02-01'], { type: 'date', dateFormat: 'iso', ambiguous: false }],
    ['undecided slash dates', ['1/2/2025', '3/4/2025'], { type: 'date', dateFormat: 'dmy/', ambiguous: true }],
    ['GA4 compact dates', ['20260701', '20260702'], { type: 'date', dateFormat: 'yyyymmdd', ambiguous: false }],
    ['small integers', ['1', '2', '30', '4'], { type: 'number', decimal: '.', ambiguous: true }],
    ['decimal commas', ['1 234,56', '12,5', '3', '--'], { type: 'number', decimal: ',', ambiguous: false }],
    ['US money', ['$1,033.33', '12.50', '--'], { type: 'number', decimal: '.', ambiguous: false }],
    ['mostly numbers with a stray word', [...Array.from({ length: 19 }, (_, i) => `${i + 2}.5`), 'oops'], { type: 'number', decimal: '.', ambiguous: false }],
    ['channels', ['Organic Search', 'Paid Social', 'Email'], { type: 'text' }],
    ['three flag spellings', ['1', 'yes', '0'], { type: 'text' }],
    ['half numbers', ['1', '2', 'a', 'b'], { type: 'text' }],
  ])('infers %s', (_, values, expected) => {
    expect(inferColumn(values)).toEqual(expected);
  });

  it('samples long columns evenly, so late values still vote', () => {
    const values = [...Array.from({ length: 50_000 }, () => ''), ...Array.from({ length: 50_000 }, (_, i) => `${i},5`)];
    expect(inferColumn(values)).toEqual({ type: 'number', decimal: ',', ambiguous: false });
  });

  it('does not modify its input', () => {
    const values = [' 1,5 ', '', '2'];
    inferColumn(values);
    expect(values).toEqual([' 1,5 ', '', '2']);
  });
});
