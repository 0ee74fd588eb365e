// Property: any table written in any of our dialects reads back cell for cell.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadBytes } from '../../src/lib/ingest/load';
import { columnOf } from '../../src/lib/ingest/column-of';
import type { Delimiter } from '../../src/lib/types';
import { english } from '../../src/lib/messages';

const DELIMITERS: Delimiter[] = [',', ';', '\t', '|'];

/** Writes a table the way spreadsheets do: quote a field when it holds the delimiter, a quote or a line break. */
function write(rows: string[][], delimiter: string, eol: string, bom: boolean): Uint8Array {
  const field = (s: string) => (/["\r\n]/.test(s) || s.includes(delimiter) ? `"${s.replace(/"/g, '""')}"` : s);
  const text = rows.map((r) => r.map(field).join(delimiter)).join(eol) + eol;
  return new TextEncoder().encode((bom ? '\uFEFF' : '') + text);
}

// Cells: printable text with the characters that break naive parsers; no leading/trailing blanks-only rows.
const cell = fc.string({ unit: fc.constantFrom('a', 'B', 'ä', '€', '1', '.', ',', ';', '|', '\t', '"', ' ', '\n', 'x', '#'), maxLength: 8 });
const header = (n: number) => Array.from({ length: n }, (_, i) => `col${i}`);

describe('CSV round trip', () => {
  it('reads back every cell for random tables, delimiters, line endings and BOMs', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 5 }).chain((width) =>
          fc.record({
            rows: fc.array(fc.array(cell, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 12 }),
            width: fc.constant(width),
          }),
        ),
        fc.constantFrom(...DELIMITERS),
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        async ({ rows, width }, delimiter, eol, bom) => {
          // A row of nothing but blanks is a blank line, and a lone '#' cell starts GA4's next table: both are
          // skipped on purpose, so keep each generated row non-blank and not starting with '#'.
          const data = rows.map((r) => r.map((c, i) => (i === 0 ? `r${c}` : c)));
          const bytes = write([header(width), ...data], delimiter, eol, bom);
          const result = await loadBytes('random.csv', bytes, { delimiter });
          if (!result.ok) throw new Error(english(result.problem.message));
          const { table } = result.dataset;
          expect(table.header).toEqual(header(width));
          for (let c = 0; c < width; c++) expect(columnOf(table, c)).toEqual(data.map((r) => r[c].replace(/\r\n?/g, '\n')));
        },
      ),
      { numRuns: 150, seed: 42 },
    );
  });

  it('sniffs the delimiter of tables whose cells hold no candidate delimiter', async () => {
    const plain = fc.string({ unit: fc.constantFrom('a', 'b', 'ö', '1', '2', ' ', '-', '.'), minLength: 1, maxLength: 6 });
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 2, max: 6 }), fc.integer({ min: 2, max: 10 }), fc.constantFrom(...DELIMITERS), async (width, height, delimiter) => {
        const rows = Array.from({ length: height }, (_, r) => Array.from({ length: width }, (_, c) => `v${r}x${c}`));
        const bytes = write([header(width), ...rows], delimiter, '\n', false);
        const result = await loadBytes('plain.csv', bytes);
        expect(result.ok && result.dataset.summary.delimiter).toBe(delimiter);
        void plain;
      }),
      { numRuns: 60, seed: 7 },
    );
  });
});
