// The yardstick of every ratio `npm run bench` prints: bare papaparse on the same bytes, in its own Node process
// (file read, UTF-8 decode, parse to arrays), timed from the process's start to its end, as the command line is.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const papaparse = pathToFileURL(createRequire(import.meta.url).resolve('papaparse')).href;

/** One run: wall time of the whole process (ms), its rows and peak RSS (MB). */
export function bareRun(file: string): { ms: number; rows: number; maxRssMb: number } {
  const code = `import { readFileSync } from 'node:fs';
import Papa from ${JSON.stringify(papaparse)};
const text = new TextDecoder('utf-8').decode(readFileSync(${JSON.stringify(file)}));
const rows = Papa.parse(text, { skipEmptyLines: true }).data.length - 1;
process.stdout.write(JSON.stringify({ rows, maxRssMb: process.resourceUsage().maxRSS / 1024 }));`;
  const started = performance.now();
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return { ms: performance.now() - started, ...JSON.parse(out) };
}

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
