// Real .xlsx files for the tests, written from their XML: a zip (deflated with Node's zlib, CRC-32 and all) holding
// the parts Excel writes. Small on purpose: each test states the XML it cares about.
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipPart { name: string; text: string | Uint8Array; store?: boolean; declaredSize?: number }

/** A zip archive of `parts`, deflated unless `store`; `declaredSize` lies about a member's size (zip bomb tests). */
export function zip(parts: readonly ZipPart[]): Uint8Array {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const data = typeof p.text === 'string' ? Buffer.from(p.text, 'utf8') : Buffer.from(p.text);
    const packed = p.store ? data : deflateRawSync(data);
    const name = Buffer.from(p.name, 'utf8');
    const size = p.declaredSize ?? data.length;
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0); head.writeUInt16LE(20, 4); head.writeUInt16LE(0, 6); head.writeUInt16LE(p.store ? 0 : 8, 8);
    head.writeUInt32LE(crc32(data), 14); head.writeUInt32LE(packed.length, 18); head.writeUInt32LE(size, 22); head.writeUInt16LE(name.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0); dir.writeUInt16LE(20, 4); dir.writeUInt16LE(20, 6); dir.writeUInt16LE(p.store ? 0 : 8, 10);
    dir.writeUInt32LE(crc32(data), 16); dir.writeUInt32LE(packed.length, 20); dir.writeUInt32LE(size, 24); dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    locals.push(head, name, packed);
    central.push(dir, name);
    offset += 30 + name.length + packed.length;
  }
  const dirBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(parts.length, 8); end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(dirBytes.length, 12); end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, dirBytes, end]));
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A cell as written in sheet XML: a string (shared when `shared` lists it), a number, a boolean, or raw XML. */
export type FixtureCell = string | number | boolean | null | { xml: string } | { date: number } | { formula: string; cached?: number | string };

export interface FixtureSheet { name: string; rows: FixtureCell[][] }

/** Sheet XML for rows of cells, each with its `r` reference; strings go to the shared table. */
function sheetXml(rows: readonly FixtureCell[][], shared: string[]): string {
  const col = (i: number) => { let s = ''; for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s; return s; };
  const body = rows.map((row, r) => {
    const cells = row.map((v, c) => {
      const ref = `${col(c)}${r + 1}`;
      if (v === null) return '';
      if (typeof v === 'number') return `<c r="${ref}"><v>${v}</v></c>`;
      if (typeof v === 'boolean') return `<c r="${ref}" t="b"><v>${v ? 1 : 0}</v></c>`;
      if (typeof v === 'string') {
        let k = shared.indexOf(v);
        if (k < 0) k = shared.push(v) - 1;
        return `<c r="${ref}" t="s"><v>${k}</v></c>`;
      }
      if ('xml' in v) return v.xml.replace('$REF', ref);
      if ('date' in v) return `<c r="${ref}" s="1"><v>${v.date}</v></c>`;
      const cached = v.cached === undefined ? '' : `<v>${esc(String(v.cached))}</v>`;
      return `<c r="${ref}"${typeof v.cached === 'string' ? ' t="str"' : ''}><f>${esc(v.formula)}</f>${cached}</c>`;
    }).join('');
    return `<row r="${r + 1}">${cells}</row>`;
  }).join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${NS}><sheetData>${body}</sheetData></worksheet>`;
}

/** An .xlsx workbook: its sheets in order, one shared-string table, a date style (cellXfs 1 = yyyy-mm-dd). */
export function workbook(sheets: readonly FixtureSheet[], extra: readonly ZipPart[] = []): Uint8Array {
  const shared: string[] = [];
  const sheetParts = sheets.map((s, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, text: sheetXml(s.rows, shared) }));
  const sst = `<sst ${NS} count="${shared.length}" uniqueCount="${shared.length}">${shared.map((s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`).join('')}</sst>`;
  const styles = `<styleSheet ${NS}><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts>`
    + '<cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs>'
    + '<cellXfs count="3"><xf numFmtId="0" xfId="0"/><xf numFmtId="164" xfId="0" applyNumberFormat="1"/><xf numFmtId="14" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>';
  const book = `<workbook ${NS}><workbookPr/><sheets>${sheets.map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`;
  const rels = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}</Relationships>`;
  return zip([
    { name: '[Content_Types].xml', text: '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>' },
    { name: 'xl/workbook.xml', text: book },
    { name: 'xl/_rels/workbook.xml.rels', text: rels },
    ...sheetParts,
    { name: 'xl/sharedStrings.xml', text: sst },
    { name: 'xl/styles.xml', text: styles },
    ...extra,
  ]);
}

/** Excel's serial number of a UTC date (1900 system). */
export const serial = (iso: string) => (Date.parse(iso) - Date.UTC(1899, 11, 30)) / 86_400_000;
