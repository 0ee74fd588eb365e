// Per-row readers of typed role columns: undefined for an empty cell or an unmapped role.
import type { ColumnRole } from '../types';
import type { RoleColumns, TypedColumn } from './columns';

export type Getter<T> = (r: number) => T | undefined;

/** Trimmed text of a role's cell; undefined when empty or unmapped. */
export function text(cols: RoleColumns, role: ColumnRole): Getter<string> {
  const c = cols.byRole.get(role);
  if (!c || c.type !== 'text') return () => undefined;
  return (r) => {
    const raw = c.values[r];
    // trim() only when an end is white space: most cells are clean, and this runs per cell on millions of rows.
    const v = raw.length > 0 && (raw.charCodeAt(0) <= 32 || raw.charCodeAt(raw.length - 1) <= 32) ? raw.trim() : raw;
    return v === '' ? undefined : v;
  };
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
