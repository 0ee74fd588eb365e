// Column mappings the user chose, remembered per header set in localStorage (the worker has no localStorage).
import type { RememberedMapping } from '../../lib/ingest/load';

const KEY = 'mittari.mappings.v1';

export function loadRemembered(): Record<string, RememberedMapping> {
  try {
    const raw = localStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as Record<string, RememberedMapping>) : {};
  } catch {
    return {};
  }
}

export function saveRemembered(headerKey: string, mapping: RememberedMapping): void {
  try {
    localStorage.setItem(KEY, JSON.stringify({ ...loadRemembered(), [headerKey]: mapping }));
  } catch {
    // Storage full or disabled (private mode): remembering is a convenience, loading still works.
  }
}

const ALIASES = 'mittari.aliases.v1';

/** Channel names the user merged, as [spelling, name to use] pairs (a list: the names come from files). */
export function loadAliases(): [string, string][] {
  try {
    const raw = localStorage.getItem(ALIASES);
    const list: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(list) ? list.filter((p): p is [string, string] => Array.isArray(p) && typeof p[0] === 'string' && typeof p[1] === 'string') : [];
  } catch {
    return [];
  }
}

/** Remembers that every name of `names` is to be called `into`; returns every merge so far. */
export function saveAliases(names: readonly string[], into: string): [string, string][] {
  const kept = loadAliases().filter(([from]) => !names.includes(from));
  // A name merged before into one of these follows it.
  const moved = kept.map(([from, to]): [string, string] => [from, names.includes(to) ? into : to]);
  const all = [...moved, ...names.filter((n) => n !== into).map((n): [string, string] => [n, into])];
  try {
    localStorage.setItem(ALIASES, JSON.stringify(all));
  } catch {
    // Storage disabled: the merge holds until the page is closed.
  }
  return all;
}

/** Forgets every remembered mapping, merged name and saved weight preset. */
export function forgetRemembered(): void {
  try {
    localStorage.removeItem(KEY);
    localStorage.removeItem(ALIASES);
    localStorage.removeItem('mittari.presets.v1');
  } catch {
    // Nothing stored, or storage disabled.
  }
}
