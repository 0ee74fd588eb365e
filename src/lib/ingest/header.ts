// Header cleaning: trimmed names, a name for every column, and duplicates made unique with a warning.
import { msg, type Msg } from '../messages';

export interface CleanHeader {
  names: string[];
  warnings: Msg[];
}

/** Up to this many repeated names get a warning each; above it, one warning sums them up (a file had 9,999). */
const LISTED_DUPLICATES = 5;

/**
 * Trims header cells, names empty ones `Column N`, and renames repeats `Name (2)`, saying so. Does not mutate.
 * Linear: the next number to try is kept per name, so 10,000 columns named `channel` take ~10 ms, not 32 s.
 */
export function cleanHeader(header: readonly string[]): CleanHeader {
  const names: string[] = [];
  const seen = new Map<string, number>();
  const next = new Map<string, number>();
  const repeats: { name: string; first: number; second: number; renamed: string }[] = [];
  header.forEach((raw, i) => {
    const base = raw.replace(/^\uFEFF/, '').trim() || `Column ${i + 1}`;
    const key = base.toLowerCase();
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, i);
      names.push(base);
      return;
    }
    let n = next.get(key) ?? 2;
    while (seen.has(`${key} (${n})`)) n++;
    next.set(key, n + 1);
    const renamed = `${base} (${n})`;
    seen.set(renamed.toLowerCase(), i);
    names.push(renamed);
    repeats.push({ name: base, first: first + 1, second: i + 1, renamed });
  });
  const warnings = repeats.length <= LISTED_DUPLICATES
    ? repeats.map((r) => msg('warning.duplicateHeader', r))
    : [msg('warning.duplicateHeaders', { count: repeats.length, name: repeats[0].name, column: repeats[0].second, renamed: repeats[0].renamed })];
  return { names, warnings };
}
