import { describe, expect, it } from 'vitest';
import { decode, sniffBinary } from '../../../src/lib/parsing/decode';
import { bytes, utf16, utf8 } from './helpers';

const TEXT = 'Kanava;Kulut\nHaku;1 234,56 €\n';

describe('decode()', () => {
  it.each([
    ['utf-8', bytes([0xef, 0xbb, 0xbf], utf8(TEXT))],
    ['utf-16le', bytes([0xff, 0xfe], utf16(TEXT, 'le'))],
    ['utf-16be', bytes([0xfe, 0xff], utf16(TEXT, 'be'))],
  ] as const)('reads a %s file by its byte-order mark and drops the mark', (encoding, data) => {
    expect(decode(data)).toEqual({ text: TEXT, encoding, bom: true });
  });

  it('reads BOM-less valid UTF-8 as UTF-8', () => {
    expect(decode(utf8('Päivä;Kulut €\n'))).toEqual({ text: 'Päivä;Kulut €\n', encoding: 'utf-8', bom: false });
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8 (Excel "CSV (Comma delimited)")', () => {
    // "Päivä;Kulut €\nSähköposti;12,50\n" as Windows-1252: ä = E4, ö = F6, € = 80.
    const data = bytes(
      [0x50, 0xe4, 0x69, 0x76, 0xe4, 0x3b, 0x4b, 0x75, 0x6c, 0x75, 0x74, 0x20, 0x80, 0x0a],
      [0x53, 0xe4, 0x68, 0x6b, 0xf6, 0x70, 0x6f, 0x73, 0x74, 0x69, 0x3b, 0x31, 0x32, 0x2c, 0x35, 0x30, 0x0a],
    );
    expect(decode(data)).toEqual({ text: 'Päivä;Kulut €\nSähköposti;12,50\n', encoding: 'windows-1252', bom: false });
  });

  it('maps every Windows-1252 byte from 0x80 to 0x9F by the WHATWG table', () => {
    const data = bytes([0xff], Array.from({ length: 32 }, (_, i) => 0x80 + i)); // 0xFF makes it invalid UTF-8
    expect(decode(data).text).toBe('ÿ€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ');
  });

  it('decodes with the override encoding and still skips a byte-order mark', () => {
    expect(decode(bytes([0xef, 0xbb, 0xbf], utf8('a,b')), 'utf-8')).toEqual({ text: 'a,b', encoding: 'utf-8', bom: true });
    expect(decode(utf8('Päivä'), 'windows-1252')).toEqual({ text: 'PÃ¤ivÃ¤', encoding: 'windows-1252', bom: false });
    expect(decode(bytes([0xef, 0xbb, 0xbf], utf8('a')), 'windows-1252').text).toBe('a');
  });

  it('strips leading U+FEFF characters left by tools that saved the file twice', () => {
    expect(decode(bytes([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf], utf8('a,b'))).text).toBe('a,b');
    expect(decode(utf8('\uFEFFa,b')).text).toBe('a,b');
  });

  it('returns empty text for an empty file', () => {
    expect(decode(new Uint8Array(0))).toEqual({ text: '', encoding: 'utf-8', bom: false });
  });

  it('does not modify the input bytes', () => {
    const data = bytes([0xff, 0xfe], utf16(TEXT, 'le'));
    const copy = data.slice();
    decode(data);
    decode(data, 'windows-1252');
    expect(data).toEqual(copy);
  });
});

describe('sniffBinary()', () => {
  it.each([
    ['a zip (xlsx)', [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00], 'an Excel workbook or ZIP archive (.xlsx/.zip)'],
    ['an OLE file (xls)', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 'an old Excel workbook (.xls)'],
    ['a PDF', Array.from(utf8('%PDF-1.7\n')), 'a PDF'],
    ['a PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'an image'],
    ['a JPEG', [0xff, 0xd8, 0xff, 0xe0], 'an image'],
    ['a GIF', Array.from(utf8('GIF89a')), 'an image'],
    ['NUL bytes without a BOM', [0x61, 0x00, 0x62, 0x00], 'a binary file'],
    ['mostly control bytes', [1, 2, 3, 4, 5, 6, 0x61, 7, 8], 'a binary file'],
  ])('names %s', (_, data, expected) => {
    expect(sniffBinary(Uint8Array.from(data))).toBe(expected);
  });

  it.each([
    ['UTF-8 text', utf8('a,b\r\n1,2\r\n')],
    ['UTF-8 text with a BOM', bytes([0xef, 0xbb, 0xbf], utf8('a;b\n'))],
    ['UTF-16LE text with a BOM (Excel Unicode text)', bytes([0xff, 0xfe], utf16('a\tb\n', 'le'))],
    ['UTF-16BE text with a BOM', bytes([0xfe, 0xff], utf16('a\tb\n', 'be'))],
    ['Windows-1252 text', Uint8Array.from([0x50, 0xe4, 0x69, 0x76, 0xe4, 0x3b, 0x80])],
    ['an empty file', new Uint8Array(0)],
  ])('returns null for %s', (_, data) => {
    expect(sniffBinary(data)).toBeNull();
  });
});
