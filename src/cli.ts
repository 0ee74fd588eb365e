// The engine from Node: `npm run --silent mittari -- inspect FILE...` prints JSON (one object for one file,
// an array for several). Exit 0 on success, 2 with a one-line message on stderr for unreadable input.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { DatasetKind, Delimiter, Encoding } from './lib/types';
import { loadBytes, type LoadOptions } from './lib/ingest/load';
import { inspectJson } from './lib/ingest/inspect';

const USAGE = 'usage: mittari inspect [--encoding utf-8|windows-1252|utf-16le|utf-16be] [--delimiter ,|;|tab|"|"] [--kind KIND] FILE...';
const DELIMITERS: Record<string, Delimiter> = { ',': ',', ';': ';', tab: '\t', '\\t': '\t', '\t': '\t', '|': '|' };
const ENCODINGS: Encoding[] = ['utf-8', 'windows-1252', 'utf-16le', 'utf-16be'];
const KINDS: DatasetKind[] = ['touchpoints', 'paths', 'experiment', 'experiment_users', 'spend', 'deals'];

class UsageError extends Error {}

function parseArgs(args: string[]): { command: string; files: string[]; options: LoadOptions } {
  const [command, ...rest] = args;
  const files: string[] = [];
  const options: LoadOptions = {};
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const value = () => {
      if (i + 1 >= rest.length) throw new UsageError(`${arg} needs a value. ${USAGE}`);
      return rest[++i];
    };
    if (arg === '--encoding') {
      const e = value().toLowerCase() as Encoding;
      if (!ENCODINGS.includes(e)) throw new UsageError(`unknown encoding ${e}; use one of ${ENCODINGS.join(', ')}`);
      options.encoding = e;
    } else if (arg === '--delimiter') {
      const d = DELIMITERS[value()];
      if (!d) throw new UsageError(`unknown delimiter; use , ; tab or |`);
      options.delimiter = d;
    } else if (arg === '--kind') {
      const k = value() as DatasetKind;
      if (!KINDS.includes(k)) throw new UsageError(`unknown kind ${k}; use one of ${KINDS.join(', ')}`);
      options.kind = k;
    } else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}. ${USAGE}`);
    else files.push(arg);
  }
  if (command !== 'inspect' || files.length === 0) throw new UsageError(USAGE);
  return { command, files, options };
}

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs(argv);
  } catch (e) {
    process.stderr.write(`mittari: ${(e as Error).message}\n`);
    return 2;
  }
  const results: Record<string, unknown>[] = [];
  let failed = false;
  for (const path of parsed.files) {
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(readFileSync(path));
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      process.stderr.write(`mittari: ${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a file' : (e as Error).message}\n`);
      failed = true;
      continue;
    }
    const result = await loadBytes(basename(path), bytes, parsed.options);
    if (!result.ok) {
      process.stderr.write(`mittari: ${result.problem.message}\n`);
      failed = true;
      continue;
    }
    results.push(inspectJson(path, result.dataset.summary));
  }
  if (results.length > 0) process.stdout.write(`${JSON.stringify(parsed.files.length === 1 ? results[0] : results, null, 2)}\n`);
  return failed ? 2 : 0;
}

main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
