// Reading cells out of a RawTable's columns.
import type { RawTable } from '../types';
import { cellAt } from './cells';

/** Column c as raw strings, one per data row (the stored array itself when the column is not encoded). */
export function columnOf(table: RawTable, c: number): readonly string[] {
  const col = table.columns[c];
  const { codes, values } = col;
  if (!codes) return values;
  const out = new Array<string>(codes.length);
  for (let r = 0; r < codes.length; r++) out[r] = values[codes[r]];
  return out;
}

/** Up to `max` values of column c from rows spread evenly over the table (type votes need no more). */
export function sampleColumn(table: RawTable, c: number, max = 5000): string[] {
  const n = table.rowNumbers.length;
  const col = table.columns[c];
  if (n <= max) return Array.from({ length: n }, (_, r) => cellAt(col, r));
  const out = new Array<string>(max);
  for (let i = 0; i < max; i++) out[i] = cellAt(col, Math.floor((i * n) / max));
  return out;
}

/** Data row r as raw strings, one per column. */
export function rowAt(table: RawTable, r: number): string[] {
  return table.columns.map((col) => cellAt(col, r));
}
