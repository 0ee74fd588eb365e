// Text -> RawTable: papaparse in chunks (worker: false; we are already in our own worker). Each chunk's rows go
// straight into column builders (ingest/cells.ts), so papaparse's row arrays die young. Typing happens later,
// per column, from many values.
import Papa from 'papaparse';
import type { Delimiter, FileProblem, RawTable, RowIssue } from '../types';
import { isFooterRow } from '../parsing/footer';
import { cleanHeader } from './header';
import { CellColumnBuilder } from './cells';
import { fileProblem } from './problem';
import { msg, type Msg } from '../messages';

export interface TableOptions {
  delimiter: Delimiter;
  /** 0-based line index of the header line (from sniffDialect). */
  headerLine: number;
  /** 0-based indexes of non-blank lines above the header, reported as skipped preamble. */
  preambleLines?: readonly number[];
  /** Characters per papaparse chunk. 1 MiB keeps one chunk near 15 ms in a worker, so Cancel answers fast. */
  chunkSize?: number;
  /** Called after every chunk with the share of the text read and the rows kept so far. */
  onProgress?: (fraction: number, rows: number) => void;
  /** Awaited between chunks: the worker passes a macrotask yield so a Cancel message can be handled. */
  pauseBetweenChunks?: () => Promise<void>;
  /** Checked between chunks; true stops the parse with a 'cancelled' problem. */
  isCancelled?: () => boolean;
}

export interface TableResult {
  table: RawTable;
  warnings: Msg[];
}

const RAGGED_SHARE_LIMIT = 0.5;

/** Offset of the first character of line `line` (0-based); lines end with \n after normalisation. */
function lineOffset(text: string, line: number): number {
  let at = 0;
  for (let i = 0; i < line; i++) {
    const next = text.indexOf('\n', at);
    if (next < 0) return text.length;
    at = next + 1;
  }
  return at;
}

function isBlank(row: string[]): boolean {
  if (row[0].length > 0 && row[0].charCodeAt(0) > 32) return false; // the common case, without trim()
  for (const cell of row) if (cell.trim() !== '') return false;
  return true;
}

/** The first letters of a total or footer row, or an empty first cell: only those rows pay for isFooterRow. */
function mayBeFooter(row: string[]): boolean {
  const first = row[0];
  let i = 0;
  for (let c = first.charCodeAt(0); i < first.length && (c <= 32 || c === 34 || c === 160); c = first.charCodeAt(++i)); // blanks, quotes
  if (i >= first.length - 1) return true; // empty or one letter: let isFooterRow look further
  // The first two letters, case-folded, of every total word and footer prefix: to(tal), gr(and), yh(teensä),
  // ka(ikki), su(mma), co(nfidential, pyright), and © (Microsoft Ads' last line). Ids like C0001 stop here, before
  // any string is made.
  if (first.charCodeAt(i) === 169) return true;
  const a = first.charCodeAt(i) | 32, b = first.charCodeAt(i + 1) | 32;
  return (a === 116 && b === 111) || (a === 103 && b === 114) || (a === 121 && b === 104) || (a === 107 && b === 97) || (a === 115 && b === 117) || (a === 99 && b === 111);
}


/** True when a data row repeats the header, as when two exports are joined into one file (`cat a.csv b.csv`). */
function repeatsHeader(row: string[], header: string[]): boolean {
  if (row[0].trim() !== header[0].trim()) return false; // the common case: one comparison
  for (let c = 0; c < header.length; c++) if ((row[c] ?? '').trim() !== header[c].trim()) return false;
  for (let c = header.length; c < row.length; c++) if (row[c].trim() !== '') return false;
  return true;
}

/**
 * Parses delimited text into a RawTable, or returns a FileProblem when the file cannot be read as a table.
 * `name` is the file name used in messages.
 */
export async function parseTable(name: string, input: string, options: TableOptions): Promise<TableResult | FileProblem> {
  // Mixed or CR-only line endings: one form for papaparse, which guesses the newline once from the first chunk.
  const text = input.includes('\r') ? input.replace(/\r\n?/g, '\n') : input;
  if (text.trim() === '') return fileProblem('empty', msg('file.empty', { file: name }));

  const headerRow = options.headerLine + 1;
  const skipped: RowIssue[] = (options.preambleLines ?? []).map((line) => ({ row: line + 1, reason: 'preamble' }));
  const body = text.slice(lineOffset(text, options.headerLine));
  let header: string[] | null = null;
  let width = 0;
  let builders: CellColumnBuilder[] = [];
  const rowNumbers: number[] = [];
  let record = 0;
  let pendingBlank: number[] = [];
  let ragged = 0;
  let firstRagged: { row: number; fields: number } | null = null;
  const repeatedHeaders: number[] = [];
  // A NUL character in a cell (one stray byte in a text export) is removed from the cell and reported there.
  const mayHoldNul = text.includes('\0');
  const nulCells: { row: number; column: number; value: string }[] = [];
  let ended = false;
  let problem: FileProblem | null = null;

  const onRows = (chunkRows: string[][]) => {
    for (const row of chunkRows) {
      const rowNo = headerRow + record++;
      if (header === null) {
        header = row;
        width = row.length;
        builders = row.map(() => new CellColumnBuilder());
        continue;
      }
      if (ended) continue;
      if (isBlank(row)) {
        pendingBlank.push(rowNo);
        continue;
      }
      if (row[0].charCodeAt(0) === 35) {
        // GA4 writes further tables after a new block of # lines; the first table is the one read.
        ended = true;
        skipped.push({ row: rowNo, reason: 'second_table', value: row[0].slice(0, 80) });
        continue;
      }
      for (const b of pendingBlank) skipped.push({ row: b, reason: 'blank' });
      pendingBlank = [];
      if (mayBeFooter(row) && isFooterRow(row)) {
        skipped.push({ row: rowNo, reason: 'footer', value: row.find((c) => c.trim() !== '')?.slice(0, 80) });
        continue;
      }
      if (repeatsHeader(row, header)) {
        repeatedHeaders.push(rowNo);
        continue;
      }
      if (row.length !== width) {
        const extrasEmpty = row.length > width && row.slice(width).every((c) => c.trim() === '');
        if (!extrasEmpty) {
          ragged++;
          firstRagged ??= { row: rowNo, fields: row.length };
          skipped.push({ row: rowNo, reason: 'ragged', note: msg('issue.ragged', { fields: row.length, width }) });
          continue;
        }
      }
      if (mayHoldNul) {
        for (let c = 0; c < width; c++) {
          if (!row[c].includes('\0')) continue;
          nulCells.push({ row: rowNo, column: c, value: row[c].replace(/\0/g, '\u2400').slice(0, 80) });
          row[c] = row[c].replace(/\0/g, '');
        }
      }
      for (let c = 0; c < width; c++) builders[c].push(row[c]);
      rowNumbers.push(rowNo);
    }
  };

  await new Promise<void>((resolve) => {
    Papa.parse<string[]>(body, {
      delimiter: options.delimiter,
      newline: '\n',
      quoteChar: '"',
      skipEmptyLines: false,
      chunkSize: options.chunkSize ?? 1 << 20,
      chunk(results: Papa.ParseResult<string[]>, parser: Papa.Parser) {
        const base = record;
        const missing = results.errors.find((e) => e.code === 'MissingQuotes');
        onRows(results.data);
        if (missing && !ended) {
          const row = headerRow + base + (missing.row ?? 0);
          problem = fileProblem('unmatched_quotes', msg('file.unclosedQuote', { file: name, row }));
          parser.abort();
          return;
        }
        options.onProgress?.(Math.min(1, (results.meta.cursor ?? 0) / Math.max(1, body.length)), rowNumbers.length);
        if (options.isCancelled?.()) {
          problem = fileProblem('cancelled', msg('file.cancelled', { file: name }));
          parser.abort();
          return;
        }
        if (options.pauseBetweenChunks) {
          parser.pause();
          options.pauseBetweenChunks().then(() => {
            if (options.isCancelled?.()) {
              problem = fileProblem('cancelled', msg('file.cancelled', { file: name }));
              parser.abort();
              resolve();
            } else parser.resume();
          });
        }
      },
      complete: () => resolve(),
    });
  });

  if (problem) return problem;
  if (header === null) return fileProblem('empty', msg('file.empty', { file: name }));
  const kept = rowNumbers.length;
  if (kept === 0 && ragged === 0) {
    return fileProblem('header_only', msg('file.headerOnly', { file: name }));
  }
  if (ragged > 0 && ragged > RAGGED_SHARE_LIMIT * (kept + ragged)) {
    const r = firstRagged as unknown as { row: number; fields: number };
    return fileProblem('too_ragged', msg('file.tooRagged', { file: name, ragged, total: kept + ragged, row: r.row, fields: r.fields, width, delimiter: options.delimiter }));
  }
  const { names, warnings } = cleanHeader(header);
  for (const n of nulCells) skipped.push({ row: n.row, column: names[n.column], value: n.value, reason: 'nul_character' });
  if (repeatedHeaders.length > 0) warnings.push(msg('warning.repeatedHeader', { rows: repeatedHeaders }));
  return { table: { header: names, columns: builders.map((b) => b.finish()), rowNumbers: Int32Array.from(rowNumbers), skipped, headerRow }, warnings };
}
