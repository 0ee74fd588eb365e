import type { DecimalMark } from '../types';

/**
 * The slow path of number parsing: strip currency, percent and sign decorations, then read the digits with
 * validated thousands grouping. Kept apart from numbers.ts so detectDecimal can share the decoration rules.
 */

/** Spaces used as thousands separators or before a currency: space, NBSP, figure, thin and narrow NBSP. */
export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x2007 || c === 0x2009 || c === 0x202f;
}

function isLetter(c: number): boolean {
  const l = c | 32;
  return l >= 97 && l <= 122;
}

const SYMBOLS = new Set([0x20ac, 0x24, 0xa3, 0xa5]); // € $ £ ¥
const CODES = ['eur', 'usd', 'gbp', 'sek', 'nok', 'dkk', 'chf', 'kr'];

/** Length of a currency symbol or code at s[i..], 0 when none. Codes must not run into further letters. */
function currencyAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (SYMBOLS.has(c)) return 1;
  // Digits end the prefix on nearly every cell: skip the code comparisons (they allocate).
  if (!isLetter(c)) return 0;
  for (const code of CODES) {
    if (s.slice(i, i + code.length).toLowerCase() === code && !isLetter(s.charCodeAt(i + code.length))) return code.length;
  }
  return 0;
}

/** Length of a currency symbol or code ending at s[..j), 0 when none. */
function currencyBefore(s: string, j: number): number {
  const c = s.charCodeAt(j - 1);
  if (SYMBOLS.has(c)) return 1;
  if (!isLetter(c)) return 0;
  for (const code of CODES) {
    const i = j - code.length;
    if (i >= 0 && s.slice(i, j).toLowerCase() === code && !isLetter(s.charCodeAt(i - 1))) return code.length;
  }
  return 0;
}

/** The digits of a decorated number and its sign. */
export interface NumberCore {
  core: string;
  negative: boolean;
}

/**
 * Strips `€ `, ` EUR`, `$`, ` kr`, `%`, signs (`-`, U+2212, `+`) and accounting parentheses `(12.50)`.
 * Returns null when the decorations do not make sense (two signs, unbalanced parentheses, two currencies).
 */
export function stripAffixes(raw: string): NumberCore | null {
  const s = raw.trim();
  let i = 0;
  let j = s.length;
  let signs = 0;
  let negative = false;
  let opens = 0;
  let closes = 0;
  let currencies = 0;
  let percents = 0;
  while (i < j) {
    const c = s.charCodeAt(i);
    if (c === 40) opens++;
    else if (c === 45 || c === 0x2212) {
      negative = true;
      signs++;
    } else if (c === 43) signs++;
    else if (!isSpace(c)) {
      const k = currencyAt(s, i);
      if (k === 0) break;
      currencies++;
      i += k;
      continue;
    }
    i++;
  }
  while (j > i) {
    const c = s.charCodeAt(j - 1);
    if (c === 41) closes++;
    else if (c === 37) percents++;
    else if (!isSpace(c)) {
      const k = currencyBefore(s, j);
      if (k === 0) break;
      currencies++;
      j -= k;
      continue;
    }
    j--;
  }
  if (signs > 1 || opens > 1 || opens !== closes || (opens > 0 && signs > 0) || currencies > 1 || percents > 1) return null;
  return { core: s.slice(i, j), negative: negative || opens === 1 };
}

/** Reads `[+-]digits` of an exponent; NaN otherwise. */
function exponent(s: string): number {
  const body = s.charCodeAt(0) === 43 || s.charCodeAt(0) === 45 ? s.slice(1) : s;
  if (body === '' || !/^\d+$/.test(body)) return NaN;
  return Number(s);
}

/**
 * Reads undecorated digits: integer part with optional thousands grouping (first group 1–3 digits, then
 * groups of exactly 3, one kind of separator), optional decimal mark and fraction, optional exponent
 * (no grouping with an exponent). NaN when anything else is there.
 */
export function parseCore(core: string, decimal: DecimalMark): number {
  let e = core.indexOf('e');
  if (e < 0) e = core.indexOf('E');
  const mantissa = e < 0 ? core : core.slice(0, e);
  const exp = e < 0 ? 0 : exponent(core.slice(e + 1));
  if (Number.isNaN(exp)) return NaN;
  const mark = decimal.charCodeAt(0);
  const group = decimal === '.' ? 44 : 46;
  let digits = '';
  let from = 0; // start of the current digit run, copied into `digits` at each separator
  let run = 0; // digits since the last separator
  let groups = 0;
  let kind = 0; // 1 = space-like separator, 2 = '.' or ','
  let i = 0;
  for (; i < mantissa.length; i++) {
    const c = mantissa.charCodeAt(i);
    if (c >= 48 && c <= 57) run++;
    else if (c === mark) break;
    else if (c === group || isSpace(c)) {
      const k = c === group ? 2 : 1;
      if (e >= 0 || run === 0 || run > 3 || (groups > 0 && run !== 3) || (kind && kind !== k)) return NaN;
      kind = k;
      groups++;
      digits += mantissa.slice(from, i);
      from = i + 1;
      run = 0;
    } else return NaN;
  }
  if (groups > 0 && run !== 3) return NaN;
  digits += mantissa.slice(from, i);
  const fraction = mantissa.slice(i + 1);
  if (i < mantissa.length && !/^\d+$/.test(fraction)) return NaN;
  if (digits === '' && i === mantissa.length) return NaN;
  return Number(`${digits || '0'}${i < mantissa.length ? '.' + fraction : ''}e${exp}`);
}
