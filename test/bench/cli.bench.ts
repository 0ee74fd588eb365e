// `npm run bench` (first part): the built command line end to end, `mittari attribute FILE` (start, read in
// slices, parse on every core, journeys, every model, JSON out), against bare papaparse on the same bytes
// (test/bench/bare.ts), alternating the two in the same run, median of RUNS each. Needs `npm run build:cli`
// (the bench script runs it first).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeTouchpoints } from './touchpoints';
import { bareRun, median } from './bare';

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const CLI = 'dist-cli/cli.js';

/** One run of the built command line: wall time of its process (ms), output discarded. */
function cliRun(file: string): number {
  const started = performance.now();
  execFileSync(process.execPath, [CLI, 'attribute', file], { stdio: ['ignore', 'ignore', 'inherit'] });
  return performance.now() - started;
}

function main() {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build:cli first`);
  const dir = join(tmpdir(), 'mittari-bench');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `touchpoints-${ROWS}.csv`);
  if (!existsSync(file)) writeTouchpoints(file, ROWS);
  const mb = statSync(file).size / 1024 / 1024;
  const bare: number[] = [];
  const cli: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    bare.push(bareRun(file).ms);
    cli.push(cliRun(file));
  }
  const b = median(bare);
  const c = median(cli);
  console.log(`Command line end to end, ${ROWS.toLocaleString('en-US')} touchpoint rows (${mb.toFixed(0)} MB), ${availableParallelism()} cores, median of ${RUNS}, Node ${process.version}`);
  console.log('| what | time | ratio to bare papaparse |\n|---|---|---|');
  console.log(`| bare papaparse (process: read, decode, parse) | ${(b / 1000).toFixed(2)} s | 1.00x |`);
  console.log(`| mittari attribute (process: start, read, parse, journeys, every model, JSON) | ${(c / 1000).toFixed(2)} s | ${(c / b).toFixed(2)}x (goal <= 1.5x) |`);
  console.log('');
}

main();
