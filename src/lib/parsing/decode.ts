import type { Decoded, Encoding } from '../types';
import { textDecoder } from './text-decoder';
import { decodeWindows1252 } from './windows-1252';
import { sniffUtf16 } from './utf16';

export { sniffBinary } from './binary';

interface Bom {
  encoding: Encoding;
  length: number;
}

/** Excel recognises encodings by BOM only (FORMATS.md), so we do the same before guessing. */
function sniffBom(bytes: Uint8Array): Bom | null {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

function decodeAs(bytes: Uint8Array, encoding: Encoding): string {
  if (encoding === 'windows-1252') return decodeWindows1252(bytes);
  // ignoreBOM: the decoder keeps U+FEFF and stripBom removes it, so every encoding takes the same route.
  return textDecoder(encoding, { ignoreBOM: true }).decode(bytes);
}

/**
 * Removes U+FEFF at the start of the text and of every line. Files re-saved by several tools can start with more
 * than one, and two exports joined into one file (`cat a.csv b.csv`) carry the second file's BOM at a line start,
 * where it would glue itself invisibly to the first cell (`\uFEFFcontact_id` is not `contact_id`).
 */
function stripBom(text: string): string {
  let i = 0;
  while (i < text.length && text.charCodeAt(i) === 0xfeff) i++;
  const body = i === 0 ? text : text.slice(i);
  return body.indexOf('\uFEFF') < 0 ? body : body.replace(/([\r\n])\uFEFF+/g, '$1');
}

/**
 * Decodes file bytes to text. A BOM decides the encoding; without one, NUL bytes in the places UTF-16 text has them
 * mean UTF-16 (ASCII in UTF-16 is also valid UTF-8, so this comes first); otherwise the bytes are read as strict UTF-8
 * and, when that fails, as Windows-1252 (what Excel "CSV (Comma delimited)" writes in Western locales).
 * `override` forces an encoding (a BOM is still skipped). `bom` is true when a BOM decided, or agreed with, the encoding.
 */
export function decode(bytes: Uint8Array, override?: Encoding): Decoded {
  const bom = sniffBom(bytes);
  const body = bom ? bytes.subarray(bom.length) : bytes;
  if (override) return { text: stripBom(decodeAs(body, override)), encoding: override, bom: bom?.encoding === override };
  if (bom) return { text: stripBom(decodeAs(body, bom.encoding)), encoding: bom.encoding, bom: true };
  const utf16 = sniffUtf16(body);
  if (utf16) return { text: stripBom(decodeAs(body, utf16)), encoding: utf16, bom: false };
  let text: string;
  try {
    text = textDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    return { text: stripBom(decodeWindows1252(body)), encoding: 'windows-1252', bom: false };
  }
  return { text: stripBom(text), encoding: 'utf-8', bom: false };
}
