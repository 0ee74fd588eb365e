import type { DecimalMark } from '../types';
import { isMissing } from './missing';
import { parseCore, stripAffixes } from './number-core';

export { detectDecimal } from './decimal';

/**
 * Plain `-?\d+` or `-?\d+<mark>\d+` with the column's decimal mark: the shape of nearly every cell, read
 * without the slow path (runs on millions of cells). Returns undefined when the cell has another shape.
 */
function parsePlain(raw: string, decimal: DecimalMark): number | undefined {
  const n = raw.length;
  let i = raw.charCodeAt(0) === 45 ? 1 : 0;
  const intStart = i;
  while (i < n && raw.charCodeAt(i) >= 48 && raw.charCodeAt(i) <= 57) i++;
  if (i === intStart) return undefined;
  if (i === n) return Number(raw);
  if (raw.charCodeAt(i) !== (decimal === '.' ? 46 : 44)) return undefined;
  const fracStart = ++i;
  while (i < n && raw.charCodeAt(i) >= 48 && raw.charCodeAt(i) <= 57) i++;
  if (i === fracStart || i !== n) return undefined;
  return decimal === '.' ? Number(raw) : Number(raw.slice(0, fracStart - 1) + '.' + raw.slice(fracStart));
}

/**
 * Reads a cell as a number with the column's decimal mark. null for no value (empty, `--`, `-`, `n/a`,
 * `(not set)`); NaN when the text is not a number. Accepts thousands grouping (validated: groups of 3),
 * currency symbols and codes, `%` (kept as written: `12 %` is 12), U+2212 minus, `+`, `(12.50)` for -12.5
 * and exponents.
 */
export function parseNumber(raw: string, decimal: DecimalMark): number | null {
  const plain = parsePlain(raw, decimal);
  if (plain !== undefined) return plain;
  if (isMissing(raw)) return null;
  const parts = stripAffixes(raw);
  if (!parts) return NaN;
  const value = parseCore(parts.core, decimal);
  return parts.negative ? -value : value;
}

/** True when the cell holds a number (not missing, not NaN). */
export function isNumeric(raw: string, decimal: DecimalMark): boolean {
  const value = parseNumber(raw, decimal);
  return value !== null && !Number.isNaN(value);
}
