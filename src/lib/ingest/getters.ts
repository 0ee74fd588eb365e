// Per-row readers of typed role columns: undefined for an empty cell or an unmapped role.
import type { ColumnRole } from '../types';
import type { RoleColumns, TypedColumn } from './columns';

export type Getter<T> = (r: number) => T | undefined;

/** Trimmed cell text, undefined when empty. trim() only when an end is white space: most cells are clean. */
function clean(raw: string): string | undefined {
  const v = raw.length > 0 && (raw.charCodeAt(0) <= 32 || raw.charCodeAt(raw.length - 1) <= 32) ? raw.trim() : raw;
  return v === '' ? undefined : v;
}

/**
 * `fn` of a role's trimmed cell text (undefined when empty or unmapped), per row. On a dictionary-encoded column
 * `fn` runs once per distinct value, so lookups, case folding and channel grouping cost nothing per row.
 */
export function mapped<T>(cols: RoleColumns, role: ColumnRole, fn: (v: string | undefined) => T): (r: number) => T {
  const c = cols.byRole.get(role);
  if (!c || c.type !== 'text') {
    const none = fn(undefined);
    return () => none;
  }
  const { codes, values } = c.cells;
  if (codes) {
    const byValue = values.map((v) => fn(clean(v)));
    return (r) => byValue[codes[r]];
  }
  return (r) => fn(clean(values[r]));
}

/** Trimmed text of a role's cell; undefined when empty or unmapped. */
export function text(cols: RoleColumns, role: ColumnRole): Getter<string> {
  return mapped(cols, role, (v) => v);
}

/** A number or date (ms UTC) cell; undefined when empty or unmapped. */
export function num(cols: RoleColumns, role: ColumnRole): Getter<number> {
  const c: TypedColumn | undefined = cols.byRole.get(role);
  if (!c || (c.type !== 'number' && c.type !== 'date')) return () => undefined;
  return (r) => (Number.isNaN(c.values[r]) ? undefined : c.values[r]);
}

/** A flag cell; undefined when empty, open or unmapped. */
export function flag(cols: RoleColumns, role: ColumnRole): Getter<boolean> {
  const c = cols.byRole.get(role);
  if (!c || c.type !== 'flag') return () => undefined;
  return (r) => (c.values[r] === -1 ? undefined : c.values[r] === 1);
}
