/**
 * Cell texts that mean "no value": Google Ads writes `--`, GA4 `(not set)`, spreadsheets `n/a` or `-`.
 * Numbers and dates read them as null (missing), not as errors.
 */
const MISSING = new Set(['', '-', '--', 'n/a', '(not set)']);

/** True when the cell holds no value. */
export function isMissing(raw: string): boolean {
  const s = raw.trim();
  // Most cells are long or non-empty: skip the lowercase copy unless the length fits a marker.
  return s.length <= 9 && MISSING.has(s.toLowerCase());
}
