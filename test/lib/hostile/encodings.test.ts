// Issue 18, case 10: UTF-32 loaded as UTF-16 garbage, a UTF-8 file behind a UTF-16 BOM read as "header but no
// data rows", and one NUL byte in a cell rejected the whole file as binary.
import { describe, expect, it } from 'vitest';
import { loadBytes, type LoadResult } from '../../../src/lib/ingest/load';
import { english } from '../../../src/lib/messages';
import { bytes, utf16, utf8 } from '../parsing/helpers';

const CSV = 'date,channel,spend\n2025-01-06,Search,100\n2025-01-13,Email,50\n';

/** UTF-32 bytes of a string (BMP only), in either byte order. */
function utf32(text: string, order: 'le' | 'be'): Uint8Array {
  const out = new Uint8Array(text.length * 4);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (order === 'le') { out[4 * i] = c & 0xff; out[4 * i + 1] = c >> 8; } else { out[4 * i + 3] = c & 0xff; out[4 * i + 2] = c >> 8; }
  }
  return out;
}

function problemOf(r: LoadResult): [string, string] {
  if (r.ok) throw new Error(`expected a problem, got a ${r.dataset.summary.kind} dataset`);
  return [r.problem.code, english(r.problem.message)];
}

describe('encodings Mittari does not read, said by name', () => {
  it('refuses UTF-32LE with its BOM by name', async () => {
    expect(problemOf(await loadBytes('wide.csv', bytes([0xff, 0xfe, 0, 0], utf32(CSV, 'le'))))).toEqual([
      'unsupported_encoding', 'wide.csv is UTF-32 text (little-endian), which Mittari does not read. Save it as CSV UTF-8 (in Excel: Save As, "CSV UTF-8") and add that file.',
    ]);
  });

  it('refuses UTF-32BE with its BOM by name', async () => {
    expect(problemOf(await loadBytes('wide.csv', bytes([0, 0, 0xfe, 0xff], utf32(CSV, 'be'))))[1]).toMatch(/^wide\.csv is UTF-32 text \(big-endian\), which Mittari does not read\./);
  });

  it('still reads UTF-16LE with its BOM', async () => {
    const r = await loadBytes('u16.csv', bytes([0xff, 0xfe], utf16(CSV, 'le')));
    expect(r.ok && [r.dataset.summary.encoding, r.dataset.summary.rows]).toEqual(['utf-16le', 2]);
  });
});

describe('a BOM that disagrees with the bytes', () => {
  it.each([
    ['UTF-16LE', [0xff, 0xfe]],
    ['UTF-16BE', [0xfe, 0xff]],
  ])('a UTF-8 file behind a %s BOM is read as UTF-8, and a warning says so plainly', async (name, bom) => {
    const r = await loadBytes('mixed.csv', bytes(bom, utf8(CSV)));
    if (!r.ok) throw new Error(english(r.problem.message));
    const s = r.dataset.summary;
    expect([s.encoding, s.rows, s.kind]).toEqual(['utf-8', 2, 'spend']);
    expect(s.stats.type === 'spend' && s.stats.total).toBe(150);
    expect(s.warnings.map(english)).toEqual([`The file starts with a ${name} byte-order mark, but its bytes are UTF-8 text, so it was read as UTF-8. Check a few names with letters like ä or ö; save the file again as CSV UTF-8 to be sure.`]);
  });
});

describe('a UTF-8 BOM in front of UTF-16 bytes', () => {
  it('reads the UTF-16 text, and a warning says so plainly', async () => {
    const r = await loadBytes('mixed.csv', bytes([0xef, 0xbb, 0xbf], utf16(CSV, 'le')));
    if (!r.ok) throw new Error(english(r.problem.message));
    const s = r.dataset.summary;
    expect([s.encoding, s.rows, s.kind]).toEqual(['utf-16le', 2, 'spend']);
    expect(s.stats.type === 'spend' && s.stats.total).toBe(150);
    expect(s.warnings.map(english)).toEqual(['The file starts with a UTF-8 byte-order mark, but its bytes are UTF-16LE text, so it was read as UTF-16LE. Check a few names with letters like ä or ö; save the file again as CSV UTF-8 to be sure.']);
  });
});

describe('a NUL byte inside a cell', () => {
  it('is a cell problem in its row and column, not a binary file', async () => {
    const r = await loadBytes('nul.csv', utf8('date,channel,spend\n2025-01-06,Sea\u0000rch,100\n2025-01-13,Email,50\n'));
    if (!r.ok) throw new Error(english(r.problem.message));
    const s = r.dataset.summary;
    expect([s.kind, s.rows]).toEqual(['spend', 2]);
    expect(s.issues.first).toEqual([{ row: 2, column: 'channel', value: 'Sea\u2400rch', reason: 'nul_character' }]);
    // The NUL is removed from the cell; the row is kept.
    expect(s.stats.type === 'spend' && s.stats.channels.map((c) => c.name).sort()).toEqual(['Email', 'Search']);
  });

  it('a file full of NUL bytes is still binary', async () => {
    expect(problemOf(await loadBytes('blob.csv', Uint8Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0 : 0x41 + (i % 7)))))[0]).toBe('binary');
  });
});
