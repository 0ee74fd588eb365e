// Property: the parallel parse (the file cut at line breaks outside quotes into 2-5 parts, each read apart in
// slices of a few bytes, then joined) gives exactly what one pass over the whole text gives (the pre-issue-17
// parse, test/lib/ingest/reference/), on random CSVs with quoted cells holding delimiters, quotes and line breaks,
// BOMs at the start and at line starts, CRLF, CR and LF mixed, blank lines, `#` lines, footers, repeated headers,
// ragged rows, stray quotes inside cells, Windows-1252 bytes and NUL characters. The whole dataset is compared:
// columns, row numbers, skipped lines, warnings, types, the kind's data.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadSource, type LoadResult } from '../../src/lib/ingest/load';
import { bytesSource } from '../../src/lib/ingest/source';
import { parsePart, type PartJob } from '../../src/lib/ingest/part';
import type { Delimiter } from '../../src/lib/types';
import { referenceLoad } from '../lib/ingest/reference/load';

const DELIMITERS: Delimiter[] = [',', ';', '\t', '|'];

const cell = fc.oneof(
  { weight: 6, arbitrary: fc.string({ unit: fc.constantFrom('a', 'B', 'ä', '€', '1', '2', '.', ' ', 'x', 'Q'), maxLength: 6 }) },
  { weight: 2, arbitrary: fc.string({ unit: fc.constantFrom('a', ',', ';', '|', '\t', '"', '\n', '\r\n', '\r', '#', '\uFEFF', ' '), maxLength: 6 }) },
  { weight: 1, arbitrary: fc.constantFrom('Total', 'Grand total', 'Yhteensä', '# next table', '', '  ', 'a\u0000b', '5" screen', '2025-01-06', '12,5') },
);

/** One line of the file: a row of cells, or something that is not a row. */
const line = (width: number) => fc.oneof(
  { weight: 8, arbitrary: fc.array(cell, { minLength: width, maxLength: width }).map((cells) => ({ cells, quoteAll: false })) },
  { weight: 1, arbitrary: fc.array(cell, { minLength: width, maxLength: width }).map((cells) => ({ cells, quoteAll: true })) },
  { weight: 1, arbitrary: fc.array(cell, { minLength: 1, maxLength: width + 2 }).map((cells) => ({ cells, quoteAll: false })) }, // ragged
  { weight: 1, arbitrary: fc.constant({ cells: [] as string[], quoteAll: false }) }, // blank line
);

interface Case { width: number; lines: { cells: string[]; quoteAll: boolean }[]; eols: string[]; delimiter: Delimiter; bom: boolean; lineBoms: boolean[]; cp1252: boolean; regular: boolean; repeatHeader: number }

const cases = fc.integer({ min: 1, max: 4 }).chain((width) => fc.record({
  width: fc.constant(width),
  lines: fc.array(line(width), { minLength: 0, maxLength: 30 }),
  eols: fc.array(fc.constantFrom('\n', '\r\n', '\n', '\r\n', '\r'), { minLength: 32, maxLength: 32 }),
  delimiter: fc.constantFrom(...DELIMITERS),
  bom: fc.boolean(),
  lineBoms: fc.array(fc.boolean(), { minLength: 32, maxLength: 32 }).map((a) => a.map((b, i) => b && i % 7 === 3)),
  cp1252: fc.boolean(),
  regular: fc.boolean(), // quote only as RFC 4180 does; else leave some cells' quotes as they are
  repeatHeader: fc.integer({ min: -1, max: 30 }),
})) as fc.Arbitrary<Case>;

/** Windows-1252 bytes of text made of Latin-1 letters and '€' (0x80). */
function cp1252(text: string): Uint8Array {
  return Uint8Array.from(text, (ch) => (ch === '€' ? 0x80 : ch.charCodeAt(0) < 256 ? ch.charCodeAt(0) : 0x3f));
}

function write(c: Case): Uint8Array {
  const field = (s: string, all: boolean) => {
    const needs = all || /["\r\n\uFEFF]/.test(s) || s.includes(c.delimiter);
    if (!c.regular && s.includes('"') && !/[\r\n]/.test(s)) return s; // a stray quote inside an unquoted cell
    return needs ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const header = Array.from({ length: c.width }, (_, i) => `col${i}`);
  const rows = [{ cells: header, quoteAll: false }, ...c.lines];
  if (c.repeatHeader >= 1 && c.repeatHeader < rows.length) rows.splice(c.repeatHeader, 0, { cells: header, quoteAll: false });
  let text = c.bom ? '\uFEFF' : '';
  rows.forEach((r, i) => {
    if (i > 0 && c.lineBoms[i % 32]) text += '\uFEFF';
    text += r.cells.map((s) => field(s, r.quoteAll)).join(c.delimiter) + c.eols[i % 32];
  });
  if (!c.cp1252) return new TextEncoder().encode(text);
  return cp1252(text.replace(/\uFEFF/g, ''));
}

async function parallel(bytes: Uint8Array, parts: number, slice: number): Promise<{ result: LoadResult; read: number }> {
  const source = bytesSource(bytes);
  let read = 0;
  const run = (job: PartJob, hooks: Parameters<typeof parsePart>[2]) => {
    read++;
    return parsePart(source, job, hooks);
  };
  const result = await loadSource('random.csv', source, { sliceBytes: slice, parallel: { parts, run, minBytes: 0 } });
  return { result, read };
}

const view = (r: LoadResult) => (r.ok ? r.dataset : r.problem);

describe('parallel parse', () => {
  it('equals the whole-file parse on random CSVs, cut in 2-5 parts and read in slices of 1-64 bytes', async () => {
    let cut = 0;
    await fc.assert(
      fc.asyncProperty(cases, fc.integer({ min: 2, max: 5 }), fc.integer({ min: 1, max: 64 }), async (c, parts, slice) => {
        const bytes = write(c);
        const want = view(await referenceLoad('random.csv', bytes));
        const { result, read } = await parallel(bytes, parts, slice);
        if (read > 1) cut++;
        expect(view(result)).toEqual(want);
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 300) },
    );
    // Most files are regular enough to be cut: the property is about the parallel path, not the fallback.
    expect(cut).toBeGreaterThan(100);
  });
});
