// Bytes -> Dataset: decode, sniff, parse in chunks, type columns by vote, detect the kind, extract, summarise.
import type {
  ColumnFormat, ColumnType, DatasetData, DatasetKind, DateFormat, Decoded, DecimalMark, Delimiter, Encoding, FileProblem, IssueSummary,
  Mapping, RawTable, RowIssue,
} from '../types';
import Papa from 'papaparse';
import { chooseEncoding, decodeHead, sniffBinary, sniffUtf32, WINDOWS_1252, type EncodingChoice } from '../parsing/decode';
import { headerFields, sniffDialect } from '../parsing/sniff';
import { formulaWarnings } from '../parsing/formula';
import { inferColumn } from '../parsing/infer';
import { detectKind, mappingProblem as problemOf, headerKey, suggestMapping } from '../schema/detect';
import { namesAnId } from '../schema/ids';
import { msg, type Msg } from '../messages';
import { fileProblem } from './problem';
import { MAX_COLUMNS, MAX_LINE_BYTES, overlongLine } from './limits';
import { bytesSource, type ByteSource } from './source';
import { scanSource } from './scan';
import { LongLineError, parsePart, type NotUtf8, type PartHooks, type PartJob, type PartResult } from './part';
import { mergeParts, type TableResult } from './merge';
import { readRoleColumns, roleType } from './columns';
import { rowAt, sampleColumn } from './column-of';
import { currencyOf, type FileCurrency } from './currency';
import { spanOf } from '../kpi/spend';
import { cellAt } from './cells';
import { extract, type Aliases } from './extract';
import { duplicateRows } from './duplicates';
import { summarize, type KindSummary } from './summary';
import { extractMix, looksLikeMix, mixMapping } from './mix';
import { lap } from '../util/stages';

export interface Progress {
  phase: 'decoding' | 'parsing' | 'building';
  /** 0..1 over the whole load. */
  fraction: number;
  rows: number;
  rowsPerSecond: number;
}

/** A mapping the user chose for files with the same headers. */
export interface RememberedMapping { kind: DatasetKind; mapping: Mapping }

export interface LoadOptions {
  /** Overrides of what the sniffers decide. */
  encoding?: Encoding;
  delimiter?: Delimiter;
  kind?: DatasetKind;
  mapping?: Mapping;
  /** Channel names the user merged (a spelling -> the name to use), applied to touchpoints, paths and spend. */
  aliases?: Aliases;
  /** Saved mappings by headerKey(header); applied when no explicit kind/mapping is given. */
  remembered?: Readonly<Record<string, RememberedMapping>>;
  onProgress?: (p: Progress) => void;
  pauseBetweenChunks?: () => Promise<void>;
  isCancelled?: () => boolean;
  /** Clock for rows/s; injectable for tests. */
  now?: () => number;
  /** Bytes per slice read (default 1 MiB); tests make it tiny, to cut records, quotes and characters everywhere. */
  sliceBytes?: number;
  /** Parse workers: a file of `minBytes` or more is cut into `parts` parts, each read by `run` (in a worker). */
  parallel?: ParallelParse;
}

/** Reads one part of the file being loaded, usually in another thread (src/worker/pool.ts, src/cli/pool.ts). */
export type PartRunner = (job: PartJob, hooks: PartHooks) => Promise<PartResult | NotUtf8>;

export interface ParallelParse {
  /** How many parts, one per worker. */
  parts: number;
  run: PartRunner;
  /** Files smaller than this are read in one part in the calling thread (default PARALLEL_MIN_BYTES). */
  minBytes?: number;
}

export interface ColumnSummary {
  name: string;
  role: Mapping[number];
  type: ColumnType;
  decimal?: DecimalMark;
  dateFormat?: DateFormat;
  ambiguous?: boolean;
  /** A few distinct non-empty values, for the column mapper. */
  samples: string[];
}

export interface DatasetSummary {
  file: string;
  bytes: number;
  kind: DatasetKind;
  encoding: Encoding;
  bom: boolean;
  delimiter: Delimiter;
  decimal: DecimalMark;
  /** Data rows read (after preamble, footer and blank lines were skipped). */
  rows: number;
  /** Rows used after row problems were skipped. */
  usedRows: number;
  headerRow: number;
  columns: ColumnSummary[];
  issues: IssueSummary;
  warnings: Msg[];
  /** A sentence saying which role is missing, or null when the mapping is usable. */
  mappingProblem: Msg | null;
  headerKey: string;
  /** Earliest and latest date in the first date column used, ms UTC. */
  dateRange: [number, number] | null;
  stats: KindSummary;
  /** The first rows as text, for the mapper's preview. */
  preview: string[][];
  /** The currency the file's money is in, as the file says it; null when it does not say. */
  currency: FileCurrency | null;
  /** A workbook's sheet or a Parquet file, read as CSV; absent for text files. */
  origin?: FileOrigin;
}

/** Where the rows of a file that is not text came from: a workbook's sheet (and its other sheets), or a Parquet file. */
export interface FileOrigin { format: 'xlsx' | 'parquet'; sheet?: string; sheets?: string[] }

/** Everything the worker keeps about a loaded file. */
export interface Dataset {
  summary: DatasetSummary;
  /** The file's own warnings (decoding, formulas, dates), without the kind's notes: what a remap starts from. */
  fileWarnings: Msg[];
  table: RawTable;
  formats: ColumnFormat[];
  data: DatasetData;
}

export type LoadResult = { ok: true; dataset: Dataset } | { ok: false; problem: FileProblem };

const MAX_LISTED_ISSUES = 50;

function summarizeIssues(issues: readonly RowIssue[]): IssueSummary {
  const byReason: IssueSummary['byReason'] = {};
  for (const i of issues) byReason[i.reason] = (byReason[i.reason] ?? 0) + 1;
  return { count: issues.length, byReason, first: issues.slice(0, MAX_LISTED_ISSUES) };
}

function samplesOf(table: RawTable, c: number): string[] {
  const out = new Set<string>();
  const col = table.columns[c];
  for (let r = 0; r < table.rowNumbers.length && out.size < 5 && r < 2000; r++) {
    const v = cellAt(col, r).trim();
    if (v !== '') out.add(v.slice(0, 40));
  }
  return [...out];
}

function dominantDecimal(formats: readonly ColumnFormat[]): DecimalMark {
  let comma = 0, dot = 0;
  for (const f of formats) if (f.type === 'number' && f.decimal && !f.ambiguous) f.decimal === ',' ? comma++ : dot++;
  return comma > dot ? ',' : '.';
}

function dateRangeOf(data: Dataset['table'], cols: ReturnType<typeof readRoleColumns>): [number, number] | null {
  for (const col of cols.byRole.values()) {
    if (col.type !== 'date') continue;
    let min = Infinity, max = -Infinity;
    for (let r = 0; r < data.rowNumbers.length; r++) {
      const v = col.values[r];
      if (!cols.valid[r] || Number.isNaN(v)) continue;
      if (v < min) min = v;
      if (v > max) max = v;
    }
    if (min <= max) return [min, max];
  }
  return null;
}

/** A spend file's dates from its rows when its date column holds week or month labels (the week's Monday on). */
function spendRange(data: DatasetData): [number, number] | null {
  if (data.kind !== 'spend') return null;
  let min = Infinity, max = -Infinity;
  for (const row of data.rows) {
    const span = spanOf(row);
    if (!span) continue;
    min = Math.min(min, span.start);
    max = Math.max(max, span.end - 86_400_000);
  }
  return min <= max ? [min, max] : null;
}

/**
 * When no row could be used because a mapped date column has not one readable date (every timestamp of a
 * touchpoint file unreadable), the mapping is at fault, not the rows: a sentence naming the column, else null.
 */
function unreadableDates(cols: ReturnType<typeof readRoleColumns>): Msg | null {
  for (const [role, col] of cols.byRole) {
    if (col.type !== 'date' || col.values.some((v) => !Number.isNaN(v))) continue;
    const first = cols.issues.find((i) => i.column === col.name && (i.reason === 'not_a_date' || i.reason === 'date_out_of_range'));
    if (first) return msg('mapping.unreadableDates', { column: col.name, role, row: first.row, value: first.value ?? '' });
  }
  return null;
}

/** The sentence naming what a per-user test file left out or merged, or null when nothing was. */
function exclusionNote(data: DatasetData): Msg | null {
  if (data.kind !== 'experiment_users' || !data.exclusions) return null;
  const e = data.exclusions;
  const some = e.usersInTwoVariants + e.duplicateRows + e.repeatedUsers + e.rowsWithoutVariant > 0;
  return some ? msg('warning.userExclusions', { ...e }) : null;
}

/** Applies a kind and mapping to a parsed table: typed columns, row problems, the kind's data and summary. */
export function applyMapping(base: Omit<DatasetSummary, 'kind' | 'columns' | 'issues' | 'mappingProblem' | 'dateRange' | 'stats' | 'usedRows' | 'currency'>,
  table: RawTable, formats: ColumnFormat[], kind: DatasetKind, mapping: Mapping, aliases?: Aliases): Dataset {
  const columns: ColumnSummary[] = table.header.map((name, c) => ({ name, role: mapping[c] ?? 'ignore', ...formats[c], samples: samplesOf(table, c) }));
  let mappingProblem = kind === 'unknown' ? msg('mapping.unknownFile', { file: base.file }) : problemOf(kind, table.header, mapping);
  let data: DatasetData = { kind: 'unknown' };
  // concat, not push(...issues): a spread passes every issue as an argument, and 300,000 of them overflow the stack.
  let issues: RowIssue[] = [...table.skipped];
  // A per-user test counts its repeated rows itself (and leaves them out): one sentence, not two.
  const warnings = kind === 'experiment_users' ? base.warnings.filter((w) => w.key !== 'warning.duplicateRows') : [...base.warnings];
  let dateRange: [number, number] | null = null;
  let usedRows = 0;
  if (!mappingProblem && kind === 'marketing_mix') {
    const mix = extractMix(table, formats, mapping);
    if (mix.ok) {
      data = mix.data;
      warnings.push(...mix.notes);
      const weeks = mix.data.table.weeks;
      dateRange = [Date.parse(weeks[0]), Date.parse(weeks[weeks.length - 1])];
      usedRows = mix.rows;
    } else mappingProblem = mix.problem;
  } else if (!mappingProblem) {
    const cols = readRoleColumns(table, formats, mapping, kind);
    lap('finish: typed role columns (dates, numbers)');
    const dropped: RowIssue[] = [];
    data = extract(kind, cols, table.rowNumbers, dropped, (r) => rowAt(table, r).join('\u0000'), aliases);
    lap('finish: extract (journeys)');
    const left = exclusionNote(data);
    if (left) warnings.push(left);
    issues = issues.concat(cols.issues, dropped);
    dateRange = dateRangeOf(table, cols) ?? spendRange(data);
    usedRows = cols.valid.reduce((a, b) => a + b, 0) - dropped.length;
    mappingProblem = usedRows === 0 ? unreadableDates(cols) : null;
    if (mappingProblem) data = { kind: 'unknown' }; // as for any other mapping problem: nothing to analyse
  }
  issues.sort((a, b) => a.row - b.row);
  const summary: DatasetSummary = { ...base, warnings, kind, columns, issues: summarizeIssues(issues), mappingProblem, dateRange, stats: summarize(data), usedRows, currency: currencyOf(table, mapping) };
  return { summary, fileWarnings: base.warnings, table, formats, data };
}

/** The mapping a kind starts from: the mix guess for marketing-mix tables, the header synonyms for the rest. */
function startMapping(kind: DatasetKind, table: RawTable, formats: ColumnFormat[]): Mapping {
  return kind === 'marketing_mix' ? mixMapping(table, formats) : suggestMapping(kind, table.header, formats);
}

/**
 * The kind from the headers: a file no other kind takes is a wide marketing-mix table when the mix guess finds a
 * date, an outcome and a spend column. Every other kind goes first, so a long spend file stays spend.
 */
function mixOrKind(table: RawTable, formats: ColumnFormat[]): { kind: DatasetKind; mapping: Mapping } {
  const detected = detectKind(table.header, formats);
  if (detected.kind !== 'unknown') return detected;
  const mix = mixMapping(table, formats);
  return looksLikeMix(mix) ? { kind: 'marketing_mix', mapping: mix } : detected;
}

/** Reads one file held in memory. Whole-file problems come back as `{ok: false}`; row problems are in the summary. */
export function loadBytes(file: string, bytes: Uint8Array, options: LoadOptions = {}): Promise<LoadResult> {
  return loadSource(file, bytesSource(bytes), options);
}

/**
 * The first bytes, read before the rest: the probes, the dialect sniffer (256 Ki characters) and the header. More
 * than the longest line allowed, so a line over it at the start is seen in the head.
 */
const HEAD_BYTES = MAX_LINE_BYTES + (1 << 20);

/** Below this size a file is read in one part, in the calling thread: starting workers would cost more. */
export const PARALLEL_MIN_BYTES = 8 << 20;

/** Reads one file a slice at a time (a File in the browser, a file on disk in Node), on several cores when given workers. */
export async function loadSource(file: string, source: ByteSource, options: LoadOptions = {}, fallback?: EncodingChoice): Promise<LoadResult> {
  lap('before the load (arguments; in the app: the file handed to the worker)');
  const now = options.now ?? (() => Date.now());
  const started = now();
  const report = (phase: Progress['phase'], fraction: number, rows: number) =>
    options.onProgress?.({ phase, fraction, rows, rowsPerSecond: rows / Math.max(0.001, (now() - started) / 1000) });
  const size = source.size;
  if (size === 0) return { ok: false, problem: fileProblem('empty', msg('file.empty', { file })) };
  const head = await source.read(0, Math.min(size, HEAD_BYTES));
  const utf32 = options.encoding ? null : sniffUtf32(head);
  if (utf32) return { ok: false, problem: fileProblem('unsupported_encoding', msg('file.utf32', { file, order: utf32 })) };
  const binary = sniffBinary(head);
  if (binary) return { ok: false, problem: fileProblem('binary', msg('file.binary', { file, what: binary })) };
  report('decoding', 0, 0);
  // A line over the limit in the head is reported before anything decodes it: the sniffer would split it into
  // millions of fields. The scan reads on to the line's end, to say its length.
  if (overlongLine(head) || (head.length < size && lastLineBytes(head, 1 << 20) > 1 << 20)) {
    const scan = await scanSource(source, { limit: MAX_LINE_BYTES });
    if (scan.long) return { ok: false, problem: fileProblem('line_too_long', msg('file.lineTooLong', { file, ...scan.long, limit: MAX_LINE_BYTES })) };
  }
  const choice = fallback ?? chooseEncoding(head, size, options.encoding);
  const text = decodeHead(head, choice, head.length === size);
  const dialect = sniffDialect(text, options.delimiter);
  const delimiter = dialect.delimiter;
  const headerStart = choice.bomLength + headerByte(head.subarray(choice.bomLength), dialect.headerLine, choice.encoding);
  const split = splitPlan(size, headerStart, choice, text, dialect.headerLine, delimiter, options);
  lap('load: head, encoding, dialect');
  // A file read in one part needs no pass before the parse: the part checks its line lengths as it reads
  // (PartJob.lineLimit), which spared a second read of every byte (0.4 s of 1M rows in Chromium, 0.1 s in Node).
  const scan = split ? await scanSource(source, { limit: MAX_LINE_BYTES, sliceBytes: options.sliceBytes, cuts: { from: headerStart, delimiter, targets: split.targets } }, {
    onProgress: (bytes) => report('decoding', 0.05 * (bytes / size), 0),
    pause: options.pauseBetweenChunks,
    isCancelled: options.isCancelled,
  }) : { long: null, cuts: null, cancelled: false };
  if (scan.cancelled) return { ok: false, problem: fileProblem('cancelled', msg('file.cancelled', { file })) };
  if (scan.long) return { ok: false, problem: fileProblem('line_too_long', msg('file.lineTooLong', { file, ...scan.long, limit: MAX_LINE_BYTES })) };
  lap('load: scan (line lengths, cut points)');
  const columns = headerFields(text, dialect.headerLine, delimiter);
  if (columns > MAX_COLUMNS) return { ok: false, problem: fileProblem('too_many_columns', msg('file.tooManyColumns', { file, columns, limit: MAX_COLUMNS })) };
  const cuts = split && scan.cuts ? scan.cuts : [];
  const header = cuts.length > 0 && split ? split.header : null;
  const jobs: PartJob[] = [];
  for (let k = 0, start = headerStart; k <= cuts.length; k++) {
    const cut = k < cuts.length ? cuts[k] : size;
    // A part ends before the LF it is cut at, and before a CR in front of it: '\r\n' is one line end.
    const end = k < cuts.length && cut > start && (await source.read(cut - 1, cut))[0] === 13 ? cut - 1 : cut;
    jobs.push({
      start, end, encoding: choice.encoding, strict: choice.strict, delimiter, header: k === 0 ? null : header, sliceBytes: options.sliceBytes,
      cut: cuts.length > 0, lineLimit: split ? undefined : MAX_LINE_BYTES,
    });
    start = cut + 1;
  }
  const run = jobs.length > 1 && options.parallel ? options.parallel.run : (job: PartJob, hooks: PartHooks) => parsePart(source, job, hooks);
  const done = jobs.map(() => 0);
  const kept = jobs.map(() => 0);
  const body = Math.max(1, size - headerStart);
  let parts: Awaited<ReturnType<PartRunner>>[];
  try {
    parts = await Promise.all(jobs.map((job, k) => run(job, {
      onProgress: (bytes, rows) => {
        done[k] = bytes;
        kept[k] = rows;
        report('parsing', 0.05 + 0.85 * Math.min(1, done.reduce((a, b) => a + b, 0) / body), kept.reduce((a, b) => a + b, 0));
      },
      pause: options.pauseBetweenChunks,
      isCancelled: options.isCancelled,
    })));
  } catch (error) {
    if (!(error instanceof LongLineError)) throw error;
    // The part saw a line over the limit: the scan it skipped names the line, as it would have before the parse.
    const long = (await scanSource(source, { limit: MAX_LINE_BYTES, sliceBytes: options.sliceBytes })).long;
    if (!long) throw new Error('a part found a line over the limit that the scan does not find');
    return { ok: false, problem: fileProblem('line_too_long', msg('file.lineTooLong', { file, ...long, limit: MAX_LINE_BYTES })) };
  }
  lap('load: parse (read, decode, papaparse, dictionary-encode)');
  if (parts.some((p) => 'notUtf8' in p)) return loadSource(file, source, options, WINDOWS_1252);
  const merged = mergeParts(parts as PartResult[], {
    name: file, delimiter, headerRow: dialect.headerLine + 1, preambleLines: dialect.preambleLines,
    nonBlankBefore: /\S/.test(text.slice(0, lineStartChar(text, dialect.headerLine))),
  });
  lap('load: merge parts');
  if ('code' in merged) return { ok: false, problem: merged };
  const decoded = { encoding: choice.encoding, bom: choice.bom, bomClaimed: choice.bomClaimed };
  return finishLoad(file, size, decoded, delimiter, merged, options, report);
}

/**
 * Where to cut the file for the parse workers, when it is worth it: targets spaced evenly over the body, and the
 * header record every part after the first needs. Null for one part: no workers, a small file, UTF-16 (cuts are
 * found on single bytes), or a header record the head does not hold whole.
 */
function splitPlan(size: number, headerStart: number, choice: EncodingChoice, text: string, headerLine: number, delimiter: Delimiter,
  options: LoadOptions): { targets: number[]; header: string[] } | null {
  const parallel = options.parallel;
  if (!parallel || parallel.parts < 2 || size < (parallel.minBytes ?? PARALLEL_MIN_BYTES)) return null;
  if (choice.encoding !== 'utf-8' && choice.encoding !== 'windows-1252') return null;
  const start = lineStartChar(text, headerLine);
  const body = text.slice(start, start + (1 << 20)).replace(/\r\n?/g, '\n');
  const first = Papa.parse<string[]>(body, { delimiter, newline: '\n', quoteChar: '"', preview: 1 });
  if (first.data.length === 0 || first.errors.length > 0 || (first.meta.cursor ?? body.length) >= body.length) return null;
  const step = (size - headerStart) / parallel.parts;
  const targets = Array.from({ length: parallel.parts - 1 }, (_, k) => Math.round(headerStart + step * (k + 1)));
  return { targets, header: first.data[0] };
}

/** Bytes after the head's last line break, counted up to `most` (a backward loop: lastIndexOf on 5 MB is slow). */
function lastLineBytes(head: Uint8Array, most: number): number {
  let n = 0;
  for (let i = head.length - 1; i >= 0 && n <= most && head[i] !== 10 && head[i] !== 13; i--) n++;
  return n;
}

/** The character offset where line `line` (0-based; lines end at \r\n, \n or \r, as sniffDialect counts them) starts. */
function lineStartChar(text: string, line: number): number {
  let at = 0;
  for (let l = 0; l < line && at < text.length; l++) {
    while (at < text.length && text.charCodeAt(at) !== 10 && text.charCodeAt(at) !== 13) at++;
    if (text.charCodeAt(at) === 13 && text.charCodeAt(at + 1) === 10) at++;
    at++;
  }
  return Math.min(at, text.length);
}

/**
 * The byte offset, after the BOM, where line `line` starts: line ends counted in bytes, or in UTF-16 code units, as
 * the text counts them once its BOMs are gone (a '\r', BOMs, '\n' is one line end there).
 */
function headerByte(bytes: Uint8Array, line: number, encoding: Encoding): number {
  const unit = encoding === 'utf-16le' || encoding === 'utf-16be' ? 2 : 1;
  const at = (i: number) => (unit === 1 ? bytes[i] : encoding === 'utf-16le' ? bytes[i] | (bytes[i + 1] << 8) : (bytes[i] << 8) | bytes[i + 1]);
  const bomAt = (i: number) => (unit === 2 ? at(i) === 0xfeff : encoding === 'utf-8' && bytes[i] === 0xef && bytes[i + 1] === 0xbb && bytes[i + 2] === 0xbf);
  const bomBytes = unit === 2 ? 2 : 3;
  let i = 0;
  for (let l = 0; l < line && i < bytes.length; l++) {
    while (i < bytes.length && at(i) !== 10 && at(i) !== 13) i += unit;
    if (at(i) === 13) {
      let j = i + unit;
      while (j < bytes.length && bomAt(j)) j += bomBytes;
      if (j < bytes.length && at(j) === 10) i = j;
    }
    i += unit;
  }
  return Math.min(i, bytes.length);
}

/** After the parse: column types, the kind and its mapping, row problems, the summary. */
export function finishLoad(file: string, size: number, decoded: Omit<Decoded, 'text'>, delimiter: Delimiter, parsed: TableResult, options: LoadOptions,
  report: (phase: Progress['phase'], fraction: number, rows: number) => void = () => {}): LoadResult {
  const { table } = parsed;
  const warnings = [...(decoded.bomClaimed ? [msg('warning.bomMismatch', { claimed: decoded.bomClaimed, read: decoded.encoding })] : []), ...parsed.warnings];
  report('building', 0.9, table.rowNumbers.length);
  // An id column's digits are text: never a number to sum, never rounded past 2^53 (Meta's ids have 17 digits).
  const formats = table.header.map((h, c) => {
    const f = inferColumn(sampleColumn(table, c));
    const digits = f.type === 'number' || (f.type === 'date' && /^(?:epoch|yyyymmdd)/.test(f.dateFormat ?? ''));
    return digits && namesAnId(h) ? { type: 'text' as const } : f;
  });
  warnings.push(...formulaWarnings(table, formats));
  lap('finish: column types, formulas');
  const repeats = duplicateRows(table);
  if (repeats) warnings.push(msg('warning.duplicateRows', repeats));
  lap('finish: duplicate rows');
  const key = headerKey(table.header);
  const remembered = options.remembered?.[key];
  const detected = mixOrKind(table, formats);
  const kind = options.kind ?? remembered?.kind ?? detected.kind;
  const mapping = options.mapping ?? remembered?.mapping ?? (kind === detected.kind ? detected.mapping : startMapping(kind, table, formats));
  for (const [c, f] of formats.entries()) {
    if (f.ambiguous && f.type === 'date' && roleType(mapping[c]) === 'date') {
      warnings.push(msg('warning.ambiguousDates', { column: table.header[c], monthFirst: f.dateFormat === 'mdy/' }));
    }
  }
  lap('finish: kind and mapping');
  const base = {
    file, bytes: size, encoding: decoded.encoding, bom: decoded.bom, delimiter, decimal: dominantDecimal(formats),
    rows: table.rowNumbers.length, headerRow: table.headerRow, warnings, headerKey: key,
    preview: Array.from({ length: Math.min(8, table.rowNumbers.length) }, (_, r) => rowAt(table, r).map((v) => v.slice(0, 60))),
  };
  const dataset = applyMapping(base, table, formats, kind, mapping, options.aliases);
  lap('finish: summary, issues');
  report('building', 1, table.rowNumbers.length);
  return { ok: true, dataset };
}

/** Re-applies a kind and mapping chosen by the user to an already parsed dataset. Does not mutate it. */
export function remapDataset(dataset: Dataset, kind: DatasetKind, mapping?: Mapping, aliases?: Aliases): Dataset {
  const { summary, table, formats } = dataset;
  const chosen = mapping ?? startMapping(kind, table, formats);
  const { file, bytes, encoding, bom, delimiter, decimal, rows, headerRow, headerKey: key, preview, origin } = summary;
  const warnings = dataset.fileWarnings;
  const base = { file, bytes, encoding, bom, delimiter, decimal, rows, headerRow, warnings, headerKey: key, preview, ...(origin ? { origin } : {}) };
  return applyMapping(base, table, formats, kind, chosen, aliases);
}
