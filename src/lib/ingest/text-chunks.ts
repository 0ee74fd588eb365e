// Bytes -> text, one slice at a time, as decode() reads a whole file (parsing/decode.ts): the same decoder, every
// U+FEFF removed at the start and at the start of every line, and line ends made '\n' (what papaparse is told).
// What decode() does to the whole text is done here across slice edges: a character cut between two slices is
// finished by the decoder's stream mode, a '\r' at a slice's end waits for a possible '\n', and a BOM after a
// line break in the previous slice is still at a line start.
import type { Encoding } from '../types';
import { textDecoder, type TextDecoderLike } from '../parsing/text-decoder';
import { decodeWindows1252 } from '../parsing/windows-1252';

/** Thrown by push() when `strict` UTF-8 meets bytes that are not UTF-8: the loader reads the file again as Windows-1252. */
export class NotUtf8Error extends Error {}

const BOM = 0xfeff;

export class TextChunks {
  #decoder: TextDecoderLike | null;
  #strict: boolean;
  /** True when the next character is at the start of a line (or of the text). */
  #lineStart = true;
  /** A '\r' held back from the previous slice's end. */
  #cr = false;

  /** `strict`: invalid UTF-8 throws NotUtf8Error instead of becoming U+FFFD. */
  constructor(encoding: Encoding, strict = false) {
    this.#strict = strict;
    this.#decoder = encoding === 'windows-1252' ? null : textDecoder(encoding, { fatal: strict, ignoreBOM: true });
  }

  /** The text of the next slice of bytes. */
  push(bytes: Uint8Array): string {
    return this.#normalize(this.#decode(bytes, true), false);
  }

  /** What is left at the end of the bytes (a held '\r', a cut character in lenient mode). */
  end(): string {
    return this.#normalize(this.#decode(new Uint8Array(0), false), true);
  }

  #decode(bytes: Uint8Array, stream: boolean): string {
    if (!this.#decoder) return decodeWindows1252(bytes);
    try {
      return this.#decoder.decode(bytes, { stream });
    } catch (error) {
      if (this.#strict && error instanceof TypeError) throw new NotUtf8Error('not UTF-8');
      throw error;
    }
  }

  #normalize(raw: string, last: boolean): string {
    let text = raw;
    if (this.#lineStart) {
      let i = 0;
      while (i < text.length && text.charCodeAt(i) === BOM) i++;
      if (i > 0) text = text.slice(i);
      // A slice of nothing but BOMs leaves the next one at a line start too.
      if (text.length === 0) return this.#flush(text, last);
    }
    if (text.indexOf('\uFEFF') >= 0) text = text.replace(/([\r\n])\uFEFF+/g, '$1');
    const c = text.charCodeAt(text.length - 1);
    this.#lineStart = c === 10 || c === 13;
    return this.#flush(text, last);
  }

  /** Line ends to '\n', with a '\r' at the very end held until the next slice shows whether '\n' follows. */
  #flush(text: string, last: boolean): string {
    let out = this.#cr ? `\r${text}` : text;
    this.#cr = false;
    if (!last && out.charCodeAt(out.length - 1) === 13) {
      this.#cr = true;
      out = out.slice(0, -1);
    }
    return out.includes('\r') ? out.replace(/\r\n?/g, '\n') : out;
  }
}
