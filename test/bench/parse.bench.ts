// `npm run bench`: a generated 1M-row touchpoint CSV through Mittari's pipeline (decode, sniff, chunked parse,
// column typing, kind detection, journeys) against bare papaparse on the same bytes. Each side runs in its own
// Node process so peak memory (max RSS) is its own. Prints a table and writes nothing else.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { loadBytes } from '../../src/lib/ingest/load';
import { generateTouchpoints } from './touchpoints';

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
async function runOnce(side: string, file: string): Promise<{ ms: number; rows: number }> {
  const bytes = new Uint8Array(readFileSync(file));
  const start = performance.now();
  let rows = 0;
  if (side === 'bare') {
    const text = new TextDecoder('utf-8').decode(bytes);
    rows = Papa.parse<string[]>(text, { skipEmptyLines: true }).data.length - 1;
  } else {
    const result = await loadBytes('bench.csv', bytes);
    if (!result.ok) throw new Error(result.problem.message);
    rows = result.dataset.summary.rows;
  }
  return { ms: performance.now() - start, rows };
}

async function child(side: string, file: string) {
  const times: number[] = [];
  let rows = 0;
  for (let i = 0; i < RUNS; i++) {
    const r = await runOnce(side, file);
    times.push(r.ms);
    rows = r.rows;
  }
  times.sort((a, b) => a - b);
  process.stdout.write(JSON.stringify({ ms: times[Math.floor(times.length / 2)], rows, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
}

async function main() {
  const [, , mode, side, file] = process.argv;
  if (mode === '--child') return child(side, file);
  const dir = join(tmpdir(), 'mittari-bench');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `touchpoints-${ROWS}.csv`);
  if (!existsSync(path)) writeFileSync(path, generateTouchpoints(ROWS));
  const mb = readFileSync(path).length / 1024 / 1024;
  const self = fileURLToPath(import.meta.url);
  const measure = (side: string) => JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', self, '--child', side, path], { encoding: 'utf8', maxBuffer: 1 << 20 }));
  const bare = measure('bare');
  const ours = measure('mittari');
  const line = (name: string, r: { ms: number; rows: number; maxRssMb: number }) =>
    `| ${name} | ${(r.ms / 1000).toFixed(2)} s | ${(mb / (r.ms / 1000)).toFixed(1)} MB/s | ${Math.round(r.rows / (r.ms / 1000)).toLocaleString('en-US')} rows/s | ${Math.round(r.maxRssMb)} MB |`;
  console.log(`${ROWS.toLocaleString('en-US')} touchpoint rows, ${mb.toFixed(1)} MB, median of ${RUNS} runs, Node ${process.version}`);
  console.log('| pipeline | time | throughput | rows | peak RSS |\n|---|---|---|---|---|');
  console.log(line('bare papaparse (decode + parse to arrays)', bare));
  console.log(line('Mittari (decode, sniff, parse, type, detect, journeys)', ours));
  console.log(`ratio Mittari / bare papaparse: ${(ours.ms / bare.ms).toFixed(2)}x (goal <= 1.5x); Mittari 1M rows: ${(ours.ms / 1000).toFixed(2)} s (goal < 3 s)`);
  if (bare.rows !== ours.rows) console.log(`note: row counts differ: bare ${bare.rows}, Mittari ${ours.rows}`);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
