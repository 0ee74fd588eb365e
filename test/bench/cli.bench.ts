// `npm run bench` (first part): the built command line end to end, `mittari attribute FILE` (start, read in
// slices, parse on every core, journeys, every model, JSON out), against bare papaparse on the same bytes
// (test/bench/bare.ts), alternating the two in the same run, median of RUNS each. Needs `npm run build:cli`
// (the bench script runs it first).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeTouchpoints } from './touchpoints';
import { bareRun, median } from './bare';

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const CLI = 'dist-cli/cli.js';

/** One run of the built command line on `threads` parse threads: wall time of its process (ms), output discarded. */
function cliRun(file: string, threads: number): number {
  const started = performance.now();
  execFileSync(process.execPath, [CLI, 'attribute', file], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, MITTARI_THREADS: String(threads) } });
  return performance.now() - started;
}

function main() {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build:cli first`);
  const dir = join(tmpdir(), 'mittari-bench');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `touchpoints-${ROWS}.csv`);
  if (!existsSync(file)) writeTouchpoints(file, ROWS);
  const mb = statSync(file).size / 1024 / 1024;
  const cores = Math.min(8, availableParallelism());
  const bare: number[] = [];
  const cli: number[] = [];
  const one: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    bare.push(bareRun(file).ms);
    cli.push(cliRun(file, cores));
    one.push(cliRun(file, 1));
  }
  const b = median(bare);
  const c = median(cli);
  const o = median(one);
  console.log(`Command line end to end, ${ROWS.toLocaleString('en-US')} touchpoint rows (${mb.toFixed(0)} MB), ${availableParallelism()} cores (load average ${loadavg()[0].toFixed(1)} at the start), median of ${RUNS}, Node ${process.version}`);
  console.log('| what | time | ratio to bare papaparse |\n|---|---|---|');
  console.log(`| bare papaparse (process: read, decode, parse) | ${(b / 1000).toFixed(2)} s | 1.00x |`);
  console.log(`| mittari attribute, parse on ${cores} threads (process: start, read, parse, journeys, every model, JSON) | ${(c / 1000).toFixed(2)} s | ${(c / b).toFixed(2)}x (goal <= 1.5x) |`);
  console.log(`| mittari attribute, parse on 1 thread (MITTARI_THREADS=1) | ${(o / 1000).toFixed(2)} s | ${(o / b).toFixed(2)}x |`);
  console.log('');
}

main();
