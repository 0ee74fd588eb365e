import { describe, expect, it } from 'vitest';
import { detectDecimal, isNumeric, parseNumber } from '../../../src/lib/parsing/numbers';

describe('parseNumber()', () => {
  it.each([
    // plain
    ['12', '.', 12],
    ['-12.5', '.', -12.5],
    ['12,5', ',', 12.5],
    ['0007', '.', 7],
    ['1700000000123456', '.', 1700000000123456],
    // thousands grouping
    ['1,234', '.', 1234],
    ['1,234,567.89', '.', 1234567.89],
    ['1.234,56', ',', 1234.56],
    ['1.234', ',', 1234],
    ['1 234', '.', 1234],
    ['1 234,56', ',', 1234.56],
    ['1\u00a0234,56', ',', 1234.56],
    ['1\u202f234,56', ',', 1234.56],
    ['12 345 678', ',', 12345678],
    // currency, percent, signs
    ['€ 12,50', ',', 12.5],
    ['12,50 €', ',', 12.5],
    ['\u22121\u00a0234,50\u00a0€', ',', -1234.5], // Intl.NumberFormat('fi-FI', EUR)
    ['EUR 12.50', '.', 12.5],
    ['12.50 USD', '.', 12.5],
    ['$1,033.33', '.', 1033.33],
    ['-$12.50', '.', -12.5],
    ['£7', '.', 7],
    ['99 kr', ',', 99],
    ['12 %', '.', 12],
    ['12%', '.', 12],
    ['-3,5 %', ',', -3.5],
    ['+12', '.', 12],
    ['(12.50)', '.', -12.5],
    ['($1,234.50)', '.', -1234.5],
    ['  42  ', '.', 42],
    ['.5', '.', 0.5],
    // exponents
    ['1.5e3', '.', 1500],
    ['12e-10', '.', 12e-10],
    ['1,5E+3', ',', 1500],
  ] as const)('reads %j with decimal %j as %d', (raw, decimal, expected) => {
    expect(parseNumber(raw, decimal)).toBe(expected);
  });

  it.each(['', '   ', '--', '-', 'n/a', 'N/A', '(not set)', ' -- '])('reads %j as no value (null)', (raw) => {
    expect(parseNumber(raw, '.')).toBeNull();
    expect(parseNumber(raw, ',')).toBeNull();
  });

  it.each([
    ['1,23', '.'], // grouping must be 3 digits
    ['1,2345', '.'],
    [',123', '.'],
    ['1.234.5', ','],
    ['12.5', ','], // a dot in a comma column must be grouping, and "5" is not a group
    ['1 234.5.6', '.'],
    ['1.234,567.8', ','],
    ['1 234.567,8', ','], // two kinds of grouping
    ['abc', '.'],
    ['12abc', '.'],
    ['€', '.'],
    ['--5', '.'],
    ['(12', '.'],
    ['-(12)', '.'],
    ['€12$', '.'],
    ['1e', '.'],
    ['1.5e3', ','],
    ['#N/A', '.'],
    ['5.', '.'],
  ] as const)('reads %j with decimal %j as NaN', (raw, decimal) => {
    expect(parseNumber(raw, decimal)).toBeNaN();
  });
});

describe('isNumeric()', () => {
  it.each([
    ['1 234,56', ',', true],
    ['12,5', '.', false],
    ['--', '.', false],
    ['x', '.', false],
  ] as const)('says %j with decimal %j is numeric: %s', (raw, decimal, expected) => {
    expect(isNumeric(raw, decimal)).toBe(expected);
  });
});

describe('detectDecimal()', () => {
  it.each([
    ['decimal commas', ['12,5', '3', '1 234,56', '1.234,56'], ',', false],
    ['decimal dots', ['12.5', '1,234.56', '3'], '.', false],
    ['US grouping only once', ['1,234,567', '12'], '.', false],
    ['EU grouping only once', ['1.234.567', '12'], ',', false],
    ['a separator after 4 digits', ['1234,567'], ',', false],
    ['a separator after a lone zero', ['0,125'], ',', false],
    ['currency-decorated values', ['12,50 €', '€ 7,25'], ',', false],
    ['only 1,234-like values', ['1,234', '5,678'], '.', true],
    ['only 1.234-like values', ['1.234', '5.678'], '.', true],
    ['only integers', ['1', '22', '333'], '.', true],
    ['only text', ['abc', ''], '.', true],
    ['a majority of comma votes', ['1,5', '2,5', '3.5'], ',', false],
  ] as const)('decides %s', (_, values, decimal, ambiguous) => {
    expect(detectDecimal([...values])).toEqual({ decimal, ambiguous });
  });

  it('ignores ambiguous values when others decide', () => {
    expect(detectDecimal(['1,234', '12,5'])).toEqual({ decimal: ',', ambiguous: false });
  });

  it('does not modify its input', () => {
    const values = [' 1,5 ', '2'];
    detectDecimal(values);
    expect(values).toEqual([' 1,5 ', '2']);
  });
});
