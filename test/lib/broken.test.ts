// The broken-file corpus (test/fixtures/broken): each file gives exactly the message or dataset expected.ts says,
// plus the parsing pieces the corpus needed: BOM-less UTF-16, BOMs in the middle, repeated headers, formula cells.
import { describe, expect, it } from 'vitest';
import { readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadBytes, type LoadResult } from '../../src/lib/ingest/load';
import { loadAny } from '../../src/lib/ingest/open';
import { decode, sniffBinary } from '../../src/lib/parsing/decode';
import { sniffUtf16 } from '../../src/lib/parsing/utf16';
import { formulaWarnings, looksLikeFormula } from '../../src/lib/parsing/formula';
import { parseTable } from '../../src/lib/ingest/table';
import { cellAt, cellColumn } from '../../src/lib/ingest/cells';
import { rowsOf } from './ingest/rows';
import { CASES, nameOf, type DatasetOutcome } from '../fixtures/broken/expected';
import { BIG_CELL_BYTES, GENERATED, bytesOf, makeBigCell, makeWide, writeGenerated } from '../fixtures/broken/make';
import { utf16, utf8, bytes } from './parsing/helpers';
import { english } from '../../src/lib/messages';

/** Byte equality without vitest's deep diff, which takes ~10 s on a 5 MB array. */
const same = (a: Uint8Array, b: Uint8Array) => Buffer.compare(Buffer.from(a.buffer, a.byteOffset, a.byteLength), Buffer.from(b.buffer, b.byteOffset, b.byteLength)) === 0;

function totalOf(result: LoadResult & { ok: true }): number {
  const s = result.dataset.summary.stats;
  if (s.type === 'spend') return s.total;
  if (s.type === 'journeys') return s.conversions;
  throw new Error(`no total for ${s.type}`);
}

function channelsOf(result: LoadResult & { ok: true }): string[] {
  const s = result.dataset.summary.stats;
  return s.type === 'spend' || s.type === 'journeys' ? s.channels.map((c) => c.name) : [];
}

describe('the broken-file corpus', () => {
  it.each(CASES.map((c) => [nameOf(c), c] as const))('%s gives what expected.ts says', async (name, c) => {
    const data = bytesOf(c);
    const copy = data.slice();
    const started = Date.now();
    // As the app and the command line read it: an archive, a workbook or a Parquet file is opened first.
    const result = await loadAny(name, data);
    expect(Date.now() - started).toBeLessThan(5_000); // nothing hangs: the 10,000 columns take ~0.3 s here
    expect(same(data, copy)).toBe(true); // the bytes are not touched
    const o = c.outcome;
    if ('problem' in o) {
      if (result.ok) throw new Error(`${name}: expected ${o.problem}, got a ${result.dataset.summary.kind} dataset`);
      expect(result.problem.code).toBe(o.problem);
      expect(english(result.problem.message)).toMatch(o.message);
      return;
    }
    if (!result.ok) throw new Error(`${name}: expected a dataset, got ${result.problem.code}: ${english(result.problem.message)}`);
    const s = result.dataset.summary;
    const want = o as DatasetOutcome;
    expect({ kind: s.kind, rows: s.rows, columns: s.columns.length, encoding: s.encoding, mappingProblem: s.mappingProblem && english(s.mappingProblem) })
      .toEqual({ kind: want.kind, rows: want.rows, columns: want.columns, encoding: want.encoding, mappingProblem: want.mappingProblem ? expect.stringMatching(want.mappingProblem) : null });
    expect(s.issues.byReason).toEqual(want.issues);
    // Where no single cell is at fault (a ragged row), Mittari's sentence stands in the value's place.
    if (want.firstIssues) expect(s.issues.first.map(({ note, ...issue }) => (note ? { ...issue, value: english(note) } : issue))).toEqual(want.firstIssues);
    expect(s.warnings).toHaveLength(want.warnings.length);
    want.warnings.forEach((w, i) => expect(english(s.warnings[i])).toMatch(w));
    if (want.total !== undefined) expect(totalOf(result)).toBeCloseTo(want.total, 6);
    if (want.channels) expect(channelsOf(result).sort()).toEqual([...want.channels].sort());
    if (want.headers) for (const h of want.headers) expect(s.columns.map((col) => col.name)).toContain(h);
  });

  it('makes the generated files deterministically and at the promised size', () => {
    const dir = writeGenerated();
    try {
      for (const [name, make] of Object.entries(GENERATED)) expect(same(readFileSync(join(dir, name)), make())).toBe(true);
      expect(statSync(join(dir, 'big-cell-5mb.csv')).size).toBeGreaterThan(BIG_CELL_BYTES);
      expect(new TextDecoder().decode(makeWide()).split('\n')[0].split(',')).toHaveLength(10_000);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps the 5 MB cell whole in the table but sends only a short sample to the UI', async () => {
    const result = await loadBytes('big.csv', makeBigCell());
    if (!result.ok) throw new Error(english(result.problem.message));
    const note = cellAt(result.dataset.table.columns[3], 0);
    expect(note.length).toBeGreaterThan(0.9 * BIG_CELL_BYTES);
    expect(note).not.toContain('""'); // doubled quotes are undone
    expect(note.startsWith('Lorem, ipsum "dolor" sit\namet;')).toBe(true);
    expect(JSON.stringify(result.dataset.summary).length).toBeLessThan(10_000);
  });
});

describe('sniffUtf16()', () => {
  const csv = 'Päivä;Kanava;Kulut\n6.1.2025;Haku;1 234,56\n';
  it('recognises BOM-less UTF-16LE and UTF-16BE by where the NUL bytes are', () => {
    expect(sniffUtf16(utf16(csv, 'le'))).toBe('utf-16le');
    expect(sniffUtf16(utf16(csv, 'be'))).toBe('utf-16be');
  });

  it('recognises UTF-16 holding non-Latin text with ASCII delimiters and digits', () => {
    expect(sniffUtf16(utf16('Канал;Расходы\nПоиск;1234\nПочта;120\n', 'le'))).toBe('utf-16le');
  });

  it.each([
    ['UTF-8 text', utf8(csv)],
    ['one byte', Uint8Array.from([0x61])],
    ['fewer than 8 code units (too few to tell)', Uint8Array.from([0x61, 0, 0x62, 0])],
    ['binary with NULs in both halves', Uint8Array.from(Array.from({ length: 32 }, (_, i) => (i % 3 === 0 ? 0x61 : 0)))],
    ['16-bit little-endian integers (control characters once decoded)', Uint8Array.from(Array.from({ length: 64 }, (_, i) => (i % 2 ? 0 : (i % 31) + 1)))],
  ])('returns null for %s', (_, data) => {
    expect(sniffUtf16(data)).toBeNull();
  });
});

describe('decode() and sniffBinary() on BOM-less UTF-16', () => {
  it('decodes a BOM-less UTF-16LE file instead of calling it binary', () => {
    const data = readFileSync('test/fixtures/broken/utf16le-nobom.csv');
    expect(sniffBinary(data)).toBeNull();
    expect(decode(data)).toEqual({ text: 'Päivä\tKanava\tKulut\tKlikkaukset\n6.1.2025\tHakusanamainonta\t1 234,56\t512\n13.1.2025\tSähköposti\t120,5\t240\n', encoding: 'utf-16le', bom: false });
  });

  it('decodes BOM-less UTF-16BE', () => {
    expect(decode(utf16('a\tb\n1\t2\n', 'be'))).toEqual({ text: 'a\tb\n1\t2\n', encoding: 'utf-16be', bom: false });
  });

  it('still calls NUL bytes in both halves binary', () => {
    expect(sniffBinary(Uint8Array.from([0, 0, 1, 0, 0x61, 0, 0, 0]))).toBe('a binary file');
  });
});

describe('a BOM in the middle (two exports concatenated)', () => {
  it('decode() removes U+FEFF at the start of every line, not only the first', () => {
    const data = bytes([0xef, 0xbb, 0xbf], utf8('a,b\n1,2\n'), [0xef, 0xbb, 0xbf], utf8('a,b\r\n3,4\r\n'), [0xef, 0xbb, 0xbf], utf8('a,b\r5,6'));
    expect(decode(data).text).toBe('a,b\n1,2\na,b\r\n3,4\r\na,b\r5,6');
  });

  it('decode() leaves U+FEFF inside a line alone (it is a zero-width no-break space there)', () => {
    expect(decode(utf8('a,b\nx\uFEFFy,2\n')).text).toBe('a,b\nx\uFEFFy,2\n');
  });

  it('parseTable() skips each repeated header row with one warning, and reads the rows under it', async () => {
    const result = await parseTable('two.csv', 'Day,Cost\n2025-01-01,1\nDay,Cost\n2025-01-02,2\n"Day", Cost \n2025-01-03,3\n', { delimiter: ',', headerLine: 0 });
    if ('code' in result) throw new Error(english(result.message));
    expect(rowsOf(result.table)).toEqual([['2025-01-01', '1'], ['2025-01-02', '2'], ['2025-01-03', '3']]);
    expect([...result.table.rowNumbers]).toEqual([2, 4, 6]);
    expect(result.table.skipped).toEqual([]);
    expect(result.warnings.map(english)).toEqual(['2 rows repeat the header row (the first is row 3), as when two exports are joined into one file. They were skipped and the rows below read as data; check that both exports cover different dates or records.']);
  });
});

describe('formula cells', () => {
  it.each([
    ['=HYPERLINK("http://x","y")', true], ['+cmd', true], ["+cmd|' /C calc'!A0", true], ['@SUM(1+1)', true], ["-2+3+cmd|' /C calc'!A0", true],
    ['=', false], ['+358 40 123 4567', false], ['+358401234567', false], ['- none -', false], ['-12.5', false], ['Search', false], ['', false], ['a=b', false],
  ])('looksLikeFormula(%j) is %s', (cell, expected) => {
    expect(looksLikeFormula(cell)).toBe(expected);
  });

  it('formulaWarnings() reads only text columns and names the first formula-like cell', () => {
    const table = { header: ['Channel', 'Cost'], columns: [cellColumn(['Search', '+cmd', '=1+1']), cellColumn(['-5', '+7', '1'])], rowNumbers: Int32Array.from([2, 3, 4]), skipped: [], headerRow: 1 };
    const warnings = formulaWarnings(table, [{ type: 'text' }, { type: 'number', decimal: '.' }]);
    expect(warnings).toHaveLength(1);
    expect(english(warnings[0])).toMatch(/^Column "Channel" has 2 cells that start like a spreadsheet formula \(row 3: \+cmd\)\./);
  });
});
