// Rows written as comma-separated UTF-8 bytes: how a workbook sheet or a Parquet file joins the CSV pipeline, so
// detection, mapping memory and column types work as for any CSV file. Encoded a megabyte at a time, so no
// string ever holds the whole table (V8's longest string is about 512 M characters).

const FLUSH_CHARS = 1 << 20;

/** One CSV field: quoted when it holds a comma, a quote or a line break. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Collects rows as CSV bytes; stops (full = true) once more than `limit` bytes were written. */
export class CsvBytes {
  #parts: Uint8Array[] = [];
  #pending: string[] = [];
  #pendingChars = 0;
  #bytes = 0;
  #encoder = new TextEncoder();
  full = false;

  constructor(readonly limit: number) {}

  /** Adds one row (an empty array is an empty line); false once the limit is passed. */
  push(cells: readonly string[]): boolean {
    if (this.full) return false;
    const line = cells.length === 0 ? '\n' : `${cells.map(csvField).join(',')}\n`;
    this.#pending.push(line);
    this.#pendingChars += line.length;
    if (this.#pendingChars >= FLUSH_CHARS) this.#flush();
    return !this.full;
  }

  #flush(): void {
    if (this.#pending.length === 0) return;
    const bytes = this.#encoder.encode(this.#pending.join(''));
    this.#pending = [];
    this.#pendingChars = 0;
    this.#bytes += bytes.length;
    if (this.#bytes > this.limit) {
      this.full = true;
      this.#parts = [];
      return;
    }
    this.#parts.push(bytes);
  }

  /** The CSV bytes written, or null when the limit was passed. */
  bytes(): Uint8Array | null {
    this.#flush();
    if (this.full) return null;
    const out = new Uint8Array(this.#bytes);
    let at = 0;
    for (const p of this.#parts) { out.set(p, at); at += p.length; }
    this.#parts = [];
    return out;
  }
}
