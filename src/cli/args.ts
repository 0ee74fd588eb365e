// Command-line arguments: node:util's parseArgs splits them, the readers below turn each value into what the
// engine takes, and every problem is one UsageError, which a command prints as "mittari: <message>" with exit 2.
import { parseArgs } from 'node:util';

/** Bad usage: an unknown option, a missing or bad value, the wrong number of files. */
export class UsageError extends Error {}

/** Turns an option's text into its value, or throws a UsageError naming `flag` ("--alpha"). */
export type Reader<T> = (raw: string, flag: string) => T;

/** A command's options: the value options by name (without "--") with their readers, and the switches. */
export interface OptionSpec<R extends Record<string, Reader<unknown>>> {
  values: R;
  switches?: readonly string[];
  /** Appended to "unknown option X" and to "X needs a value", e.g. the command's usage. */
  hint?: { unknown?: string; missing?: string };
}

export interface Parsed<R extends Record<string, Reader<unknown>>> {
  /** Each value option given, read; a repeated option keeps its last value. */
  values: { [K in keyof R]?: ReturnType<R[K]> };
  switches: Set<string>;
  /** The words that are not options (file names), in order; everything after "--" is one. */
  positionals: string[];
  /** The option names in the order given, repeats included. */
  order: string[];
}

/**
 * Reads `argv` against `spec`. Problems are reported in argument order, the first one thrown.
 * parseArgs runs non-strict on purpose: strict mode refuses values that start with "-" ("--mde -0.05" is a valid
 * negative effect) and words its errors for Node, not for this command line; unknown options are refused here.
 */
export function parseCommand<R extends Record<string, Reader<unknown>>>(argv: readonly string[], spec: OptionSpec<R>): Parsed<R> {
  const switches = spec.switches ?? [];
  const options = Object.fromEntries([
    ...Object.keys(spec.values).map((name) => [name, { type: 'string' as const }]),
    ...switches.map((name) => [name, { type: 'boolean' as const }]),
  ]);
  const { tokens } = parseArgs({ args: [...argv], options, strict: false, allowPositionals: true, tokens: true });
  const out: Parsed<R> = { values: {}, switches: new Set(), positionals: [], order: [] };
  const values = out.values as Record<string, unknown>;
  for (const token of tokens) {
    if (token.kind === 'positional') out.positionals.push(token.value);
    if (token.kind !== 'option') continue;
    const { name, rawName, value, inlineValue } = token;
    const reader = Object.hasOwn(spec.values, name) ? spec.values[name] : undefined;
    if (reader) {
      if (value === undefined) throw new UsageError(`${rawName} needs a value${spec.hint?.missing ?? ''}`);
      values[name] = reader(value, rawName);
    } else if (switches.includes(name)) {
      if (inlineValue) throw new UsageError(`${rawName} takes no value, not "${value}"`);
      out.switches.add(name);
    } else throw new UsageError(`unknown option ${argv[token.index]}${spec.hint?.unknown ?? ''}`);
    out.order.push(name);
  }
  return out;
}

/** The text as given. */
export const text: Reader<string> = (raw) => raw;

/** A range a number must be in, and how a usage message says it. */
export interface Range {
  test: (n: number) => boolean;
  says: string;
}
export const atLeast = (min: number): Range => ({ test: (n) => n >= min, says: `a number of at least ${min}` });
export const above = (min: number): Range => ({ test: (n) => n > min, says: `a number above ${min}` });
/** Strictly between `lo` and `hi`. */
export const between = (lo: number, hi: number): Range => ({ test: (n) => n > lo && n < hi, says: `a number between ${lo} and ${hi}` });
export const nonZero: Range = { test: (n) => n !== 0, says: 'a number other than 0' };

/** A finite number in `range`: `--alpha takes a number between 0 and 1, not "2"`. An empty text is not 0. */
export function number(flag: string, raw: string, range: Range): number {
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(n) || !range.test(n)) throw new UsageError(`${flag} takes ${range.says}, not "${raw}"`);
  return n;
}

/** A reader of numbers in `range`. */
export const numberIn = (range: Range): Reader<number> => (raw, flag) => number(flag, raw, range);

/** "a, b or c" */
const orList = (items: readonly string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`);

/**
 * One of `allowed`. Named things say `unknown model magic; use one of first, last, ...`; without a noun the
 * message is `--kpi takes conversions or value, not "leads"`.
 */
export function oneOf<T extends string>(allowed: readonly T[], noun?: string): Reader<T> {
  return (raw, flag) => {
    if ((allowed as readonly string[]).includes(raw)) return raw as T;
    throw new UsageError(noun ? `unknown ${noun} ${raw || '""'}; use one of ${allowed.join(', ')}` : `${flag} takes ${orList(allowed)}, not "${raw}"`);
  };
}

/** A comma-separated list, each item trimmed and read by `item`. */
export function listOf<T>(item: Reader<T>): Reader<T[]> {
  return (raw, flag) => raw.split(',').map((part) => item(part.trim(), flag));
}

/** "a=1,b c=2" -> {a: 1, "b c": 2}; every number at least 0. */
export const pairs: Reader<Record<string, number>> = (raw, flag) => {
  const out = new Map<string, number>(); // names are user text: `__proto__` is a name like any other
  for (const part of raw.split(',')) {
    const at = part.lastIndexOf('=');
    if (at <= 0) throw new UsageError(`${flag} takes name=number pairs separated by commas, not "${part}"`);
    out.set(part.slice(0, at).trim(), number(flag, part.slice(at + 1).trim(), atLeast(0)));
  }
  return Object.fromEntries(out);
};
