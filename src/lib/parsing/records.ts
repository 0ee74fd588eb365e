import type { Delimiter } from '../types';

/** One record read by the sniffer: its fields and where it starts. */
export interface SniffRecord {
  /** Character offset of the record's first character. */
  start: number;
  fields: string[];
}

/** A record plus the offset just after its line terminator. */
export interface ReadResult {
  fields: string[];
  end: number;
}

const QUOTE = 34;
const CR = 13;
const LF = 10;

/**
 * Reads one record starting at `start`, RFC 4180 style: a field that starts with a double quote runs to the
 * closing quote ("" is a literal quote) and may hold delimiters and line breaks; quotes elsewhere are literal.
 * An unterminated quote runs to the end of the text.
 */
export function readRecord(text: string, start: number, delimiter: Delimiter): ReadResult {
  const d = delimiter.charCodeAt(0);
  const n = text.length;
  const fields: string[] = [];
  let i = start;
  for (;;) {
    let value = '';
    if (i < n && text.charCodeAt(i) === QUOTE) {
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) {
          value += text.slice(i);
          i = n;
          break;
        }
        value += text.slice(i, q);
        if (text.charCodeAt(q + 1) === QUOTE) {
          value += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
    }
    const from = i;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === d || c === CR || c === LF) break;
      i++;
    }
    fields.push(value + text.slice(from, i));
    if (i < n && text.charCodeAt(i) === d) {
      i++;
      continue;
    }
    // One terminator: \r\n, \n or \r.
    if (i < n && text.charCodeAt(i) === CR) i++;
    if (i < n && text.charCodeAt(i) === LF) i++;
    return { fields, end: i };
  }
}

/** Reads up to `maxRecords` records, stopping once `maxChars` characters have been consumed. */
export function scanRecords(text: string, delimiter: Delimiter, maxRecords: number, maxChars: number): SniffRecord[] {
  const records: SniffRecord[] = [];
  let pos = 0;
  while (pos < text.length && pos < maxChars && records.length < maxRecords) {
    const { fields, end } = readRecord(text, pos, delimiter);
    records.push({ start: pos, fields });
    pos = end;
  }
  return records;
}
