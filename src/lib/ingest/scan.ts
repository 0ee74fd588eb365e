// One pass over a file's bytes, slice by slice, before it is parsed: the first line over the length limit (as
// overlongLine() in ingest/limits.ts finds it in bytes held whole), and where the file can be cut into parts for
// the parse workers: at a line break outside quotes, so no record is split.
//
// Cuts are found on bytes, which works for UTF-8 and Windows-1252: the quote, the delimiters and the line breaks
// are ASCII bytes that never occur inside another character. They are only trusted in a file whose quotes are all
// regular, as RFC 4180 writes them: a quote opens a cell at its start, `""` is a quote inside it, and the closing
// quote is followed by a delimiter or a line break. There, a line break is a record's end exactly when it lies
// outside quotes, for papaparse as for us. Any other quote (`5" screen`, a quote that never closes) and the file is
// read in one part, which is always right.
import type { ByteSource } from './source';
import type { PartHooks } from './part';
import { SLICE_BYTES } from './source';
import { LineLengths } from './line-lengths';

const QUOTE = 34;
const LF = 10;
const CR = 13;
/** The last byte of a UTF-8 byte-order mark (EF BB BF). */
const BOM_END = 0xbf;

export interface ScanOptions {
  /** The longest line allowed, in bytes. */
  limit: number;
  /** Where to look for cuts: from this byte on (a line start), a cut at the first line break at or after each target. */
  cuts?: { from: number; delimiter: string; targets: readonly number[] };
  /** Bytes per slice read. */
  sliceBytes?: number;
}

export interface ScanResult {
  /** The first line longer than the limit, with its 1-based number. */
  long: { bytes: number; line: number } | null;
  /** Byte offsets of the LF bytes to cut at, in order; null when the file must be read in one part. */
  cuts: number[] | null;
  /** A Cancel stopped the scan. */
  cancelled: boolean;
}

/** Reads the whole source once, a slice at a time; `hooks` as a part's (progress in bytes, a Cancel between slices). */
export async function scanSource(source: ByteSource, options: ScanOptions, hooks: PartHooks = {}): Promise<ScanResult> {
  const lines = new LineLengths(options.limit);
  const cutter = options.cuts ? new Cutter(options.cuts, source.size) : null;
  const step = options.sliceBytes ?? SLICE_BYTES;
  // A pause every 16 MiB: the scan is fast (native searches), and a pause costs a macrotask.
  const pauseEvery = Math.max(1, Math.round((16 << 20) / step));
  for (let at = 0, n = 1; at < source.size; at += step, n++) {
    const bytes = await source.read(at, Math.min(source.size, at + step));
    const long = lines.push(bytes);
    if (long) return { long, cuts: null, cancelled: false };
    cutter?.push(bytes, at);
    if (n % pauseEvery === 0) {
      hooks.onProgress?.(at + bytes.length, 0);
      await hooks.pause?.();
      if (hooks.isCancelled?.()) return { long: null, cuts: null, cancelled: true };
    }
  }
  return { long: lines.end(), cuts: cutter ? cutter.result() : null, cancelled: false };
}

/** Finds the cut points while checking that every quote is regular. */
class Cutter {
  #from: number;
  #delimiter: number;
  #targets: readonly number[];
  #size: number;
  #next = 0;
  #cuts: number[] = [];
  #inQuote = false;
  /** A quote was the last byte of the previous slice, inside a quoted cell: the next byte says what it was. */
  #quoteAtEnd = false;
  /** The byte before the current slice (the scan starts at a line start). */
  #prev = LF;
  /** Where the part being cut starts. */
  #partStart: number;
  #irregular = false;

  constructor(cuts: NonNullable<ScanOptions['cuts']>, size: number) {
    this.#from = cuts.from;
    this.#delimiter = cuts.delimiter.charCodeAt(0);
    this.#targets = cuts.targets;
    this.#size = size;
    this.#partStart = cuts.from;
  }

  /** True for the bytes that may follow a closing quote, or come before an opening one. */
  #edge(c: number): boolean {
    return c === this.#delimiter || c === LF || c === CR;
  }

  push(b: Uint8Array, offset: number): void {
    const n = b.length;
    if (this.#irregular || offset + n <= this.#from) return;
    let i = Math.max(0, this.#from - offset);
    if (this.#quoteAtEnd) {
      this.#quoteAtEnd = false;
      if (b[0] === QUOTE) i = 1; // "" inside the cell
      else if (this.#edge(b[0])) this.#inQuote = false;
      else return this.#fail();
    }
    while (i < n) {
      const q = b.indexOf(QUOTE, i);
      if (this.#inQuote) {
        if (q < 0) break;
        if (q === n - 1) {
          this.#quoteAtEnd = true;
          break;
        }
        if (b[q + 1] === QUOTE) {
          i = q + 2;
          continue;
        }
        if (!this.#edge(b[q + 1])) return this.#fail();
        this.#inQuote = false;
        i = q + 1;
        continue;
      }
      this.#cutIn(b, offset, i, q < 0 ? n : q);
      if (q < 0) break;
      if (!this.#edge(q > 0 ? b[q - 1] : this.#prev)) return this.#fail();
      this.#inQuote = true;
      i = q + 1;
    }
    this.#prev = b[n - 1];
  }

  /** Cuts at the line breaks of [i, end), which lies outside quotes. */
  #cutIn(b: Uint8Array, offset: number, i: number, end: number): void {
    const targets = this.#targets;
    while (this.#next < targets.length) {
      const s = Math.max(i, targets[this.#next] - offset);
      if (s >= end) return;
      const nl = b.indexOf(LF, s);
      if (nl < 0 || nl >= end) return;
      const at = offset + nl;
      const before = nl > 0 ? b[nl - 1] : this.#prev;
      // Neither side of a cut may be empty: papaparse reads an empty text as no record at all. Nor is a cut made
      // after a BOM's last byte: '\r', BOM, '\n' is one line end once the BOM is removed from the text.
      if (before !== BOM_END && at - (before === CR ? 1 : 0) > this.#partStart && at + 1 < this.#size) {
        this.#cuts.push(at);
        this.#partStart = at + 1;
        while (this.#next < targets.length && targets[this.#next] <= at) this.#next++;
      }
      i = nl + 1;
    }
  }

  #fail(): void {
    this.#irregular = true;
  }

  /** The cuts; null when a quote was irregular or never closed. */
  result(): number[] | null {
    return this.#irregular || this.#inQuote || this.#quoteAtEnd ? null : this.#cuts;
  }
}
