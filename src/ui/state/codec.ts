// A view's settings in the page address, one named entry per setting ("attr.level=campaign&attr.order=2"), typed
// by a field per setting. Settings at their default are left out, so links stay short. Links written before
// this codec kept the settings positionally in one entry ("attr=campaign,3,,2,value,linear"); those still open.

/** How one setting reads from and writes to text. `parse` gives undefined for text it does not accept. */
export interface Field<V> {
  parse(text: string): V | undefined;
  format(value: V): string;
}

/** One of a few words. */
export function oneOf<V extends string>(values: readonly V[]): Field<V> {
  return { parse: (t) => ((values as readonly string[]).includes(t) ? (t as V) : undefined), format: (v) => v };
}

/** One of a few whole numbers. */
export function oneOfNumbers<V extends number>(values: readonly V[]): Field<V> {
  return { parse: (t) => values.find((v) => String(v) === t), format: (v) => String(v) };
}

/** A number that passes `ok` (blank text is no number). */
export function numberWhere(ok: (n: number) => boolean): Field<number> {
  return {
    parse: (t) => {
      const n = Number(t);
      return t.trim() !== '' && Number.isFinite(n) && ok(n) ? n : undefined;
    },
    format: (n) => String(n),
  };
}

/** A setting that can be switched off (null), written as empty text. */
export function orNone<V>(field: Field<V>): Field<V | null> {
  return { parse: (t) => (t === '' ? null : field.parse(t)), format: (v) => (v === null ? '' : field.format(v)) };
}

export type Fields<T> = { [K in keyof T]: Field<T[K]> };

export interface HashCodec<T> {
  /** The defaults with every valid setting found in `params` (named, or else the old positional entry). */
  read(params: URLSearchParams): T;
  /** The hash entries for `settings`: null (removed) at the default, and the old positional entry removed. */
  entries(settings: T): Record<string, string | null>;
}

/**
 * A codec for the settings under `name`. `positional` lists the fields of the old one-entry form in order; an
 * empty position there kept the default (that form could not say "none"), as it did when such links were made.
 */
export function hashCodec<T extends object>(name: string, fields: Fields<T>, defaults: Readonly<T>, positional: readonly (keyof T)[]): HashCodec<T> {
  const keys = Object.keys(fields) as (keyof T & string)[];
  return {
    read(params) {
      const out = { ...defaults } as T;
      const old = (params.get(name) ?? '').split(',');
      for (const key of keys) {
        const at = positional.indexOf(key);
        const text = params.get(`${name}.${key}`) ?? (at >= 0 && old[at] ? old[at] : undefined);
        const value = text === undefined ? undefined : fields[key].parse(text);
        if (value !== undefined) out[key] = value;
      }
      return out;
    },
    entries(settings) {
      const out: Record<string, string | null> = { [name]: null };
      for (const key of keys) {
        const text = fields[key].format(settings[key]);
        out[`${name}.${key}`] = text === fields[key].format(defaults[key]) ? null : text;
      }
      return out;
    },
  };
}
