import { readFileSync } from 'node:fs';

/** Text of a fixture in test/fixtures/parsing. */
export function fixture(name: string): string {
  return readFileSync(new URL(`../../fixtures/parsing/${name}`, import.meta.url), 'utf8');
}

/** UTF-8 bytes of a string. */
export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** UTF-16 bytes of a string, in either byte order. */
export function utf16(text: string, order: 'le' | 'be'): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 * i + (order === 'le' ? 0 : 1)] = c & 0xff;
    out[2 * i + (order === 'le' ? 1 : 0)] = c >> 8;
  }
  return out;
}

/** Concatenates byte arrays and plain byte lists. */
export function bytes(...parts: (Uint8Array | number[])[]): Uint8Array {
  return Uint8Array.from(parts.flatMap((p) => Array.from(p)));
}
