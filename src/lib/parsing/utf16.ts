/**
 * Recognises UTF-16 text that has no byte-order mark (some LinkedIn and "Unicode text" exports re-saved by other
 * tools) from where its NUL bytes sit: Latin text in UTF-16LE has a zero high byte in almost every odd position
 * and almost never in an even one (UTF-16BE the other way round). Without this, the NUL bytes make the file
 * look binary, and as UTF-8 it would decode to text full of U+0000.
 */
import type { Encoding } from '../types';
import { textDecoder } from './text-decoder';

/** Bytes inspected: 4096 code units decide, cheap on any file. */
const PROBE = 8192;
/** Fewer code units than `a,b\n1,2\n` are too few to tell UTF-16 from binary. */
const MIN_UNITS = 8;
/** Share of code units whose high byte is zero: Finnish or English CSV has over 0.9, Cyrillic with ASCII digits about 0.4. */
const HIGH_ZERO = 0.3;
/** Share of code units whose low byte is zero: a NUL there is U+xx00, rare in text. */
const LOW_ZERO = 0.02;
/** Share of control characters (other than tab, LF, CR) above which the decoded probe is not text. */
const CONTROL_SHARE = 0.01;

function isText(sample: string): boolean {
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0xfffd || (c >= 0xd800 && c <= 0xdfff)) control++;
  }
  return sample.length > 0 && control / sample.length <= CONTROL_SHARE;
}

/** 'utf-16le' or 'utf-16be' when BOM-less bytes look like UTF-16 text, otherwise null. Does not read past 8 KiB. */
export function sniffUtf16(bytes: Uint8Array): Extract<Encoding, 'utf-16le' | 'utf-16be'> | null {
  const units = Math.floor(Math.min(bytes.length, PROBE) / 2);
  if (units < MIN_UNITS) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < units; i++) {
    if (bytes[2 * i] === 0) evenZero++;
    if (bytes[2 * i + 1] === 0) oddZero++;
  }
  const guess = oddZero / units >= HIGH_ZERO && evenZero / units <= LOW_ZERO ? 'utf-16le'
    : evenZero / units >= HIGH_ZERO && oddZero / units <= LOW_ZERO ? 'utf-16be' : null;
  if (!guess) return null;
  // A binary format full of 16-bit integers can show the same pattern; its decoded text is full of controls.
  const sample = textDecoder(guess, { ignoreBOM: true }).decode(bytes.subarray(0, units * 2));
  return isText(sample) ? guess : null;
}
