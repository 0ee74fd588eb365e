// `npm run bench` (first part): the built command line end to end, `mittari attribute FILE` (start, read in
// slices, parse on every core, journeys, every model, JSON out), against bare papaparse on the same bytes
// (test/bench/bare.ts), alternating the two in the same run, median of RUNS each. Needs `npm run build:cli`
// (the bench script runs it first).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeTouchpoints } from './touchpoints';
import { bareRun, median } from './bare';

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const CLI = 'dist-cli/cli.js';

/** One run with MITTARI_TIMINGS=1: each stage's wall time (ms) as the command line prints it on stderr. */
function stageRun(file: string, threads: number): Map<string, number> {
  const r = spawnSync(process.execPath, [CLI, 'attribute', file], { encoding: 'utf8', maxBuffer: 1 << 26, env: { ...process.env, MITTARI_TIMINGS: '1', MITTARI_THREADS: String(threads) } });
  const out = new Map<string, number>();
  for (const line of r.stderr.split('\n')) {
    const m = /^\s*([\d.]+) s  (.*)$/.exec(line);
    if (m) out.set(m[2], Number(m[1]) * 1000);
  }
  return out;
}

/** The median of each stage over runs, in the order of the first run. */
function medianStages(runs: Map<string, number>[]): [string, number][] {
  return [...runs[0].keys()].map((k) => [k, median(runs.map((r) => r.get(k) ?? 0))]);
}

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
  // Where the time goes: MITTARI_TIMINGS=1 runs, median of RUNS per stage. "of which" lines are parts of the parse
  // in the thread that reads the first part (on 1 thread: all of it); the rest of the parse there is papaparse.
  const staged = [1, cores].map((t) => medianStages(Array.from({ length: RUNS }, () => stageRun(file, t))));
  console.log(`Stages (MITTARI_TIMINGS=1, median of ${RUNS}; load average ${loadavg()[0].toFixed(1)} now)`);
  console.log(`| stage | 1 thread | ${cores} threads |\n|---|---|---|`);
  const other = new Map(staged[1]);
  const names = [...staged[0].map(([k]) => k), ...staged[1].map(([k]) => k).filter((k) => !staged[0].some(([n]) => n === k))];
  const one1 = new Map(staged[0]);
  const cell = (v: number | undefined) => (v === undefined ? '' : `${(v / 1000).toFixed(3)} s`);
  for (const k of names) console.log(`| ${k.trim()}${k.startsWith(' ') ? ' (in the first part)' : ''} | ${cell(one1.get(k))} | ${cell(other.get(k))} |`);
  console.log('');
}

main();
