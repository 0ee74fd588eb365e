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

/** Forgets every remembered mapping and saved weight preset. */
export function forgetRemembered(): void {
  try {
    localStorage.removeItem(KEY);
    localStorage.removeItem('mittari.presets.v1');
  } catch {
    // Nothing stored, or storage disabled.
  }
}
