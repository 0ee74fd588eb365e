// Dictionary encoding: strings -> small integers in order of first appearance.

/** Encodes strings to indices into `values`, adding new ones at the end. */
export class Dictionary {
  readonly values: string[] = [];
  readonly #index = new Map<string, number>();

  /** The index of `s`, added when new. */
  code(s: string): number {
    let i = this.#index.get(s);
    if (i === undefined) {
      i = this.values.length;
      this.values.push(s);
      this.#index.set(s, i);
    }
    return i;
  }
}
