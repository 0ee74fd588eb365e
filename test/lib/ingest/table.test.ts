import { describe, expect, it } from 'vitest';
import { parseTable, type TableResult } from '../../../src/lib/ingest/table';
import type { FileProblem } from '../../../src/lib/types';
import { columnOf } from '../../../src/lib/ingest/column-of';
import { rowsOf } from './rows';
import { english } from '../../../src/lib/messages';

function ok(result: TableResult | FileProblem): TableResult {
  if ('code' in result) throw new Error(`expected a table, got ${result.code}: ${result.message}`);
  return result;
}

describe('parseTable()', () => {
  it('keeps cells as strings column-wise with spreadsheet row numbers', async () => {
    const { table } = ok(await parseTable('a.csv', 'a,b\n1,x\n2,y\n', { delimiter: ',', headerLine: 0 }));
    expect(table.header).toEqual(['a', 'b']);
    expect(rowsOf(table)).toEqual([['1', 'x'], ['2', 'y']]);
    expect([...table.rowNumbers]).toEqual([2, 3]);
    expect(table.headerRow).toBe(1);
  });

  it('reads quoted fields with delimiters, quotes and newlines, CRLF and mixed line endings', async () => {
    const text = 'name;note\r\n"Oy Ab; Ltd";"said ""hi""\r\nand left"\n"x";y\rz;w\r\n';
    const { table } = ok(await parseTable('q.csv', text, { delimiter: ';', headerLine: 0 }));
    expect(columnOf(table, 0)).toEqual(['Oy Ab; Ltd', 'x', 'z']);
    expect(columnOf(table, 1)).toEqual(['said "hi"\nand left', 'y', 'w']);
    expect([...table.rowNumbers]).toEqual([2, 3, 4]);
  });

  it('skips preamble lines, footers and blank lines and reports each with its row', async () => {
    const text = '# GA4\n# Start date: 20260701\n\nChannel,Sessions\nGrand total,1000\nOrganic Search,600\n\nDirect,400\n\n\n';
    const { table } = ok(await parseTable('ga4.csv', text, { delimiter: ',', headerLine: 3, preambleLines: [0, 1] }));
    expect(columnOf(table, 0)).toEqual(['Organic Search', 'Direct']);
    expect([...table.rowNumbers]).toEqual([6, 8]);
    expect(table.headerRow).toBe(4);
    expect(table.skipped.map((s) => [s.row, s.reason])).toEqual([
      [1, 'preamble'], [2, 'preamble'], [5, 'footer'], [7, 'blank'],
    ]);
  });

  it.each([
    'Total', 'TOTAL: Account', ' Grand totals (5 records)', '\u00a0Yhteensä', 'Kaikki yhteensä', 'summa', 'Confidential Information - x',
    'Copyright (c) 2026', 'Copyright © 2026',
  ])('skips the footer row %j, whatever its case or leading blanks', async (label) => {
    const text = `id,n\nC0001,1\nTotally Digital,2\n"${label}",3\nCoop,4\n`;
    const { table } = ok(await parseTable('f.csv', text, { delimiter: ',', headerLine: 0 }));
    expect(columnOf(table, 0)).toEqual(['C0001', 'Totally Digital', 'Coop']);
    expect(table.skipped.map((s) => [s.row, s.reason])).toEqual([[4, 'footer']]);
  });

  it('reads only the first of several GA4 tables and says so', async () => {
    const text = 'Channel,Sessions\nDirect,4\n\n# ----\n# Date\nDate,Sessions\n20260701,3\n';
    const { table } = ok(await parseTable('ga4.csv', text, { delimiter: ',', headerLine: 0 }));
    expect(columnOf(table, 0)).toEqual(['Direct']);
    expect(table.skipped).toEqual([{ row: 4, reason: 'second_table', value: '# ----' }]);
  });

  it('skips ragged rows as row problems but accepts trailing empty fields', async () => {
    const text = 'a,b,c\n1,2,3\n1,2\n4,5,6,,\n7,8,9,10\n';
    const { table } = ok(await parseTable('r.csv', text, { delimiter: ',', headerLine: 0 }));
    expect(columnOf(table, 0)).toEqual(['1', '4']);
    expect(table.skipped.map((s) => [s.row, s.reason])).toEqual([[3, 'ragged'], [5, 'ragged']]);
  });

  it('names empty and duplicate header cells and warns about duplicates', async () => {
    const { table, warnings } = ok(await parseTable('d.csv', 'Cost,,Cost\n1,2,3\n', { delimiter: ',', headerLine: 0 }));
    expect(table.header).toEqual(['Cost', 'Column 2', 'Cost (2)']);
    expect(warnings).toHaveLength(1);
    expect(english(warnings[0])).toContain('appears twice');
  });

  it.each([
    ['', 'empty'],
    ['  \n\n', 'empty'],
    ['a,b\n', 'header_only'],
    ['a,b\n\n\n', 'header_only'],
    ['a,b,c\n1\n2\n3,4,5\n', 'too_ragged'],
    ['a,b\n1,"open\n2,3\n', 'unmatched_quotes'],
  ])('returns a file problem for %j (%s)', async (text, code) => {
    const result = await parseTable('bad.csv', text, { delimiter: ',', headerLine: 0 });
    expect('code' in result && result.code).toBe(code);
    expect('message' in result && english(result.message)).toContain('bad.csv');
  });

  it('names the row of an unmatched quote', async () => {
    const result = await parseTable('q.csv', 'a,b\n1,2\n3,"x\n4,5\n', { delimiter: ',', headerLine: 0 });
    expect('code' in result && english(result.message)).toContain('row 3');
  });

  it('parses in chunks with progress and stops when cancelled', async () => {
    const text = 'a,b\n' + Array.from({ length: 5000 }, (_, i) => `${i},"x${i}"`).join('\n');
    const progress: number[] = [];
    const { table } = ok(await parseTable('big.csv', text, { delimiter: ',', headerLine: 0, chunkSize: 4096, onProgress: (f) => progress.push(f), pauseBetweenChunks: () => Promise.resolve() }));
    expect(columnOf(table, 1)).toHaveLength(5000);
    expect(columnOf(table, 1)[4999]).toBe('x4999');
    expect(progress.length).toBeGreaterThan(5);
    expect(progress.at(-1)).toBe(1);
    let chunks = 0;
    const cancelled = await parseTable('big.csv', text, { delimiter: ',', headerLine: 0, chunkSize: 4096, onProgress: () => chunks++, isCancelled: () => chunks >= 2, pauseBetweenChunks: () => Promise.resolve() });
    expect('code' in cancelled && cancelled.code).toBe('cancelled');
    expect(chunks).toBe(2);
  });
});
