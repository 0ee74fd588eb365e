import { describe, expect, it } from 'vitest';
import type { DateFormat } from '../../../src/lib/types';
import { detectDateFormat, parseDate } from '../../../src/lib/parsing/dates';

const utc = (...parts: [number, number, number, number?, number?, number?, number?]) => {
  const [y, m, d, h = 0, mi = 0, s = 0, ms = 0] = parts;
  return Date.UTC(y, m - 1, d, h, mi, s, ms);
};

describe('parseDate()', () => {
  it.each<[string, DateFormat, number]>([
    // iso
    ['2025-01-31', 'iso', utc(2025, 1, 31)],
    ['2025-01-31T14:05', 'iso', utc(2025, 1, 31, 14, 5)],
    ['2025-01-31 14:05:00', 'iso', utc(2025, 1, 31, 14, 5)],
    ['2025-01-31T14:05:00.123Z', 'iso', utc(2025, 1, 31, 14, 5, 0, 123)],
    ['2025-01-31T14:05:00+02:00', 'iso', utc(2025, 1, 31, 12, 5)],
    ['2025-01-31T14:05:00-0530', 'iso', utc(2025, 1, 31, 19, 35)],
    ['2025-01-31T14:05:00+02', 'iso', utc(2025, 1, 31, 12, 5)],
    ['2025-01-31 14:05:00.123456 UTC', 'iso', utc(2025, 1, 31, 14, 5, 0, 123)], // BigQuery
    ['2025-01-31T14:05:00.5', 'iso', utc(2025, 1, 31, 14, 5, 0, 500)],
    ['2024-02-29', 'iso', utc(2024, 2, 29)],
    ['  2025-01-31  ', 'iso', utc(2025, 1, 31)],
    // dmy.
    ['31.1.2025', 'dmy.', utc(2025, 1, 31)],
    ['31.01.2025 14:05', 'dmy.', utc(2025, 1, 31, 14, 5)],
    ['31.1.2025 14:05:09', 'dmy.', utc(2025, 1, 31, 14, 5, 9)],
    ['31.1.2025 klo 14.05', 'dmy.', utc(2025, 1, 31, 14, 5)],
    ['31.1.2025 klo 14.05.09', 'dmy.', utc(2025, 1, 31, 14, 5, 9)],
    ['1.2.2025 9.05', 'dmy.', utc(2025, 2, 1, 9, 5)],
    // slashes
    ['31/1/2025', 'dmy/', utc(2025, 1, 31)],
    ['31/01/2025 14:05:09', 'dmy/', utc(2025, 1, 31, 14, 5, 9)],
    ['1/31/2025', 'mdy/', utc(2025, 1, 31)],
    ['9/1/2026', 'mdy/', utc(2026, 9, 1)],
    ['1/31/2025 2:05 PM', 'mdy/', utc(2025, 1, 31, 14, 5)],
    ['1/31/2025, 12:05 AM', 'mdy/', utc(2025, 1, 31, 0, 5)],
    // compact and epoch
    ['20250131', 'yyyymmdd', utc(2025, 1, 31)],
    ['1738332300', 'epoch_s', utc(2025, 1, 31, 14, 5)],
    ['1738332300123', 'epoch_ms', utc(2025, 1, 31, 14, 5, 0, 123)],
    ['1738332300123000', 'epoch_us', utc(2025, 1, 31, 14, 5, 0, 123)],
  ])('reads %j as %s', (raw, format, expected) => {
    expect(parseDate(raw, format)).toBe(expected);
  });

  it.each<[string, DateFormat]>([
    ['', 'iso'],
    ['   ', 'dmy.'],
    ['--', 'mdy/'],
    ['(not set)', 'yyyymmdd'],
  ])('reads %j as no value (null)', (raw, format) => {
    expect(parseDate(raw, format)).toBeNull();
  });

  it.each<[string, DateFormat]>([
    ['31.2.2025', 'dmy.'],
    ['29.2.2025', 'dmy.'],
    ['2025-13-01', 'iso'],
    ['2025-01-32', 'iso'],
    ['2025-01-31T24:00', 'iso'],
    ['2025-01-31T14:60', 'iso'],
    ['2025-01-31T14:05:00+02:00x', 'iso'],
    ['2025-01-31 garbage', 'iso'],
    ['31.1.2025', 'iso'],
    ['2025-01-31', 'dmy.'],
    ['31.1.2025 klo', 'dmy.'],
    ['13/31/2025', 'mdy/'],
    ['1/31/2025', 'dmy/'],
    ['1/31/2025 13:05 PM', 'mdy/'],
    ['20251301', 'yyyymmdd'],
    ['2025013', 'yyyymmdd'],
    ['17383323x0', 'epoch_s'],
    ['hello', 'iso'],
  ])('reads %j as %s as NaN', (raw, format) => {
    expect(parseDate(raw, format)).toBeNaN();
  });

  it('agrees with Date.UTC on every day from 1899 to 2101 (leap years included)', () => {
    const mismatches: string[] = [];
    for (let t = Date.UTC(1899, 0, 1); t <= Date.UTC(2101, 11, 31); t += 86400000) {
      const text = new Date(t).toISOString().slice(0, 10);
      if (parseDate(text, 'iso') !== t) mismatches.push(text);
    }
    expect(mismatches).toEqual([]);
  });

  it('reads zone-less times the same whatever the machine zone is', () => {
    // parseDate never uses the local zone: the result equals the Date.UTC construction exactly.
    expect(parseDate('2025-07-01 00:30', 'iso')).toBe(Date.UTC(2025, 6, 1, 0, 30));
  });
});

describe('detectDateFormat()', () => {
  it.each<[string, string[], DateFormat, boolean]>([
    ['ISO dates', ['2025-01-31', '2025-02-01', ''], 'iso', false],
    ['ISO timestamps with offsets', ['2025-01-31T14:05:00+02:00', '2025-01-31T15:05:00Z'], 'iso', false],
    ['Finnish dates with klo', ['31.1.2025 klo 14.05', '1.2.2025 klo 9.30'], 'dmy.', false],
    ['slashes with a first part above 12', ['1/2/2025', '13/2/2025', '5/3/2025'], 'dmy/', false],
    ['slashes with a second part above 12 (LinkedIn)', ['9/1/2026', '9/2/2026', '9/15/2026'], 'mdy/', false],
    ['slashes that never exceed 12', ['1/2/2025', '3/4/2025'], 'dmy/', true],
    ['GA4 compact dates', ['20260701', '20260702'], 'yyyymmdd', false],
    ['epoch seconds', ['1738332300', '1738332360'], 'epoch_s', false],
    ['epoch milliseconds', ['1738332300123', '1738332360000'], 'epoch_ms', false],
    ['GA4 event_timestamp microseconds', ['1738332300123456', '1738332360000001'], 'epoch_us', false],
  ])('recognises %s', (_, values, format, ambiguous) => {
    expect(detectDateFormat(values)).toEqual({ format, ambiguous });
  });

  it('tolerates one stray value in twenty', () => {
    const values = Array.from({ length: 19 }, (_, i) => `2025-01-${String(i + 1).padStart(2, '0')}`);
    expect(detectDateFormat([...values, 'unknown'])).toEqual({ format: 'iso', ambiguous: false });
  });

  it.each([
    ['small integers', ['1', '2', '30', '4']],
    ['8-digit ids outside 1990–2100', ['12345678', '87654321']],
    ['10-digit counts before 1990', ['0000000001', '0000000002']],
    ['text', ['Search', 'Social']],
    ['a mix of dates and text', ['2025-01-31', 'Search', 'Social']],
    ['empty values only', ['', '  ', '--']],
    ['invalid calendar dates', ['31.2.2025', '30.2.2025']],
  ])('returns null for %s', (_, values) => {
    expect(detectDateFormat(values)).toBeNull();
  });

  it('does not modify its input', () => {
    const values = [' 2025-01-31 ', '', '9/1/2026'];
    detectDateFormat(values);
    expect(values).toEqual([' 2025-01-31 ', '', '9/1/2026']);
  });
});
