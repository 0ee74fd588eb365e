// What every command shares for input and output: reading and loading a file, the options that steer reading
// it, one line on stderr for a problem (exit 2), and JSON on stdout.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { DatasetKind, Delimiter, Encoding } from '../lib/types';
import { english } from '../lib/messages';
import { loadSource, type Dataset, type LoadOptions, type LoadResult } from '../lib/ingest/load';
import { fileSource } from './file-source';
import { nodeParallel } from './pool';
import { looksArchived } from '../lib/parsing/archive';
import { loadOpened, openFile } from '../lib/ingest/open';
import { oneOf, UsageError, type Reader } from './args';

/** The file's bytes, or a one-line reason that names the path. */
export function readBytes(path: string): Uint8Array | string {
  try {
    return new Uint8Array(readFileSync(path));
  } catch (e) {
    return readProblem(path, e);
  }
}

/** Why a file could not be read, in one line that names the path. */
function readProblem(path: string, e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  return `${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a file' : (e as Error).message}`;
}

/**
 * Reads and loads one file, a slice at a time, on every core when it is big: its dataset, or a one-line reason. A read problem names the path; a load problem
 * names the file's base name, and `named` puts the path before it too. `sheet`: the sheet of a workbook (its first when absent).
 */
export async function loadFile(path: string, options: LoadOptions = {}, named = false, sheet?: string): Promise<Dataset | string> {
  let source: ReturnType<typeof fileSource>;
  try {
    source = fileSource(path);
  } catch (e) {
    return readProblem(path, e);
  }
  let result: LoadResult;
  try {
    if (await looksArchived(source)) {
      // A .csv.gz, a zip's first CSV file (the app loads every one of them), a workbook's sheet (--sheet, else the
      // first) or a Parquet file: opened whole, then read.
      const opened = await openFile(basename(path), await source.read(0, source.size), sheet);
      if (!opened.ok) return named ? `${path}: ${english(opened.problem)}` : english(opened.problem);
      result = await loadOpened(opened, options);
    } else {
      result = await loadSource(basename(path), source, { parallel: nodeParallel(path, source, threadsFromEnv()), ...options });
    }
  } finally {
    source.close();
  }
  if (result.ok) return result.dataset;
  const message = english(result.problem.message);
  return named ? `${path}: ${message}` : message;
}

/** MITTARI_THREADS=N: how many threads parse a big file (default: every core, at most 8; 1 parses in this thread alone). */
function threadsFromEnv(): number | undefined {
  const n = Number(process.env.MITTARI_THREADS);
  return Number.isInteger(n) && n >= 1 ? n : undefined;
}

const DELIMITERS: Readonly<Record<string, Delimiter>> = { ',': ',', ';': ';', tab: '\t', '\\t': '\t', '\t': '\t', '|': '|' };
const ENCODINGS: readonly Encoding[] = ['utf-8', 'windows-1252', 'utf-16le', 'utf-16be'];
const KINDS: readonly DatasetKind[] = ['touchpoints', 'paths', 'experiment', 'experiment_users', 'spend', 'deals', 'customers', 'nps', 'forecast', 'marketing_mix'];

/** --encoding, --delimiter and --kind: what the sniffers would otherwise decide; --sheet: a workbook's sheet (inspect and attribute). */
export const loadOptionReaders = {
  sheet: ((raw) => raw) as Reader<string>,
  encoding: ((raw, flag) => oneOf(ENCODINGS, 'encoding')(raw.toLowerCase(), flag)) as Reader<Encoding>,
  delimiter: ((raw) => {
    if (!Object.hasOwn(DELIMITERS, raw)) throw new UsageError('unknown delimiter; use , ; tab or |');
    return DELIMITERS[raw];
  }) as Reader<Delimiter>,
  kind: oneOf(KINDS, 'kind'),
};

/** Writes "mittari: <message>" on stderr as one line and returns exit code 2. */
export function fail(message: string): number {
  process.stderr.write(`mittari: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
  return 2;
}

/** A result with NaN or ±Infinity where a number is promised: JSON would print it as null. */
export class NotFiniteError extends Error {}

/**
 * Writes `value` as indented JSON on stdout; `replacer` as in JSON.stringify. A number that is not finite is never
 * printed (JSON would show null): it throws a NotFiniteError naming the field, which the top level turns into exit 2.
 */
export function printJson(value: unknown, replacer?: (key: string, value: unknown) => unknown): void {
  const text = JSON.stringify(value, function (this: unknown, key: string, v: unknown) {
    const out = replacer ? replacer.call(this, key, v) : v;
    if (typeof out === 'number' && !Number.isFinite(out)) {
      throw new NotFiniteError(`the result holds a number that is not finite (${key || 'the whole result'}), so it was not printed; check the input for values that are too large or too many`);
    }
    return out;
  }, 2);
  process.stdout.write(`${text}\n`);
}

/** Runs a command's body: a UsageError becomes one line on stderr and exit 2; anything else is a bug and is thrown. */
export function guard(run: () => number): number;
export function guard(run: () => Promise<number>): Promise<number>;
export function guard(run: () => number | Promise<number>): number | Promise<number> {
  const usage = (e: unknown) => {
    if (e instanceof UsageError) return fail(e.message);
    throw e;
  };
  try {
    const code = run();
    return code instanceof Promise ? code.catch(usage) : code;
  } catch (e) {
    return usage(e);
  }
}
