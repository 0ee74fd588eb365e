// Channel names that differ only in case, spacing or the usual UTM spellings (`google ads`, `Google Ads`, `google_ads`,
// `google / cpc`): found here, offered for merging, and merged by an alias map the user chose.

/** Paid media of a UTM medium: `google / cpc` is Google's ads, `google / organic` is not. */
const PAID = /^(?:cpc|ppc|cpm|cpv|paid|paid ?search|paid ?social|display|ads?)$/;

/**
 * The key two spellings of one name share: lowercase, `_`, `-`, `.` and runs of spaces as one space; a source with
 * a paid medium (`google / cpc`) keys as the platform's ads (`google ads`), any other medium is dropped.
 */
export function nameKey(name: string): string {
  const fold = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[_\-.\s]+/g, ' ').trim();
  const cut = name.indexOf('/');
  if (cut < 0) return fold(name);
  const source = fold(name.slice(0, cut)), medium = fold(name.slice(cut + 1));
  return PAID.test(medium) && !/\bads?$/.test(source) ? `${source} ads` : source;
}

/** Groups of two or more distinct names that share a key, each in first-seen order; groups in order too. */
export function nameVariants(names: Iterable<string>): string[][] {
  const groups = new Map<string, string[]>();
  for (const name of names) {
    const key = nameKey(name);
    const group = groups.get(key);
    if (!group) groups.set(key, [name]);
    else if (!group.includes(name)) group.push(name);
  }
  return [...groups.values()].filter((g) => g.length > 1);
}

/** A name as the user chose to call it: its alias, or itself. */
export function aliased(aliases: ReadonlyMap<string, string> | undefined, name: string): string {
  return aliases?.get(name) ?? name;
}
