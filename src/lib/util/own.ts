// Records keyed by user text (channels, variants, segments, stages). A plain `{}` answers `constructor` and
// `toString` from Object.prototype, and `o['__proto__'] = x` replaces its prototype instead of adding a key; these
// two helpers read and build such records so that every name is an ordinary key.

/** `record[key]` when it is the record's own key, else undefined: never a member of Object.prototype. */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** A record of `entries` in their order; Object.fromEntries defines keys, so `__proto__` is a key like any other. */
export function recordOf<T>(entries: Iterable<readonly [string, T]>): Record<string, T> {
  return Object.fromEntries(entries) as Record<string, T>;
}
