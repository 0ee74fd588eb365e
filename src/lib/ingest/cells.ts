// Raw cells stored as columns: a column that repeats itself (channels, sources, flags, campaigns, journey ids)
// keeps each distinct string once and an Int32Array of codes; a column of mostly distinct values (timestamps,
// row ids, free text) keeps its strings as they came. Parquet and Arrow fall back from dictionary to plain
// pages the same way. No object or array per row survives the parse.

import type { CellColumn } from '../types';

export type { CellColumn };

/** The raw text of row r. */
export function cellAt(col: CellColumn, r: number): string {
  return col.codes ? col.values[col.codes[r]] : col.values[r];
}

/** A column stays dictionary-encoded while its distinct values are at most this share of its rows... */
const DISTINCT_SHARE = 0.5;
/** ...once it has this many: short columns are always encoded (the choice only matters for big files). */
const DECIDE_AFTER = 1024;

/** Dictionaries up to this size are searched by scanning instead of hashing. */
const SCAN_LIMIT = 8;

/** Appends cells to one column, dictionary-encoded until the values turn out to be mostly distinct. */
export class CellColumnBuilder {
  #codes = new Int32Array(1024);
  #index: Map<string, number> | null = new Map();
  #values: string[] = [];
  #length = 0;

  push(s: string): void {
    const index = this.#index;
    if (index === null) {
      this.#values.push(s);
      this.#length++;
      return;
    }
    let code = this.#lookup(s, index);
    if (code === undefined) {
      code = this.#values.length;
      if (code >= DECIDE_AFTER && code > DISTINCT_SHARE * this.#length) {
        this.#toPlain();
        this.#values.push(s);
        this.#length++;
        return;
      }
      this.#values.push(s);
      index.set(s, code);
    }
    if (this.#length === this.#codes.length) {
      const grown = new Int32Array(this.#codes.length * 2);
      grown.set(this.#codes);
      this.#codes = grown;
    }
    this.#codes[this.#length++] = code;
  }

  /**
   * The code of `s`. Cheaper paths first: the previous row's value (ids repeat in runs), then a scan of a
   * small dictionary (string comparison fails on the length or first character long before a hash is made).
   */
  #lookup(s: string, index: Map<string, number>): number | undefined {
    const values = this.#values;
    const n = this.#length;
    if (n > 0) {
      const last = this.#codes[n - 1];
      if (values[last] === s) return last;
    }
    if (values.length <= SCAN_LIMIT) {
      for (let i = 0; i < values.length; i++) if (values[i] === s) return i;
      return undefined;
    }
    return index.get(s);
  }

  #toPlain(): void {
    const dict = this.#values;
    const plain = new Array<string>(this.#length);
    for (let r = 0; r < this.#length; r++) plain[r] = dict[this.#codes[r]];
    this.#values = plain;
    this.#index = null;
    this.#codes = new Int32Array(0);
  }

  /**
   * Appends a column built by another builder (one part of a file read by another worker), with the same result
   * as pushing its cells one by one. A dictionary-encoded part costs one pass over its codes: its values are met in
   * the order of their first rows, so the dictionary, and the moment it would give up for plain strings, follow
   * from each value's first row alone.
   */
  append(col: CellColumn): void {
    const n = col.codes ? col.codes.length : col.values.length;
    if (this.#index === null) {
      // Plain already: every cell is pushed as it is, in one loop without push()'s checks.
      const values = this.#values;
      if (col.codes) for (let r = 0; r < n; r++) values.push(col.values[col.codes[r]]);
      else for (let r = 0; r < n; r++) values.push(col.values[r]);
      this.#length += n;
      return;
    }
    if (!col.codes) {
      for (let r = 0; r < n; r++) this.push(col.values[r]);
      return;
    }
    const codes = col.codes;
    const first = new Int32Array(col.values.length).fill(-1);
    for (let r = 0; r < n; r++) if (first[codes[r]] < 0) first[codes[r]] = r;
    const remap = new Int32Array(col.values.length);
    const index = this.#index;
    for (let c = 0; c < col.values.length; c++) {
      const s = col.values[c];
      let code = index.get(s);
      if (code === undefined) {
        code = this.#values.length;
        if (code >= DECIDE_AFTER && code > DISTINCT_SHARE * (this.#length + first[c])) {
          // This value turns the column plain in push(), before its row is added: the rest goes in as strings.
          this.#toPlain();
          for (let r = 0; r < n; r++) this.#values.push(col.values[codes[r]]);
          this.#length += n;
          return;
        }
        this.#values.push(s);
        index.set(s, code);
      }
      remap[c] = code;
    }
    if (this.#length + n > this.#codes.length) {
      const grown = new Int32Array(Math.max(this.#codes.length * 2, this.#length + n));
      grown.set(this.#codes.subarray(0, this.#length));
      this.#codes = grown;
    }
    const out = this.#codes;
    for (let r = 0, at = this.#length; r < n; r++) out[at + r] = remap[codes[r]];
    this.#length += n;
  }

  /**
   * A builder holding a finished column already, as if its cells had been pushed one by one: a column a builder
   * made is kept as it is (its dictionary is in order of first rows, and it went plain where push() would), so
   * the first part of a file costs no lookup when the parts are joined. Joining the 8 columns of the 1M-row bench
   * file's two parts took 90 ms this way, 120–160 ms through append() (a run of 5, on a loaded machine).
   */
  static from(col: CellColumn): CellColumnBuilder {
    const b = new CellColumnBuilder();
    b.#values = col.values.slice();
    if (col.codes === null) {
      b.#index = null;
      b.#codes = new Int32Array(0);
      b.#length = col.values.length;
      return b;
    }
    const index = b.#index as Map<string, number>;
    for (let c = 0; c < col.values.length; c++) index.set(col.values[c], c);
    b.#codes = col.codes.length > 0 ? col.codes.slice() : new Int32Array(1024);
    b.#length = col.codes.length;
    return b;
  }

  get length(): number {
    return this.#length;
  }

  /** The column as built; the builder must not be used afterwards. */
  finish(): CellColumn {
    if (this.#index === null) return { codes: null, values: this.#values };
    return { codes: this.#codes.slice(0, this.#length), values: this.#values };
  }
}

/** A column from an array of strings (tests, small tables). */
export function cellColumn(values: readonly string[]): CellColumn {
  const b = new CellColumnBuilder();
  for (const v of values) b.push(v);
  return b.finish();
}

/** Columns of consecutive parts of one file as one column, as if one builder had read every cell. */
export function joinColumns(parts: readonly CellColumn[]): CellColumn {
  if (parts.length === 1) return parts[0];
  const b = CellColumnBuilder.from(parts[0]);
  for (let k = 1; k < parts.length; k++) b.append(parts[k]);
  return b.finish();
}
