// Folding the smallest categories of a chart into one "Other" (issue 15): a slide carries about a dozen bars, so a
// chart with more keeps the largest and sums the rest. Pure TS, no DOM; names are kept in arrays, never as object
// keys, so a channel called "__proto__" is just a name.

export interface FoldItem {
  name: string;
  /** One value per series (a grouped bar chart's models), or a single value. */
  values: readonly number[];
}

export interface Folded<T extends FoldItem> {
  /** The kept items in their given order, then the "Other" item (values summed per series) when anything was folded. */
  items: (T | FoldItem)[];
  /** Names of the folded items, in their given order. */
  folded: string[];
}

/** Bars a 16:9 slide carries readably (about 12 groups of bars in 1080 px, labels included). */
export const MAX_CATEGORIES = 12;

const size = (it: FoldItem): number => it.values.reduce((s, v) => s + (Number.isFinite(v) ? Math.abs(v) : 0), 0);

/**
 * Keeps the `limit - 1` largest items (by the sum of their absolute values; ties go to the earlier item) in their
 * given order and folds the others into one item named `other` whose values are the folded items' sums per
 * series, so every series' total is preserved. At most `limit` items: returned unchanged. A kept item already named
 * `other` makes the fold's name `other` + " (2)" so names stay unique. Does not mutate its input.
 */
export function foldSmallest<T extends FoldItem>(items: readonly T[], limit: number, other: string): Folded<T> {
  if (!(limit >= 2)) throw new Error(`invalid fold limit: ${limit}`);
  if (items.length <= limit) return { items: [...items], folded: [] };
  const rank = items.map((it, i) => ({ i, s: size(it) })).sort((a, b) => b.s - a.s || a.i - b.i);
  const keep = new Set(rank.slice(0, limit - 1).map((r) => r.i));
  const kept = items.filter((_, i) => keep.has(i));
  const rest = items.filter((_, i) => !keep.has(i));
  const width = Math.max(...items.map((it) => it.values.length));
  const sums = Array.from({ length: width }, (_, k) => rest.reduce((s, it) => s + (Number.isFinite(it.values[k]) ? it.values[k] : 0), 0));
  let name = other;
  for (let n = 2; kept.some((it) => it.name === name); n++) name = `${other} (${n})`;
  return { items: [...kept, { name, values: sums }], folded: rest.map((it) => it.name) };
}
