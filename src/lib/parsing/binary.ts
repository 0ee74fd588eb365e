/**
 * Recognises files that are not text (workbooks, archives, PDFs, images) from their first bytes, so the
 * loader can say "this is an Excel workbook, export it as CSV" instead of showing mojibake.
 */

import { sniffUtf16 } from './utf16';

/** How many leading bytes we inspect: enough for any header, cheap on a 100 MB file. */
const PROBE = 8192;

/** Share of control bytes above which a BOM-less file is called binary (text has almost none). */
const CONTROL_SHARE = 0.1;

/** Share of NUL bytes above which (and above one) a file is binary: one NUL in a cell of a text export is a cell problem. */
const NUL_SHARE = 0.01;

const SIGNATURES: { bytes: number[]; what: string }[] = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'an Excel workbook or ZIP archive (.xlsx/.zip)' },
  { bytes: [0x50, 0x4b, 0x05, 0x06], what: 'an Excel workbook or ZIP archive (.xlsx/.zip)' }, // empty zip
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'an old Excel workbook (.xls)' },
  { bytes: [0x25, 0x50, 0x44, 0x46], what: 'a PDF' }, // %PDF
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'an image' }, // PNG
  { bytes: [0xff, 0xd8, 0xff], what: 'an image' }, // JPEG
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'an image' }, // GIF8
  { bytes: [0x49, 0x49, 0x2a, 0x00], what: 'an image' }, // TIFF, little-endian
  { bytes: [0x4d, 0x4d, 0x00, 0x2a], what: 'an image' }, // TIFF, big-endian
];

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  if (bytes.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[i] !== prefix[i]) return false;
  return true;
}

function isWebp(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && bytes[8] === 0x57 && bytes[9] === 0x45 && bytes[10] === 0x42 && bytes[11] === 0x50;
}

/**
 * Returns null for text, otherwise what the file looks like, worded for a sentence such as
 * "This looks like an old Excel workbook (.xls)". A UTF-16 file is text even though it holds NUL bytes: with a BOM,
 * or without one when its NUL bytes sit where UTF-16 text puts them (see sniffUtf16).
 */
export function sniffBinary(bytes: Uint8Array): string | null {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return null;
  for (const s of SIGNATURES) if (startsWith(bytes, s.bytes)) return s.what;
  if (isWebp(bytes)) return 'an image';
  if (sniffUtf16(bytes)) return null;
  const end = Math.min(bytes.length, PROBE);
  let control = 0, nul = 0;
  for (let i = 0; i < end; i++) {
    const b = bytes[i];
    if (b === 0 && ++nul > Math.max(1, NUL_SHARE * end)) return 'a binary file';
    // Tab, LF, FF, CR and the old DOS end-of-file mark 0x1A occur in real text exports.
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1a) || b === 0x7f) control++;
  }
  return end > 0 && control / end > CONTROL_SHARE ? 'a binary file' : null;
}
