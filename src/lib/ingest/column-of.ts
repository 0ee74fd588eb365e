// Reading columns out of a row-wise RawTable.
import type { RawTable } from '../types';

/** Column c as an array of raw strings, one per data row. */
export function columnOf(table: RawTable, c: number): string[] {
  return table.rows.map((row) => row[c]);
}

/** Up to `max` values of column c from rows spread evenly over the table (type votes need no more). */
export function sampleColumn(table: RawTable, c: number, max = 5000): string[] {
  const n = table.rows.length;
  if (n <= max) return columnOf(table, c);
  const out = new Array<string>(max);
  for (let i = 0; i < max; i++) out[i] = table.rows[Math.floor((i * n) / max)][c];
  return out;
}
