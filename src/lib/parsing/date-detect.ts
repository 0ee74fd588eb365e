import type { DateFormat } from '../types';
import { parseDate } from './date-parse';
import { isMissing } from './missing';
import { sampleValues } from './sample';

/** Share of non-empty values that must read as dates: tolerates a stray typo, not a text column. */
const QUORUM = 0.9;

/**
 * Years a date may plausibly hold (1990–2099): keeps 8-digit ids and 10-digit counts out of yyyymmdd/epoch, and a
 * date outside is a row problem in every layout, so periods are never built for centuries (year 0001 to 9999 made
 * 97,188 months).
 */
export const MIN_MS = Date.UTC(1990, 0, 1);
export const MAX_MS = Date.UTC(2100, 0, 1);

/** True for a time in 1990–2099. */
export const plausibleDate = (ms: number): boolean => ms >= MIN_MS && ms < MAX_MS;

/** Epoch layouts need exactly these digit counts (10 = seconds, 13 = ms, 16 = µs as in GA4 event_timestamp). */
const EPOCH_DIGITS: Partial<Record<DateFormat, number>> = { epoch_s: 10, epoch_ms: 13, epoch_us: 16 };

/** Unambiguous layouts, tried in order; their shapes do not overlap. */
const LAYOUTS: DateFormat[] = ['iso', 'dmy.', 'yyyymmdd', 'epoch_s', 'epoch_ms', 'epoch_us'];

function reads(v: string, format: DateFormat): boolean {
  const ms = parseDate(v, format);
  if (ms === null || Number.isNaN(ms)) return false;
  const width = EPOCH_DIGITS[format];
  if (width !== undefined && v.length !== width) return false;
  if (width !== undefined || format === 'yyyymmdd') return ms >= MIN_MS && ms < MAX_MS;
  return true;
}

function count(values: string[], format: DateFormat): number {
  let ok = 0;
  for (const v of values) if (reads(v, format)) ok++;
  return ok;
}

/**
 * Decides a column's date layout by vote. Empty and missing values are ignored; about 90% of the rest must
 * read. D/M versus M/D follows the values: a first part above 12 only reads as d/m, a second part above 12
 * only as m/d. When nothing decides, the answer is 'dmy/' with `ambiguous: true`. null when not a date column. `quorum` lowers the share that must
 * read when the column is known to hold dates (mapped to a date role), so its typos become row problems.
 */
export function detectDateFormat(values: string[], quorum = QUORUM): { format: DateFormat; ambiguous: boolean } | null {
  const sample = sampleValues(values).filter((v) => !isMissing(v));
  if (sample.length === 0) return null;
  const need = Math.max(1, Math.ceil(sample.length * quorum));
  for (const format of LAYOUTS) if (count(sample, format) >= need) return { format, ambiguous: false };
  const dmy = count(sample, 'dmy/');
  const mdy = count(sample, 'mdy/');
  if (Math.max(dmy, mdy) < need) return null;
  if (dmy === mdy) return { format: 'dmy/', ambiguous: true };
  return { format: dmy > mdy ? 'dmy/' : 'mdy/', ambiguous: false };
}
