// One worksheet's XML as rows of text: shared and inline strings, numbers, booleans, dates (by cell style),
// formulas by their saved value (never evaluated), sparse cells by their `r` reference, empty rows kept as empty
// lines so that row N of the CSV is row N of the sheet.
import { scanXml } from './xml';
import { plainNumber, serialToIso, unescapeOoxml } from './xlsx-values';

/** Excel's grid: 1,048,576 rows and 16,384 columns (XFD). */
export const MAX_SHEET_ROWS = 1_048_576;
export const MAX_SHEET_COLUMNS = 16_384;

export interface SheetRows {
  /** Row r-1 of the sheet; null for an empty row. */
  rows: (string[] | null)[];
  /** Columns of the widest row. */
  width: number;
  /** Formula cells with no saved value (a workbook written by a tool that does not calculate): read as empty. */
  uncached: { count: number; cell: string };
}

/** A cell outside Excel's grid, or a reference that is not one. */
export class OutsideGrid extends Error {
  constructor(readonly cell: string) {
    super(`cell ${cell} is outside the sheet grid`);
  }
}

/** Column letters to a 0-based index: A → 0, XFD → 16383. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) - 64);
  return n - 1;
}

/** A 0-based column index as letters. */
export function columnLetters(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export interface SheetContext {
  shared: readonly string[];
  dateStyle: readonly boolean[];
  date1904: boolean;
}

/** Reads a worksheet part. Throws XmlError (malformed), OutsideGrid, or RangeError for a shared string that is not there. */
export function readSheet(xml: string, ctx: SheetContext): SheetRows {
  const rows: (string[] | null)[] = [];
  let width = 0;
  let row: string[] | null = null;
  let rowNumber = 0;
  let col = -1, type = '', style = -1, ref = '';
  let value = '', inValue = false, inInline = false, inText = false, inPhonetic = false, hasFormula = false;
  const uncached = { count: 0, cell: '' };

  const cellValue = (): string => {
    switch (type) {
      case 's': {
        if (value.trim() === '') return '';
        const s = ctx.shared[Number(value)];
        if (s === undefined) throw new RangeError(`cell ${ref} points to shared string ${value}, which is not there`);
        return s;
      }
      case 'inlineStr': case 'str': case 'e': case 'd': return unescapeOoxml(value);
      case 'b': return value.trim() === '1' ? 'TRUE' : 'FALSE';
      default: {
        const v = value.trim();
        if (v === '') return '';
        const n = Number(v);
        if (ctx.dateStyle[style] && Number.isFinite(n)) return serialToIso(n, ctx.date1904);
        return plainNumber(v);
      }
    }
  };

  scanXml(xml, {
    open(name, attrs) {
      if (name === 'row') {
        const r = attrs.get('r');
        rowNumber = r === undefined ? rowNumber + 1 : Number(r);
        if (!Number.isInteger(rowNumber) || rowNumber < 1 || rowNumber > MAX_SHEET_ROWS || rowNumber <= rows.length) throw new OutsideGrid(`row ${r}`);
        while (rows.length < rowNumber - 1) rows.push(null);
        row = [];
        col = -1;
      } else if (name === 'c' && row) {
        ref = attrs.get('r') ?? '';
        const m = /^([A-Z]{1,3})(\d+)$/.exec(ref);
        col = m ? columnIndex(m[1]) : col + 1;
        if (ref === '') ref = `${columnLetters(col)}${rowNumber}`;
        if ((ref !== '' && !m && attrs.has('r')) || col >= MAX_SHEET_COLUMNS) throw new OutsideGrid(ref);
        type = attrs.get('t') ?? 'n';
        style = Number(attrs.get('s') ?? 0);
        value = '';
        hasFormula = false;
      } else if (name === 'v') inValue = true;
      else if (name === 'is') inInline = true;
      else if (name === 't' && inInline) inText = true;
      else if (name === 'rPh') inPhonetic = true;
      else if (name === 'f') hasFormula = true;
    },
    close(name) {
      if (name === 'v') inValue = false;
      else if (name === 'is') inInline = false;
      else if (name === 't') inText = false;
      else if (name === 'rPh') inPhonetic = false;
      else if (name === 'c' && row) {
        const text = cellValue();
        if (hasFormula && value === '' && uncached.count++ === 0) uncached.cell = ref;
        if (text !== '') {
          while (row.length < col) row.push('');
          row[col] = text;
        }
      } else if (name === 'row' && row) {
        rows.push(row.length > 0 ? row : null);
        width = Math.max(width, row.length);
        row = null;
      }
    },
    text(t) {
      if (inValue || (inText && !inPhonetic)) value += t;
    },
  });
  return { rows, width, uncached };
}

/** The shared strings part: each `<si>`'s text runs joined, phonetic guides (`<rPh>`) left out. */
export function readSharedStrings(xml: string): string[] {
  const out: string[] = [];
  let current = '', inItem = false, inText = false, inPhonetic = false;
  scanXml(xml, {
    open(name) {
      if (name === 'si') { inItem = true; current = ''; }
      else if (name === 't') inText = true;
      else if (name === 'rPh') inPhonetic = true;
    },
    close(name) {
      if (name === 'si') { out.push(unescapeOoxml(current)); inItem = false; }
      else if (name === 't') inText = false;
      else if (name === 'rPh') inPhonetic = false;
    },
    text(t) {
      if (inItem && inText && !inPhonetic) current += t;
    },
  });
  return out;
}
