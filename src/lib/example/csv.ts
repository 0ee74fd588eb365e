// Minimal CSV writer for the generated examples: comma-separated, quoted only when needed, '\n' lines.

const NEEDS_QUOTES = /[",\n\r]/;

function cell(v: string | number): string {
  const s = String(v);
  return NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A CSV text with a header line and one line per row, ending in a newline. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const lines = [header.map(cell).join(',')];
  for (const row of rows) lines.push(row.map(cell).join(','));
  return lines.join('\n') + '\n';
}
