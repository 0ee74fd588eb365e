import type { DecimalMark } from '../types';
import { isSpace, stripAffixes } from './number-core';
import { sampleValues } from './sample';

/** Values read per column: plenty for a vote, bounded on a 10-million-row file. */
const SAMPLE = 5000;

/**
 * The decimal mark one value implies, or null when it says nothing: integers, and `1,234` / `1.234`
 * (one separator followed by exactly 3 digits) which read both ways.
 */
function vote(raw: string): DecimalMark | null {
  const parts = stripAffixes(raw);
  if (!parts) return null;
  const e = parts.core.search(/[eE]/);
  const core = e < 0 ? parts.core : parts.core.slice(0, e);
  let dots = 0;
  let commas = 0;
  let last = -1;
  let spaced = false;
  let digitsBefore = 0; // digits between the last space and the last separator
  for (let i = 0; i < core.length; i++) {
    const c = core.charCodeAt(i);
    if (c === 46 || c === 44) {
      if (c === 46) dots++;
      else commas++;
      last = i;
    } else if (isSpace(c)) {
      spaced = true;
      digitsBefore = 0;
    } else if (c < 48 || c > 57) return null;
    else if (last < 0) digitsBefore++;
  }
  if (dots === 0 && commas === 0) return null;
  // Both marks: the last one is the decimal (1.234,56 and 1,234.56).
  if (dots > 0 && commas > 0) return core[last] as DecimalMark;
  const mark = (dots > 0 ? '.' : ',') as DecimalMark;
  const other: DecimalMark = mark === '.' ? ',' : '.';
  // The same mark twice can only be grouping: 1.234.567.
  if (dots + commas > 1) return other;
  const after = core.length - last - 1;
  // A space groups thousands (1 234,56), so the mark is the decimal; so is any mark not followed by 3 digits,
  // or one after 4+ digits or a lone 0 (1234,567 and 0,125 are not grouped).
  if (spaced || after !== 3 || digitsBefore > 3 || digitsBefore === 0 || core.startsWith('0')) return mark;
  return null;
}

/**
 * Decides a column's decimal mark by majority over many values. Default '.', with `ambiguous` true when
 * no value decided (all integers or all like `1,234`).
 */
export function detectDecimal(values: string[]): { decimal: DecimalMark; ambiguous: boolean } {
  let comma = 0;
  let dot = 0;
  for (const v of sampleValues(values, SAMPLE)) {
    const mark = vote(v);
    if (mark === ',') comma++;
    else if (mark === '.') dot++;
  }
  return { decimal: comma > dot ? ',' : '.', ambiguous: comma === 0 && dot === 0 };
}
