// What a workbook cell's stored value reads as in CSV: dates (Excel serial numbers whose cell style is a date
// format) become ISO dates, numbers are written in full (never `1.2E+17`), booleans TRUE/FALSE.
import { scanXml } from './xml';

/** Built-in number formats that show dates or times (ECMA-376 Part 1, 18.8.30: 14–22, 45–47; 27–36, 50–58 in East Asian locales). */
const DATE_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/**
 * True when a custom format code shows a date or time: a d, m, y, h or s outside quoted text, escapes and
 * bracketed parts (`[Red]`, `[$-40B]`; `[h]` elapsed hours count).
 */
export function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\\.|_.|\*./g, '').replace(/\[(?![hms]+\])[^\]]*\]/gi, '');
  const first = bare.split(';')[0];
  return /[dmyhs]/i.test(first) && !/^general$/i.test(first.trim());
}

/** Which cell style indexes (`s` of a cell, an index into cellXfs) are date formats, from styles.xml. */
export function dateStyles(stylesXml: string): boolean[] {
  const custom = new Map<number, string>();
  const styles: boolean[] = [];
  let inCellXfs = false;
  scanXml(stylesXml, {
    open(name, attrs) {
      if (name === 'numFmt') custom.set(Number(attrs.get('numFmtId')), attrs.get('formatCode') ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) {
        const id = Number(attrs.get('numFmtId') ?? 0);
        const code = custom.get(id);
        styles.push(code !== undefined ? isDateFormat(code) : DATE_IDS.has(id));
      }
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
    text() {},
  });
  return styles;
}

const DAY_MS = 86_400_000;
/** Day 0 of the 1900 date system, counted past Excel's phantom 29 Feb 1900 (serials from 61 on, i.e. March 1900). */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/** An Excel serial date as ISO: `2025-01-31`, or `2025-01-31T14:05:00` when it has a time of day. */
export function serialToIso(serial: number, date1904: boolean): string {
  // Rounded to the millisecond: a stored 0.5833333333 is 14:00:00.000, not 13:59:59.999.
  const ms = Math.round(serial * DAY_MS) + (date1904 ? EPOCH_1904 : EPOCH_1900);
  const iso = new Date(ms).toISOString();
  return ms % DAY_MS === 0 ? iso.slice(0, 10) : iso.slice(0, 19);
}

/**
 * A stored number written in full: Excel shows 15 significant digits, so that is what is kept (`0.1+0.2` stays
 * 0.3), and never in exponent form (an id `1.23456789012346E+17` reads as 123456789012346000).
 */
export function plainNumber(raw: string): string {
  if (/^-?\d{1,15}(?:\.\d{1,15})?$/.test(raw)) return raw;
  const n = Number(raw);
  if (!Number.isFinite(n)) return raw;
  const rounded = Number(n.toPrecision(15));
  if (Number.isInteger(rounded)) return BigInt(rounded).toString();
  const text = String(rounded);
  if (!/e/i.test(text)) return text;
  // A small number such as 1e-7: fixed notation, trailing zeros dropped.
  return rounded.toFixed(20).replace(/0+$/, '').replace(/\.$/, '');
}

/** OOXML's escape for characters XML cannot hold, `_x000D_` for a carriage return. */
export const unescapeOoxml = (s: string) => (s.includes('_x') ? s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))) : s);
