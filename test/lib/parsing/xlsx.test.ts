// .xlsx workbooks written in the test from their XML (xlsx-fixture.ts), read into the CSV pipeline.
import { describe, expect, it } from 'vitest';
import { inflateRawSync } from 'node:zlib';
import { readWorkbook, isWorkbook } from '../../../src/lib/parsing/xlsx';
import { loadOpened, openFile } from '../../../src/lib/ingest/open';
import { english } from '../../../src/lib/messages';
import { serial, workbook, zip, type FixtureSheet } from './xlsx-fixture';

const text = (b: Uint8Array) => new TextDecoder().decode(b);

async function csvOf(book: Uint8Array, sheet?: string): Promise<string> {
  const out = await readWorkbook('book.xlsx', book, sheet);
  if (!out.ok) throw new Error(english(out.problem));
  return text(out.csv);
}

async function problemOf(book: Uint8Array, sheet?: string, limit?: number): Promise<string> {
  const out = await readWorkbook('book.xlsx', book, sheet, limit);
  return out.ok ? 'read' : english(out.problem);
}

/** A HubSpot deals export as Excel writes it (header from hubspot-crm-exports-all-deals; FORMATS.md). */
const HUBSPOT: FixtureSheet = {
  name: 'All deals',
  rows: [
    ['Record ID', 'Deal Name', 'Deal Stage', 'Close Date', 'Amount', 'Pipeline', 'Original Source'],
    [{ xml: '<c r="$REF"><v>1.23456789012346E+17</v></c>' }, 'Acme renewal', 'Closed won', { date: serial('2026-03-02') }, 12500, 'Sales Pipeline', 'Paid Search'],
    [9001, 'Beta & Co', 'Closed lost', { date: serial('2026-03-09') }, 4000.5, 'Sales Pipeline', 'Organic Search'],
    [9002, 'Gamma', 'Appointment scheduled', null, 800, 'Sales Pipeline', 'Paid Social'],
  ],
};

/** Google Ads' Excel download: a title line, the date range, the header, rows, and its total rows. */
const GOOGLE_ADS: FixtureSheet = {
  name: 'Campaign report',
  rows: [
    ['Campaign report'],
    ['1 March 2026 - 3 March 2026'],
    ['Campaign status', 'Campaign', 'Campaign ID', 'Day', 'Currency code', 'Cost', 'Impr.', 'Clicks', 'Conversions', 'Conv. value'],
    ['Enabled', 'Brand FI', 20123456789, { date: serial('2026-03-01') }, 'EUR', 120.5, 1500, 80, 4, 800],
    ['Enabled', 'Brand FI', 20123456789, { date: serial('2026-03-02') }, 'EUR', 99.25, 1200, 70, 3, 600],
    ['Enabled', 'Generic', 20987654321, { date: serial('2026-03-01') }, 'EUR', 300, 5000, 150, 2, 300],
    ['Total: Account', null, null, null, 'EUR', 519.75, 7700, 300, 9, 1700],
  ],
};

describe('readWorkbook()', () => {
  it('reads shared strings, inline strings, numbers, booleans and dates by cell style as CSV', async () => {
    const book = workbook([{
      name: 'Data',
      rows: [
        ['name', 'inline', 'n', 'flag', 'day', 'builtin date', 'when', 'rich'],
        ['Ä "quoted", comma', { xml: '<c r="$REF" t="inlineStr"><is><t>in &amp; line</t></is></c>' }, 0.30000000000000004, true,
          { date: serial('2026-01-31') }, { xml: `<c r="$REF" s="2"><v>${serial('2025-12-24')}</v></c>` },
          { xml: `<c r="$REF" s="1"><v>${serial('2026-01-31') + 14 / 24 + 5 / 1440}</v></c>` },
          { xml: '<c r="$REF" t="inlineStr"><is><r><t>Go</t></r><r><t>ogle</t></r><rPh><t>ruby</t></rPh></is></c>' }],
        ['line\nbreak', '', -12, false, null, null, null, '_x000D_x'],
      ],
    }]);
    expect(await csvOf(book)).toBe([
      'name,inline,n,flag,day,builtin date,when,rich',
      '"Ä ""quoted"", comma",in & line,0.3,TRUE,2026-01-31,2025-12-24,2026-01-31T14:05:00,Google',
      '"line\nbreak",,-12,FALSE,,,,"\rx"',
      '',
    ].join('\n'));
  });

  it('places sparse cells by their r reference and keeps empty rows, so CSV row N is sheet row N', async () => {
    const sheet = '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
      + '<row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c><c r="C1" t="inlineStr"><is><t>c</t></is></c></row>'
      + '<row r="4"><c r="B4"><v>2</v></c></row>'
      + '<row r="5"><c r="D5"><v>4</v></c></row></sheetData></worksheet>';
    const book = workbook([{ name: 'S', rows: [] }], []);
    const parts = replacePart(book, 'xl/worksheets/sheet1.xml', sheet);
    expect(await csvOf(parts)).toBe('a,,c,\n\n\n,2,,\n,,,4\n');
  });

  it('reads the first sheet by default and another by name, naming the dataset after both', async () => {
    const book = workbook([HUBSPOT, GOOGLE_ADS]);
    const first = await readWorkbook('deals.xlsx', book);
    expect(first).toMatchObject({ ok: true, name: 'deals.xlsx: All deals', sheet: 'All deals', sheets: ['All deals', 'Campaign report'] });
    const second = await readWorkbook('deals.xlsx', book, 'Campaign report');
    expect(second).toMatchObject({ ok: true, name: 'deals.xlsx: Campaign report', sheet: 'Campaign report' });
    expect(second.ok && text(second.csv).split('\n')[2]).toBe('Campaign status,Campaign,Campaign ID,Day,Currency code,Cost,Impr.,Clicks,Conversions,Conv. value');
    expect(await problemOf(book, 'Nope')).toBe('book.xlsx has no sheet "Nope"; its sheets are "All deals", "Campaign report". Pick one of them.');
  });

  it('uses a formula\'s saved value, never evaluates it, and names the cells that have none', async () => {
    const book = workbook([{ name: 'F', rows: [['a', 'b', 'c'], [1, { formula: 'A2*100', cached: 100 }, { formula: 'A2&"x"', cached: '1x' }], [2, { formula: 'A3*100' }, 'z']] }]);
    const out = await readWorkbook('f.xlsx', book);
    expect(out.ok && text(out.csv)).toBe('a,b,c\n1,100,1x\n2,,z\n');
    expect(out.ok && out.warnings.map(english)).toEqual([expect.stringMatching(/^Sheet "F" has 1 formula cell with no saved result \(the first is B3\); Mittari never calculates formulas/)]);
  });

  it('writes 64-bit ids in full, never in exponent form, and does not change its input', async () => {
    const book = workbook([HUBSPOT]);
    const before = book.slice();
    const csv = await csvOf(book);
    expect(csv.split('\n')[1]).toBe('123456789012346000,Acme renewal,Closed won,2026-03-02,12500,Sales Pipeline,Paid Search');
    expect(book).toEqual(before);
  });

  it('says what is wrong with a broken workbook, naming the file and the part or cell', async () => {
    const book = workbook([{ name: 'S', rows: [['a'], [1]] }]);
    expect(await problemOf(dropPart(book, 'xl/worksheets/sheet1.xml'))).toBe('book.xlsx is an Excel workbook that cannot be read: xl/worksheets/sheet1.xml is missing or damaged. Open it in Excel and save it again, or save the sheet as CSV and add that file.');
    expect(await problemOf(replacePart(book, 'xl/worksheets/sheet1.xml', '<worksheet><sheetData><row r="1"><c r="A1"'))).toMatch(/^book\.xlsx is an Excel workbook that cannot be read: XML \(a tag that never ends at character \d+\)/);
    // No entity is ever declared or expanded: a DOCTYPE (the billion laughs) is refused at once.
    const laughs = '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><sst><si><t>&lol2;</t></si></sst>';
    expect(await problemOf(replacePart(book, 'xl/sharedStrings.xml', laughs))).toMatch(/XML \(a DOCTYPE or declaration, which workbooks never hold/);
    expect(await problemOf(replacePart(book, 'xl/worksheets/sheet1.xml', '<worksheet><sheetData><row r="1"><c r="XFE1"><v>1</v></c></row></sheetData></worksheet>')))
      .toMatch(/^book\.xlsx, sheet "S": cell XFE1 lies outside an Excel sheet/);
    expect(await problemOf(replacePart(book, 'xl/worksheets/sheet1.xml', '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>7</v></c></row></sheetData></worksheet>')))
      .toMatch(/cell A1 points to shared string 7, which is not there/);
    expect(isWorkbook(book.subarray(0, 100))).toBe(false);
  });

  it('refuses a part whose real size exceeds its declared size (a zip bomb), and one over the limit before inflating it', async () => {
    const big = `<worksheet><sheetData>${'<row><c><v>1</v></c></row>'.repeat(2000)}</sheetData></worksheet>`;
    const book = workbook([{ name: 'S', rows: [] }]);
    const lying = replaceParts(book, [{ name: 'xl/worksheets/sheet1.xml', text: big, declaredSize: 100 }]);
    expect(await problemOf(lying)).toBe('xl/worksheets/sheet1.xml in book.xlsx holds more than the 100 bytes its archive declares, as a zip bomb does, so it was not opened. Open the file in the tool that made it and save it again.');
    const honest = replaceParts(book, [{ name: 'xl/worksheets/sheet1.xml', text: big }]);
    expect(await problemOf(honest, undefined, 1000)).toMatch(/^book\.xlsx: S holds more than 0 MB once decompressed/);
  });
});

describe('an .xlsx down the CSV pipeline', () => {
  it('loads a HubSpot deals export as deals, and a Google Ads Excel download as spend with its totals skipped', async () => {
    const book = workbook([HUBSPOT, GOOGLE_ADS]);
    const deals = await openFile('hubspot.xlsx', book);
    expect(deals.ok && deals.origin).toEqual({ format: 'xlsx', sheet: 'All deals', sheets: ['All deals', 'Campaign report'] });
    const loaded = deals.ok ? await loadOpened(deals, {}) : null;
    expect(loaded?.ok && loaded.dataset.summary).toMatchObject({ kind: 'deals', rows: 3, file: 'hubspot.xlsx: All deals', origin: { sheet: 'All deals' } });
    const ads = await openFile('hubspot.xlsx', book, 'Campaign report');
    const spend = ads.ok ? await loadOpened(ads, {}) : null;
    const s = spend?.ok ? spend.dataset.summary : null;
    expect(s).toMatchObject({ kind: 'spend', rows: 3, headerRow: 3 });
    expect(s?.stats).toMatchObject({ type: 'spend', total: 519.75 });
    expect(s?.columns.find((c) => c.name === 'Campaign ID')?.type).toBe('text');
  });

  it('remembers a mapping by the sheet\'s headers, as for a CSV file', async () => {
    const book = workbook([{ name: 'S', rows: [['foo', 'bar'], ['x', 1], ['y', 2]] }]);
    const opened = await openFile('s.xlsx', book);
    if (!opened.ok) throw new Error('not opened');
    const first = await loadOpened(opened, {});
    if (!first.ok) throw new Error('not loaded');
    expect(first.dataset.summary.kind).toBe('unknown');
    const remembered = { [first.dataset.summary.headerKey]: { kind: 'spend' as const, mapping: ['channel', 'spend'] as const } };
    const again = await loadOpened(opened, { remembered: remembered as never });
    expect(again.ok && again.dataset.summary).toMatchObject({ kind: 'spend', mappingProblem: null });
  });
});

/** The workbook with one part's text replaced. */
function replacePart(book: Uint8Array, name: string, text: string): Uint8Array {
  return replaceParts(book, [{ name, text }]);
}

function replaceParts(book: Uint8Array, parts: { name: string; text: string; declaredSize?: number }[]): Uint8Array {
  return zip(unzip(book).map((p) => parts.find((q) => q.name === p.name) ?? p));
}

function dropPart(book: Uint8Array, name: string): Uint8Array {
  return zip(unzip(book).filter((p) => p.name !== name));
}

/** The parts of a workbook written by workbook(): read back with Node's zlib. */
function unzip(book: Uint8Array): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [];
  const view = Buffer.from(book);
  for (let at = 0; view.readUInt32LE(at) === 0x04034b50;) {
    const packed = view.readUInt32LE(at + 18), nameLength = view.readUInt16LE(at + 26), extra = view.readUInt16LE(at + 28);
    const name = view.subarray(at + 30, at + 30 + nameLength).toString('utf8');
    const start = at + 30 + nameLength + extra;
    out.push({ name, text: inflateRawSync(view.subarray(start, start + packed)).toString('utf8') });
    at = start + packed;
  }
  return out;
}
