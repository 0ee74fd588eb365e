/**
 * Finds text cells that a spreadsheet would run as a formula (CSV injection, OWASP): `=HYPERLINK(...)`,
 * `+cmd|' /C calc'!A0`, `@SUM(...)`. Mittari itself only ever shows them as text and its CSV exports prefix
 * them with an apostrophe (lib/util/csv.ts); the warning tells the user the source file carries them.
 */
import type { ColumnFormat, RawTable } from '../types';
import { msg, type Msg } from '../messages';

/**
 * `=` before anything; `+`, `-` or `@` when the cell holds a letter and no space follows the sign (`+cmd`,
 * `@SUM(1+1)`, `-2+3+cmd|...`). Numbers, `+358 40 123 4567` and `- none -` are left alone.
 */
export function looksLikeFormula(cell: string): boolean {
  const c = cell.charCodeAt(0);
  if (c === 61) return cell.length > 1; // '='
  if (c !== 43 && c !== 45 && c !== 64) return false; // '+', '-', '@'
  return cell.length > 1 && cell.charCodeAt(1) !== 32 && /[A-Za-z]/.test(cell);
}

/** One warning per text column that holds formula-like cells, naming the first. Reads only text columns. */
export function formulaWarnings(table: RawTable, formats: readonly ColumnFormat[]): Msg[] {
  const out: Msg[] = [];
  table.header.forEach((name, c) => {
    if (formats[c]?.type !== 'text') return;
    const { codes, values } = table.columns[c];
    // Encoded columns are checked once per distinct value; rows then only look up a flag.
    const formula = codes ? values.map(looksLikeFormula) : null;
    let count = 0;
    let first = -1;
    for (let r = 0; r < table.rowNumbers.length; r++) {
      if (!(formula ? formula[(codes as Int32Array)[r]] : looksLikeFormula(values[r]))) continue;
      if (count++ === 0) first = r;
    }
    if (count === 0) return;
    const value = codes ? values[codes[first]] : values[first];
    const shown = value.length > 60 ? `${value.slice(0, 60)}…` : value;
    out.push(msg('warning.formula', { column: name, count, row: table.rowNumbers[first], value: shown }));
  });
  return out;
}
