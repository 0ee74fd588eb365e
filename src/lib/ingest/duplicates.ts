// Rows that repeat an earlier row cell for cell: counted and named, never removed (a doubled export doubles spend,
// but two identical touches can be real). Rows are compared by a 53-bit hash of their cells, built from the
// dictionary codes where a column has them: no string per row is made. Rows whose hashes repeat are checked cell
// by cell, so a shared hash of different rows never counts.
import type { RawTable } from '../types';
import { cellAt } from './cells';

/** FNV-1a over a string, 32 bits, with a seed. */
function hashText(s: string, seed: number): number {
  let h = seed;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

/**
 * One 32-bit number per row of one column, equal for equal cells: a dictionary column's code as it is, else a hash
 * of the text. Unequal cells may share a number: rows are checked cell by cell before they count.
 */
function cellKeys(values: readonly string[], codes: Int32Array | null, n: number): Uint32Array {
  if (codes) return new Uint32Array(codes.buffer, codes.byteOffset, n);
  const out = new Uint32Array(n);
  for (let r = 0; r < n; r++) out[r] = hashText(values[r], 2166136261);
  return out;
}

const sameRow = (t: RawTable, a: number, b: number) => t.columns.every((c) => cellAt(c, a) === cellAt(c, b));

/** How many data rows repeat an earlier row exactly, and the first such pair as spreadsheet row numbers. */
export function duplicateRows(table: RawTable): { count: number; row: number; of: number } | null {
  const n = table.rowNumbers.length;
  if (n < 2) return null;
  const h1 = new Uint32Array(n).fill(2166136261), h2 = new Uint32Array(n).fill(374761393);
  for (const col of table.columns) {
    const a = cellKeys(col.values, col.codes, n);
    for (let r = 0; r < n; r++) {
      h1[r] = Math.imul(h1[r] ^ a[r], 16777619) >>> 0;
      h2[r] = (Math.imul(h2[r] ^ a[r], 2654435761) + (h2[r] >>> 15)) >>> 0;
    }
  }
  const keys = new Float64Array(n);
  for (let r = 0; r < n; r++) keys[r] = h1[r] * 2 ** 21 + (h2[r] & 0x1fffff);
  // A typed sort finds the keys that repeat (1M rows: ~100 ms); only their rows are then looked at in file order.
  const sorted = keys.slice().sort();
  const repeated = new Set<number>();
  for (let i = 1; i < n; i++) if (sorted[i] === sorted[i - 1]) repeated.add(sorted[i]);
  if (repeated.size === 0) return null;
  const seen = new Map<number, number[]>();
  let count = 0, row = 0, of = 0;
  for (let r = 0; r < n; r++) {
    if (!repeated.has(keys[r])) continue;
    const earlier = seen.get(keys[r]) ?? [];
    // Checked cell by cell: a shared hash of different rows is not a repeat.
    const first = earlier.find((e) => sameRow(table, e, r));
    if (first === undefined) { seen.set(keys[r], [...earlier, r]); continue; }
    if (count === 0) { row = table.rowNumbers[r]; of = table.rowNumbers[first]; }
    count++;
  }
  return count > 0 ? { count, row, of } : null;
}
