import type { Decoded, Encoding } from '../types';
import { textDecoder } from './text-decoder';
import { decodeWindows1252 } from './windows-1252';
import { sniffUtf16 } from './utf16';

export { sniffBinary } from './binary';

interface Bom {
  encoding: Encoding;
  length: number;
}

/** 'little-endian' or 'big-endian' when the bytes start with a UTF-32 BOM (checked before UTF-16's FF FE). */
export function sniffUtf32(bytes: Uint8Array): 'little-endian' | 'big-endian' | null {
  if (bytes.length < 4) return null;
  if (bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) return 'little-endian';
  if (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff) return 'big-endian';
  return null;
}

/**
 * A BOM that disagrees with the bytes (UTF-8 bytes behind a UTF-16 BOM, UTF-16 bytes behind a UTF-8 BOM) loses:
 * the bytes are read as what they are, and `bomClaimed` lets the loader say so.
 *
 * True when bytes behind a UTF-16 BOM are not UTF-16: CSV in UTF-16 has a NUL byte in every ASCII delimiter,
 * digit and line break, so a probe without one, which also reads as strict UTF-8, is UTF-8 behind a stray BOM.
 */
function utf8BehindUtf16Bom(body: Uint8Array, bodyLength = body.length): boolean {
  const probe = body.subarray(0, 8192);
  if (probe.length < 2 || probe.includes(0)) return false;
  try {
    textDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(probe.length < bodyLength ? trimPartial(probe) : probe);
    return true;
  } catch {
    return false;
  }
}

/** The probe without a UTF-8 sequence cut at its end (up to 3 continuation bytes and their lead byte). */
function trimPartial(probe: Uint8Array): Uint8Array {
  let end = probe.length;
  for (let k = 0; k < 3 && end > 0 && (probe[end - 1] & 0xc0) === 0x80; k++) end--;
  if (end > 0 && probe[end - 1] >= 0xc0) end--;
  return probe.subarray(0, end);
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
  if (bom && bom.encoding !== 'utf-8' && utf8BehindUtf16Bom(body)) {
    return { text: stripBom(decodeAs(body, 'utf-8')), encoding: 'utf-8', bom: false, bomClaimed: bom.encoding };
  }
  const utf16Body = bom?.encoding === 'utf-8' ? sniffUtf16(body) : null;
  if (utf16Body) return { text: stripBom(decodeAs(body, utf16Body)), encoding: utf16Body, bom: false, bomClaimed: 'utf-8' };
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

/** What decode() decides from a file's first bytes, for a file read in slices. */
export interface EncodingChoice {
  encoding: Encoding;
  /** Bytes of the byte-order mark skipped at the start. */
  bomLength: number;
  bom: boolean;
  bomClaimed?: Encoding;
  /**
   * UTF-8 guessed without a BOM: the bytes must all be UTF-8 (strict), and when some are not, the file is
   * Windows-1252, as decode() reads it.
   */
  strict: boolean;
}

/**
 * decode()'s choice from the first bytes of a file of `size` bytes (`head` is its first few MiB; the probes read at
 * most 8 KiB). A guess of UTF-8 that the head already disproves is Windows-1252 at once.
 */
export function chooseEncoding(head: Uint8Array, size: number, override?: Encoding): EncodingChoice {
  const bom = sniffBom(head);
  const bomLength = bom ? bom.length : 0;
  const body = head.subarray(bomLength);
  if (override) return { encoding: override, bomLength, bom: bom?.encoding === override, strict: false };
  if (bom && bom.encoding !== 'utf-8' && utf8BehindUtf16Bom(body, size - bomLength)) {
    return { encoding: 'utf-8', bomLength, bom: false, bomClaimed: bom.encoding, strict: false };
  }
  const utf16Body = bom?.encoding === 'utf-8' ? sniffUtf16(body) : null;
  if (utf16Body) return { encoding: utf16Body, bomLength, bom: false, bomClaimed: 'utf-8', strict: false };
  if (bom) return { encoding: bom.encoding, bomLength, bom: true, strict: false };
  const utf16 = sniffUtf16(body);
  if (utf16) return { encoding: utf16, bomLength: 0, bom: false, strict: false };
  try {
    textDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body.length < size ? trimPartial(body) : body);
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    return WINDOWS_1252;
  }
  return { encoding: 'utf-8', bomLength: 0, bom: false, strict: true };
}

/** What decode() falls back to when the bytes are not UTF-8. */
export const WINDOWS_1252: EncodingChoice = { encoding: 'windows-1252', bomLength: 0, bom: false, strict: false };

/**
 * The text of a file's first bytes as decode() gives the whole file's start: BOMs removed, line ends as they are.
 * A character cut at the end of `head` is left out unless `head` is the whole file.
 */
export function decodeHead(head: Uint8Array, choice: EncodingChoice, whole: boolean): string {
  const body = head.subarray(choice.bomLength);
  if (choice.encoding === 'windows-1252') return stripBom(decodeWindows1252(body));
  return stripBom(textDecoder(choice.encoding, { ignoreBOM: true }).decode(body, { stream: !whole }));
}
