import type { DateFormat } from '../types';
import { at, clock, dayMs, digits, zone } from './date-read';
import { isMissing } from './missing';

/** `2025-01-31`, then optionally `T`/space, a clock and a zone. Zone-less times are UTC. */
function iso(s: string): number {
  const y = digits(s, 0, 4, 4);
  if (y < 0 || s.charCodeAt(at) !== 45) return NaN;
  const m = digits(s, at + 1, 1, 2);
  if (m < 0 || s.charCodeAt(at) !== 45) return NaN;
  const d = digits(s, at + 1, 1, 2);
  if (d < 0) return NaN;
  const day = dayMs(y, m, d);
  if (at === s.length) return day;
  const t = s.charCodeAt(at);
  if (t !== 84 && t !== 32 && t !== 116) return NaN; // T, space, t
  const time = clock(s, at + 1, false);
  if (time < 0) return NaN;
  return day + time - zone(s, at) * 60000;
}

/**
 * The date part `a<sep>b<sep>yyyy` of the D.M.YYYY and slash layouts, then an optional time: `  14:05`,
 * `, 2:05 PM` (en-US), or Finnish `klo 14.05` with dots. Returns day + time in ms; `first` is a, `second` b.
 */
function dayFirst(s: string, sep: number, dayIndex: 0 | 1): number {
  const a = digits(s, 0, 1, 2);
  if (a < 0 || s.charCodeAt(at) !== sep) return NaN;
  const b = digits(s, at + 1, 1, 2);
  if (b < 0 || s.charCodeAt(at) !== sep) return NaN;
  const y = digits(s, at + 1, 4, 4);
  if (y < 0) return NaN;
  const day = dayIndex === 0 ? dayMs(y, b, a) : dayMs(y, a, b);
  if (at === s.length) return day;
  let i = at;
  if (s.charCodeAt(i) === 44) i++; // "1/31/2025, 2:05 PM"
  if (s.charCodeAt(i) !== 32) return NaN;
  i++;
  let dots = sep === 46;
  if (s.startsWith('klo ', i)) {
    i += 4;
    dots = true;
  }
  const time = clock(s, i, dots);
  return time < 0 || at !== s.length ? NaN : day + time;
}

/** `20250131` (GA4 `Date`). */
function yyyymmdd(s: string): number {
  if (s.length !== 8 || digits(s, 0, 8, 8) < 0) return NaN;
  return dayMs(digits(s, 0, 4, 4), digits(s, 4, 2, 2), digits(s, 6, 2, 2));
}

/** An unsigned integer times `scale` (epoch µs / 1000 keeps its fraction, which orders events within a ms). */
function epoch(s: string, scale: number): number {
  if (digits(s, 0, 1, s.length) < 0 || at !== s.length) return NaN;
  return Number(s) * scale;
}

/**
 * Reads a date cell as milliseconds since the epoch (UTC). Times without a zone are read as UTC, so the result
 * never depends on the machine's zone; an explicit zone or offset is honoured. null for no value, NaN for text
 * that is not a valid date in `format` (31.2.2025 included).
 */
export function parseDate(raw: string, format: DateFormat): number | null {
  const n = raw.length;
  // Trim only when needed: trim() allocates, and most cells have no padding.
  const s = n > 0 && raw.charCodeAt(0) > 32 && raw.charCodeAt(n - 1) > 32 ? raw : raw.trim();
  if (s.length === 0 || (s.length <= 9 && isMissing(s))) return null;
  switch (format) {
    case 'iso':
      return iso(s);
    case 'dmy.':
      return dayFirst(s, 46, 0);
    case 'dmy/':
      return dayFirst(s, 47, 0);
    case 'mdy/':
      return dayFirst(s, 47, 1);
    case 'yyyymmdd':
      return yyyymmdd(s);
    case 'epoch_s':
      return epoch(s, 1000);
    case 'epoch_ms':
      return epoch(s, 1);
    case 'epoch_us':
      return epoch(s, 0.001);
    default:
      throw new Error(`parseDate(): unknown format ${String(format)}`);
  }
}
