import type { Delimiter } from '../types';
import { readRecord, scanRecords, type SniffRecord } from './records';

/** Candidates in order of preference on a tie: decimal commas inflate ',' counts, so ',' comes last. */
const CANDIDATES: Delimiter[] = ['\t', ';', '|', ','];

/** About 50 data lines decide; the budget keeps a 100 MB file (or an unclosed quote) cheap. */
const MAX_RECORDS = 60;
const MAX_CHARS = 1 << 18;

/** Share of records from the header on that must have the modal field count to call a delimiter consistent. */
const CONSISTENT = 0.9;
const FAIRLY_CONSISTENT = 0.6;

/** Splits one line into fields, quote-aware. */
export function splitLine(line: string, delimiter: Delimiter): string[] {
  return readRecord(line, 0, delimiter).fields;
}

function isBlank(fields: string[]): boolean {
  return fields.every((f) => f.trim() === '');
}

/** GA4 writes `# ...` lines before each table (see judge() for `#` headers). */
function isComment(fields: string[]): boolean {
  return fields[0].startsWith('#');
}

interface Candidate {
  delimiter: Delimiter;
  /** Modal field count of the non-blank, non-comment records (ties go to the larger count). */
  mode: number;
  header: SniffRecord | null;
  /** Share of records from the header on with the modal count. */
  consistency: number;
  headerStart: number;
  rank: number;
}

/**
 * The most frequent field count of `least` or more (ties go to the larger count); 1 when none. A guess needs
 * 2 fields to tell delimiters apart; a delimiter the user forced may well give one field per line.
 */
function modalCount(records: SniffRecord[], least: number): number {
  const freq = new Map<number, number>();
  for (const r of records) freq.set(r.fields.length, (freq.get(r.fields.length) ?? 0) + 1);
  let mode = 1;
  let best = 0;
  for (const [count, f] of freq) if (count >= least && (f > best || (f === best && count > mode))) [mode, best] = [count, f];
  return mode;
}

function judge(text: string, delimiter: Delimiter, rank: number, least = 2): Candidate {
  const rows = scanRecords(text, delimiter, MAX_RECORDS, MAX_CHARS).filter((r) => !isBlank(r.fields));
  const mode = modalCount(rows.filter((r) => !isComment(r.fields)), least);
  // A `#` line with the modal field count is a header such as `#,Campaign,Cost`, not a GA4 comment.
  const body = rows.filter((r) => !isComment(r.fields) || (mode >= 2 && r.fields.length === mode));
  const at = body.findIndex((r) => r.fields.length === mode);
  const rest = at < 0 ? [] : body.slice(at);
  const consistency = rest.length === 0 ? 0 : rest.filter((r) => r.fields.length === mode).length / rest.length;
  const header = at < 0 ? (body[0] ?? null) : body[at];
  return { delimiter, mode, header, consistency, headerStart: header ? header.start : Infinity, rank };
}

function tier(c: Candidate): number {
  if (c.mode < 2) return -1;
  return c.consistency >= CONSISTENT ? 2 : c.consistency >= FAIRLY_CONSISTENT ? 1 : 0;
}

/**
 * Consistent candidates win; among them the one whose header comes first (a decimal-comma file makes ','
 * skip the comma-free header line), then the preference order. Messy files fall back to consistency and width.
 */
function better(a: Candidate, b: Candidate): boolean {
  const ta = tier(a);
  const tb = tier(b);
  if (ta !== tb) return ta > tb;
  if (ta === 0) return a.consistency !== b.consistency ? a.consistency > b.consistency : a.mode > b.mode;
  if (a.headerStart !== b.headerStart) return a.headerStart < b.headerStart;
  return a.rank < b.rank;
}

/** True for lines that carry nothing: empty, spaces, or only delimiters (Excel writes `;;;;` for a blank row). */
function isEmptyLine(line: string, delimiter: Delimiter): boolean {
  return line.split(delimiter).join('').trim() === '';
}

/**
 * Guesses the delimiter (unless `forced`) and where the header is. `headerLine` is the 0-based index, in lines split on
 * \r\n, \n or \r, of the first non-comment, non-blank line whose field count is the modal count;
 * `preambleLines` are the non-blank lines above it. A text without any such line gets `headerLine` equal to its line count.
 */
export function sniffDialect(text: string, forced?: Delimiter): { delimiter: Delimiter; headerLine: number; preambleLines: number[] } {
  // With a delimiter the user chose, only the header line is looked for, with that delimiter.
  const judged = forced ? [judge(text, forced, 0, 1)] : CANDIDATES.map((d, rank) => judge(text, d, rank));
  let chosen = judged.reduce((a, b) => (better(b, a) ? b : a));
  // Single-column files (no candidate splits lines into 2+ fields) default to ','.
  if (!forced && tier(chosen) < 0) chosen = judged[CANDIDATES.indexOf(',')];
  const delimiter = chosen.delimiter;
  const headerStart = chosen.header ? chosen.header.start : Math.min(text.length, MAX_CHARS);
  const lines = text.slice(0, headerStart).split(/\r\n|\n|\r/);
  // The prefix ends with the terminator of the line above the header, so its last piece is the empty header-line start.
  if (!chosen.header && lines[lines.length - 1] !== '') lines.push('');
  const headerLine = lines.length - 1;
  const preambleLines: number[] = [];
  for (let i = 0; i < headerLine; i++) if (!isEmptyLine(lines[i], delimiter)) preambleLines.push(i);
  return { delimiter, headerLine, preambleLines };
}

/** The field count of line `headerLine` (0-based; lines end at \r\n, \n or \r, as sniffDialect counts them). */
export function headerFields(text: string, headerLine: number, delimiter: Delimiter): number {
  let at = 0;
  for (let line = 0; line < headerLine && at < text.length; line++) {
    while (at < text.length && text.charCodeAt(at) !== 10 && text.charCodeAt(at) !== 13) at++;
    if (text.charCodeAt(at) === 13 && text.charCodeAt(at + 1) === 10) at++;
    at++;
  }
  return at < text.length ? readRecord(text, at, delimiter).fields.length : 0;
}
