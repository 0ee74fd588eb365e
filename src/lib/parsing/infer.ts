import type { ColumnFormat } from '../types';
import { detectDateFormat } from './date-detect';
import { detectDecimal } from './decimal';
import { isMissing } from './missing';
import { parseNumber } from './numbers';
import { sampleValues } from './sample';

/** Share of values that must read as numbers: tolerates a stray typo, not a text column. */
const QUORUM = 0.9;

const TRUE = new Set(['1', 'true', 'yes', 'y', 'kyllä', 'k', 'x', 'converted', 'won']);
const FALSE = new Set(['0', 'false', 'no', 'n', 'ei']);

/** Reads a conversion-like flag: true, false, null for an empty cell, undefined when the text is not a flag. */
export function parseFlag(raw: string): boolean | null | undefined {
  const s = raw.trim().toLowerCase().normalize('NFC');
  if (s === '') return null;
  if (TRUE.has(s)) return true;
  if (FALSE.has(s)) return false;
  return undefined;
}

/** All values are flags and at most two spellings occur (so `1`/`0`, `yes`/`no`, but not `1`/`yes`/`0`). */
function isFlagColumn(values: string[]): boolean {
  const seen = new Set<string>();
  for (const v of values) {
    if (parseFlag(v) === undefined) return false;
    seen.add(v.toLowerCase());
    if (seen.size > 2) return false;
  }
  return true;
}

/**
 * Infers a column's type by vote over up to 2000 non-empty values spread over the column: 'empty', then
 * 'boolean' (0/1-only columns count as flags), 'date', 'number' (with its decimal mark), else 'text'.
 * Missing markers (`--`, `n/a`, `(not set)`) are ignored. Does not modify `values`.
 */
export function inferColumn(values: string[]): ColumnFormat {
  const sample = sampleValues(values).filter((v) => !isMissing(v));
  if (sample.length === 0) return { type: 'empty' };
  if (isFlagColumn(sample)) return { type: 'boolean' };
  // Date layouts need dates or 8/10/13/16-digit integers, so small integers never read as dates here.
  const date = detectDateFormat(sample);
  if (date) return { type: 'date', dateFormat: date.format, ambiguous: date.ambiguous };
  const { decimal, ambiguous } = detectDecimal(sample);
  let ok = 0;
  for (const v of sample) {
    const n = parseNumber(v, decimal);
    if (n !== null && !Number.isNaN(n)) ok++;
  }
  if (ok >= sample.length * QUORUM) return { type: 'number', decimal, ambiguous };
  return { type: 'text' };
}
