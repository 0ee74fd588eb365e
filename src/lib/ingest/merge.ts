// The parts of one file, read apart (ingest/part.ts), as one table: the same RawTable, row numbers, skipped lines
// and warnings as one reader going through the whole file. Records are counted across parts, so a row number is
// the one a spreadsheet shows; blank lines at a part's end wait for the next part's first line, as they wait for
// the next line in one reader; a `#` line (GA4's second table) in one part ends the table for every later part.
import type { Delimiter, FileProblem, RawTable, RowIssue } from '../types';
import type { PartResult } from './rows';
import { cleanHeader } from './header';
import { joinColumns } from './cells';
import { fileProblem } from './problem';
import { msg, type Msg } from '../messages';

/** A file read as a table, with the warnings about how it was read. */
export interface TableResult {
  table: RawTable;
  warnings: Msg[];
}

const RAGGED_SHARE_LIMIT = 0.5;

export interface MergeContext {
  /** The file name used in messages. */
  name: string;
  delimiter: Delimiter;
  /** Spreadsheet row number of the header line. */
  headerRow: number;
  /** Non-blank lines above the header (0-based line indexes). */
  preambleLines: readonly number[];
  /** Any character other than white space before the parts (the preamble): the file is not empty. */
  nonBlankBefore?: boolean;
}

/** Joins the parts of a file in file order; a FileProblem when the file cannot be read as a table. */
export function mergeParts(parts: readonly PartResult[], ctx: MergeContext): TableResult | FileProblem {
  const { name, headerRow } = ctx;
  if (!ctx.nonBlankBefore && !parts.some((p) => p.nonBlank)) return fileProblem('empty', msg('file.empty', { file: name }));
  const skipped: RowIssue[] = ctx.preambleLines.map((line) => ({ row: line + 1, reason: 'preamble' }));
  const used: PartResult[] = [];
  const offsets: number[] = [];
  let carried: number[] = [];
  let offset = 0;
  for (const part of parts) {
    const at = (local: number) => headerRow + offset + local;
    if (part.problem?.code === 'cancelled') return fileProblem('cancelled', msg('file.cancelled', { file: name }));
    if (part.firstNonBlank === 'data') for (const b of carried) skipped.push({ row: b, reason: 'blank' });
    if (part.firstNonBlank !== null) carried = [];
    for (const issue of part.skipped) skipped.push({ ...issue, row: at(issue.row) });
    if (part.problem?.code === 'unclosed') return fileProblem('unmatched_quotes', msg('file.unclosedQuote', { file: name, row: at(part.problem.row) }));
    for (const b of part.trailingBlank) carried.push(at(b));
    used.push(part);
    offsets.push(offset);
    offset += part.records;
    if (part.ended) break;
  }
  const header = parts[0]?.header ?? null;
  if (header === null) return fileProblem('empty', msg('file.empty', { file: name }));
  const kept = used.reduce((a, p) => a + p.rows.length, 0);
  const ragged = used.reduce((a, p) => a + p.ragged, 0);
  if (kept === 0 && ragged === 0) return fileProblem('header_only', msg('file.headerOnly', { file: name }));
  if (ragged > 0 && ragged > RAGGED_SHARE_LIMIT * (kept + ragged)) {
    const i = used.findIndex((p) => p.firstRagged !== null);
    const first = used[i].firstRagged as { row: number; fields: number };
    return fileProblem('too_ragged', msg('file.tooRagged', {
      file: name, ragged, total: kept + ragged, row: headerRow + offsets[i] + first.row, fields: first.fields, width: header.length, delimiter: ctx.delimiter,
    }));
  }
  const rowNumbers = new Int32Array(kept);
  let r = 0;
  used.forEach((p, i) => {
    const base = headerRow + offsets[i];
    for (let k = 0; k < p.rows.length; k++) rowNumbers[r++] = base + p.rows[k];
  });
  const { names, warnings } = cleanHeader(header);
  used.forEach((p, i) => {
    for (const n of p.nulCells) skipped.push({ row: headerRow + offsets[i] + n.row, column: names[n.column], value: n.value, reason: 'nul_character' });
  });
  const repeated = used.flatMap((p, i) => p.repeatedHeaders.map((row) => headerRow + offsets[i] + row));
  if (repeated.length > 0) warnings.push(msg('warning.repeatedHeader', { rows: repeated }));
  const columns = header.map((_, c) => joinColumns(used.map((p) => p.columns[c])));
  return { table: { header: names, columns, rowNumbers, skipped, headerRow }, warnings };
}
