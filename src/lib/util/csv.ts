// Tables to CSV for spreadsheets. Cells that start with = + - @ (or a tab / carriage return) are prefixed with
// an apostrophe, so a spreadsheet shows them as text instead of running them as formulas (CSV injection).

export type Cell = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV field: numbers as they are, text escaped against formulas and quoted when needed. */
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\n\r;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows to CSV text with CRLF line ends (what Excel writes and reads best). */
export function toCsv(rows: readonly (readonly Cell[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
