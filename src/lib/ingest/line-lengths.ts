// Line lengths over a file read a slice at a time, as overlongLine() (ingest/limits.ts) finds them in bytes held
// whole: used by the scan before a parallel parse (ingest/scan.ts) and by a part read alone (ingest/part.ts).

const LF = 10;
const CR = 13;

/** overlongLine() over slices: lines end at LF; a stretch over the limit is split at CR too (old Mac files). */
export class LineLengths {
  #limit: number;
  /** Line number of the current LF stretch's first piece. */
  #line = 1;
  #stretch = 0;
  /** CRs in the current stretch, and the length of its current CR piece. */
  #crs = 0;
  #piece = 0;
  #endsInCr = false;

  constructor(limit: number) {
    this.#limit = limit;
  }

  /** The first piece over the limit, once it has ended (its whole length is reported, as overlongLine() does). */
  push(b: Uint8Array): { bytes: number; line: number } | null {
    const n = b.length;
    let nextCr = b.indexOf(CR);
    if (nextCr < 0) nextCr = n;
    for (let i = 0; i < n;) {
      let e = b.indexOf(LF, i);
      const lf = e >= 0;
      if (!lf) e = n;
      let pos = i;
      while (nextCr < e) {
        this.#piece += nextCr - pos;
        if (this.#piece > this.#limit) return this.#over();
        this.#crs++;
        this.#piece = 0;
        pos = nextCr + 1;
        nextCr = b.indexOf(CR, pos);
        if (nextCr < 0) nextCr = n;
      }
      this.#piece += e - pos;
      if (e > i) this.#endsInCr = b[e - 1] === CR;
      this.#stretch += e - i;
      if (!lf) break;
      if (this.#piece > this.#limit) return this.#over();
      this.#line += this.#stretch > this.#limit ? this.#crs + (this.#endsInCr ? 0 : 1) : 1;
      this.#stretch = 0;
      this.#crs = 0;
      this.#piece = 0;
      this.#endsInCr = false;
      i = e + 1;
    }
    return null;
  }

  /** Bytes of the piece being read, not ended yet: over the limit, push() will report it once it ends. */
  get pending(): number {
    return this.#piece;
  }

  /** At the end of the file: its last line. */
  end(): { bytes: number; line: number } | null {
    return this.#piece > this.#limit ? this.#over() : null;
  }

  #over(): { bytes: number; line: number } {
    return { bytes: this.#piece, line: this.#line + this.#crs };
  }
}
