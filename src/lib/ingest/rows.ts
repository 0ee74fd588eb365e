// What happens to each record papaparse reads: the header, blank lines, GA4's second table, footers, repeated
// headers, ragged rows, NUL characters; the kept rows go straight into column builders (ingest/cells.ts), so
// papaparse's row arrays die young. One part of a file is read by one RowSink; the parts are joined in
// ingest/merge.ts. Rows are counted locally: record 0 is the part's first record.
import type { CellColumn, RowIssue } from '../types';
import { isFooterRow } from '../parsing/footer';
import { CellColumnBuilder } from './cells';
import { msg } from '../messages';

/** What one part of a file read: plain data, so a parse worker can post it back. */
export interface PartResult {
  /** The header record, when the part started with it (the first part). */
  header: string[] | null;
  /** Records read, the header included. */
  records: number;
  columns: CellColumn[];
  /** The local record index of each kept row. */
  rows: Int32Array;
  /** Row issues in the order met; `row` is a local record index. */
  skipped: RowIssue[];
  /** What the first non-blank record did to the blank lines before it: 'data' reports them, 'end' (a `#` line) drops them. */
  firstNonBlank: 'data' | 'end' | null;
  /** Blank records after the last non-blank one: reported only if a later part has data first. */
  trailingBlank: number[];
  /** A `#` line ended the first table in this part: later parts are not read. */
  ended: boolean;
  ragged: number;
  firstRagged: { row: number; fields: number } | null;
  repeatedHeaders: number[];
  nulCells: { row: number; column: number; value: string }[];
  /** Any character other than white space in the part's text. */
  nonBlank: boolean;
  /** A quote that never closes, at this local record; or a Cancel. */
  problem: { code: 'unclosed'; row: number } | { code: 'cancelled' } | null;
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

export class RowSink {
  #header: string[] | null;
  #ownHeader: boolean;
  #width = 0;
  #builders: CellColumnBuilder[] = [];
  #rows: number[] = [];
  #record = 0;
  #pending: number[] = [];
  #firstNonBlank: PartResult['firstNonBlank'] = null;
  #ended = false;
  #skipped: RowIssue[] = [];
  #ragged = 0;
  #firstRagged: PartResult['firstRagged'] = null;
  #repeated: number[] = [];
  #nul: PartResult['nulCells'] = [];
  /** Set by the reader when the part's text holds a NUL character: only then are cells searched for one. */
  mayHoldNul = false;
  nonBlank = false;

  /** `header`: the file's header when this part starts after it; null when the part's first record is the header. */
  constructor(header: string[] | null) {
    this.#header = header;
    this.#ownHeader = header === null;
    if (header) this.#start(header);
  }

  #start(header: string[]): void {
    this.#width = header.length;
    this.#builders = header.map(() => new CellColumnBuilder());
  }

  /** Records read so far (the header included). */
  get records(): number {
    return this.#record;
  }

  get kept(): number {
    return this.#rows.length;
  }

  get ended(): boolean {
    return this.#ended;
  }

  push(chunkRows: string[][]): void {
    for (const row of chunkRows) {
      const rowNo = this.#record++;
      if (this.#header === null) {
        this.#header = row;
        this.#start(row);
        continue;
      }
      if (this.#ended) continue;
      if (isBlank(row)) {
        this.#pending.push(rowNo);
        continue;
      }
      if (row[0].charCodeAt(0) === 35) {
        // GA4 writes further tables after a new block of # lines; the first table is the one read.
        this.#firstNonBlank ??= 'end';
        this.#ended = true;
        this.#pending = [];
        this.#skipped.push({ row: rowNo, reason: 'second_table', value: row[0].slice(0, 80) });
        continue;
      }
      this.#firstNonBlank ??= 'data';
      for (const b of this.#pending) this.#skipped.push({ row: b, reason: 'blank' });
      this.#pending = [];
      if (mayBeFooter(row) && isFooterRow(row)) {
        this.#skipped.push({ row: rowNo, reason: 'footer', value: row.find((c) => c.trim() !== '')?.slice(0, 80) });
        continue;
      }
      if (repeatsHeader(row, this.#header)) {
        this.#repeated.push(rowNo);
        continue;
      }
      const width = this.#width;
      if (row.length !== width) {
        const extrasEmpty = row.length > width && row.slice(width).every((c) => c.trim() === '');
        if (!extrasEmpty) {
          this.#ragged++;
          this.#firstRagged ??= { row: rowNo, fields: row.length };
          this.#skipped.push({ row: rowNo, reason: 'ragged', note: msg('issue.ragged', { fields: row.length, width }) });
          continue;
        }
      }
      if (this.mayHoldNul) {
        for (let c = 0; c < width; c++) {
          if (!row[c].includes('\0')) continue;
          this.#nul.push({ row: rowNo, column: c, value: row[c].replace(/\0/g, '\u2400').slice(0, 80) });
          row[c] = row[c].replace(/\0/g, '');
        }
      }
      const builders = this.#builders;
      for (let c = 0; c < width; c++) builders[c].push(row[c]);
      this.#rows.push(rowNo);
    }
  }

  /** The part as read; the sink must not be used afterwards. */
  finish(problem: PartResult['problem']): PartResult {
    return {
      header: this.#ownHeader ? this.#header : null,
      records: this.#record,
      columns: this.#builders.map((b) => b.finish()),
      rows: Int32Array.from(this.#rows),
      skipped: this.#skipped,
      firstNonBlank: this.#firstNonBlank,
      trailingBlank: this.#ended ? [] : this.#pending,
      ended: this.#ended,
      ragged: this.#ragged,
      firstRagged: this.#firstRagged,
      repeatedHeaders: this.#repeated,
      nulCells: this.#nul,
      nonBlank: this.nonBlank,
      problem,
    };
  }
}

/** The answer of a part that was stopped by a Cancel before it finished. */
export function cancelledPart(): PartResult {
  return new RowSink(null).finish({ code: 'cancelled' });
}
