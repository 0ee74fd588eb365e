// Header cleaning: trimmed names, a name for every column, and duplicates made unique with a warning.
import { msg, type Msg } from '../messages';

export interface CleanHeader {
  names: string[];
  warnings: Msg[];
}

/** Trims header cells, names empty ones `Column N`, and renames repeats `Name (2)`, saying so. Does not mutate. */
export function cleanHeader(header: readonly string[]): CleanHeader {
  const names: string[] = [];
  const warnings: Msg[] = [];
  const seen = new Map<string, number>();
  header.forEach((raw, i) => {
    const base = raw.replace(/^\uFEFF/, '').trim() || `Column ${i + 1}`;
    const key = base.toLowerCase();
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, i);
      names.push(base);
      return;
    }
    let n = 2;
    while (seen.has(`${key} (${n})`)) n++;
    const renamed = `${base} (${n})`;
    seen.set(renamed.toLowerCase(), i);
    names.push(renamed);
    warnings.push(msg('warning.duplicateHeader', { name: base, first: first + 1, second: i + 1, renamed }));
  });
  return { names, warnings };
}
