// An .xlsx workbook read with the zip reader of archive.ts and the tokenizer of xml.ts: the sheet names and their
// order (workbook.xml and its rels), shared strings, date styles, then one sheet as CSV bytes for the CSV pipeline.
// Every part's declared size is checked before it is inflated, and what comes out may not exceed it (a zip bomb
// declares little and holds much).
import { msg, type Msg } from '../messages';
import { MAX_UNPACKED_BYTES, readZipEntry, zipEntries, type ZipEntry } from './archive';
import { CsvBytes } from './csv-bytes';
import { scanXml, XmlError } from './xml';
import { dateStyles } from './xlsx-values';
import { OutsideGrid, readSharedStrings, readSheet } from './xlsx-sheet';
import { MAX_COLUMNS } from '../ingest/limits';

export type WorkbookResult =
  | {
      ok: true;
      /** The dataset's name: the file, and the sheet when the workbook has more than one. */
      name: string;
      /** The sheet read, and every sheet of the workbook in its order. */
      sheet: string;
      sheets: string[];
      csv: Uint8Array;
      /** Sentences about the sheet (formula cells with no saved value). */
      warnings: Msg[];
    }
  | { ok: false; problem: Msg };

/** True for a zip whose directory holds `xl/workbook.xml`: an Excel workbook, whatever the file is called. */
export function isWorkbook(bytes: Uint8Array): boolean {
  const list = zipEntries(bytes);
  return list !== null && list.some((e) => e.name === 'xl/workbook.xml');
}

interface SheetRef { name: string; target: string }

/** Resolves a relationship target against xl/: `worksheets/sheet1.xml` or `/xl/worksheets/sheet1.xml`. */
function partPath(target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : `xl/${target}`).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

/** The sheets in workbook order, and whether the workbook counts dates from 1904. */
function sheetList(workbookXml: string, relsXml: string): { sheets: SheetRef[]; date1904: boolean } {
  const targets = new Map<string, string>();
  scanXml(relsXml, {
    open(name, attrs) {
      if (name === 'Relationship') targets.set(attrs.get('Id') ?? '', attrs.get('Target') ?? '');
    },
    close() {},
    text() {},
  });
  const sheets: SheetRef[] = [];
  let date1904 = false;
  scanXml(workbookXml, {
    open(name, attrs) {
      if (name === 'workbookPr') date1904 = /^(?:1|true)$/.test(attrs.get('date1904') ?? '');
      if (name !== 'sheet') return;
      const rid = [...attrs].find(([k]) => k.endsWith(':id'))?.[1] ?? '';
      const target = targets.get(rid);
      sheets.push({ name: attrs.get('name') ?? `Sheet${sheets.length + 1}`, target: target ? partPath(target) : '' });
    },
    close() {},
    text() {},
  });
  return { sheets, date1904 };
}

/** Reads sheet `sheet` (the first when absent) of the workbook in `bytes` as CSV bytes. */
export async function readWorkbook(file: string, bytes: Uint8Array, sheet?: string, limit = MAX_UNPACKED_BYTES): Promise<WorkbookResult> {
  const list = zipEntries(bytes);
  if (!list) return { ok: false, problem: msg('file.xlsxBroken', { file, part: 'the zip directory' }) };
  const byName = new Map<string, ZipEntry>(list.map((e) => [e.name.toLowerCase(), e]));
  const broken = (part: string) => ({ ok: false as const, problem: msg('file.xlsxBroken', { file, part }) });
  const state = { failed: null as Msg | null, sheet: sheet ?? '' };
  // Each part: declared size checked first, then inflated to at most that size.
  const part = async (name: string, required: boolean): Promise<string | null> => {
    const entry = byName.get(name.toLowerCase());
    if (!entry) {
      if (required) state.failed = msg('file.xlsxBroken', { file, part: name });
      return null;
    }
    if (entry.size > limit) { state.failed = msg('file.unpackedTooBig', { file: `${file}: ${name}`, limit }); return null; }
    const out = await readZipEntry(bytes, entry, entry.size);
    if (out === 'broken') { state.failed = msg('file.xlsxBroken', { file, part: name }); return null; }
    if (out === null) { state.failed = msg('file.zipSizeMismatch', { file, member: name, declared: entry.size }); return null; }
    return new TextDecoder().decode(out);
  };
  try {
    const workbookXml = await part('xl/workbook.xml', true);
    const relsXml = workbookXml === null ? null : await part('xl/_rels/workbook.xml.rels', true);
    if (workbookXml === null || relsXml === null) return { ok: false, problem: state.failed! };
    const { sheets, date1904 } = sheetList(workbookXml, relsXml);
    const names = sheets.map((s) => s.name);
    if (sheets.length === 0) return broken('xl/workbook.xml');
    const chosen = sheet === undefined ? sheets[0] : sheets.find((s) => s.name === sheet);
    if (!chosen) return { ok: false, problem: msg('file.xlsxNoSheet', { file, sheet: sheet ?? '', sheets: names }) };
    state.sheet = chosen.name;
    if (!/^xl\/worksheets\//i.test(chosen.target)) return { ok: false, problem: msg('file.xlsxNotTable', { file, sheet: chosen.name }) };
    // Every part this sheet needs, by declared size, before any is inflated.
    const needed = [chosen.target, 'xl/sharedStrings.xml', 'xl/styles.xml'].map((n) => byName.get(n.toLowerCase())?.size ?? 0);
    const declared = needed.reduce((a, b) => a + b, 0);
    if (declared > limit) return { ok: false, problem: msg('file.unpackedTooBig', { file: `${file}: ${chosen.name}`, limit }) };
    const sheetXml = await part(chosen.target, true);
    if (sheetXml === null) return { ok: false, problem: state.failed! };
    const dimension = /<(?:\w+:)?dimension\s+ref="[A-Z]+\d+:([A-Z]+)\d+"/.exec(sheetXml.slice(0, 4096));
    if (dimension && dimension[1].length >= 3 && dimension[1] > 'XFD') return { ok: false, problem: msg('file.xlsxOutside', { file, sheet: chosen.name, cell: dimension[1] }) };
    const sharedXml = await part('xl/sharedStrings.xml', false);
    const stylesXml = await part('xl/styles.xml', false);
    if (state.failed) return { ok: false, problem: state.failed };
    const shared = sharedXml === null ? [] : readSharedStrings(sharedXml);
    const dateStyle = stylesXml === null ? [] : dateStyles(stylesXml);
    const read = readSheet(sheetXml, { shared, dateStyle, date1904 });
    if (read.width > MAX_COLUMNS) return { ok: false, problem: msg('file.tooManyColumns', { file, columns: read.width, limit: MAX_COLUMNS }) };
    const out = new CsvBytes(limit);
    // Rows are padded to the widest, so trailing empty cells do not make a row ragged; title lines above the table
    // (one cell in column A, as Google Ads writes them) stay one field, as in the CSV export, for the preamble sniffer.
    let table = false;
    for (let r = 0; r < read.rows.length; r++) {
      const row = read.rows[r];
      read.rows[r] = null; // written: let it go
      table ||= row !== null && row.length > 1;
      const padded = row === null ? [] : row.length < read.width && table ? row.concat(Array<string>(read.width - row.length).fill('')) : row;
      if (!out.push(padded)) break;
    }
    const csv = out.bytes();
    if (!csv) return { ok: false, problem: msg('file.unpackedTooBig', { file: `${file}: ${chosen.name}`, limit }) };
    const warnings = read.uncached.count > 0 ? [msg('warning.xlsxUncached', { sheet: chosen.name, count: read.uncached.count, cell: read.uncached.cell })] : [];
    return { ok: true, name: sheets.length > 1 ? `${file}: ${chosen.name}` : file, sheet: chosen.name, sheets: names, csv, warnings };
  } catch (e) {
    if (e instanceof OutsideGrid) return { ok: false, problem: msg('file.xlsxOutside', { file, sheet: state.sheet, cell: e.cell }) };
    if (e instanceof XmlError || e instanceof RangeError) return { ok: false, problem: msg('file.xlsxBroken', { file, part: e instanceof XmlError ? `XML (${e.message})` : e.message }) };
    return broken('a deflated part');
  }
}
