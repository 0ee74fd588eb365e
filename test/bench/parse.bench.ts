// `npm run bench` (second part): a generated 1M-row touchpoint CSV through Mittari's load on one core (read in
// 1 MiB slices, decode, sniff, streamed parse, column typing, kind detection, journeys) against bare papaparse on
// the same bytes (which holds the whole file as bytes and as one string). Each side runs in its own Node process
// so peak memory (max RSS) is its own. The parse on every core is measured end to end by cli.bench.ts.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { loadSource } from '../../src/lib/ingest/load';
import { fileSource } from '../../src/cli/file-source';
import { writeTouchpoints } from './touchpoints';
import { english } from '../../src/lib/messages';

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
interface Run { ms: number; parseMs: number; rows: number }

async function runOnce(side: string, file: string): Promise<Run> {
  const start = performance.now();
  if (side === 'bare') {
    const text = new TextDecoder('utf-8').decode(readFileSync(file));
    const rows = Papa.parse<string[]>(text, { skipEmptyLines: true }).data.length - 1;
    const ms = performance.now() - start;
    return { ms, parseMs: ms, rows };
  }
  // The first 'building' progress report comes right after the chunked parse: decode + sniff + parse before it.
  let parseMs = 0;
  const source = fileSource(file);
  const result = await loadSource('bench.csv', source, {
    onProgress: (p) => { if (p.phase === 'building' && parseMs === 0) parseMs = performance.now() - start; },
  });
  source.close();
  if (!result.ok) throw new Error(english(result.problem.message));
  return { ms: performance.now() - start, parseMs, rows: result.dataset.summary.rows };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function child(side: string, file: string) {
  const runs: Run[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await runOnce(side, file));
  process.stdout.write(JSON.stringify({
    ms: median(runs.map((r) => r.ms)), parseMs: median(runs.map((r) => r.parseMs)), rows: runs[0].rows,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  }));
}

async function main() {
  const [, , mode, side, file] = process.argv;
  if (mode === '--child') return child(side, file);
  const dir = join(tmpdir(), 'mittari-bench');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `touchpoints-${ROWS}.csv`);
  if (!existsSync(path)) writeTouchpoints(path, ROWS);
  const mb = statSync(path).size / 1024 / 1024;
  const self = fileURLToPath(import.meta.url);
  const measure = (side: string) => JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', self, '--child', side, path], { encoding: 'utf8', maxBuffer: 1 << 20 }));
  const bare = measure('bare');
  const ours = measure('mittari');
  const line = (name: string, ms: number, r: { rows: number; maxRssMb: number }) =>
    `| ${name} | ${(ms / 1000).toFixed(2)} s | ${(mb / (ms / 1000)).toFixed(1)} MB/s | ${Math.round(r.rows / (ms / 1000)).toLocaleString('en-US')} rows/s | ${Math.round(r.maxRssMb)} MB |`;
  console.log(`${ROWS.toLocaleString('en-US')} touchpoint rows, ${mb.toFixed(1)} MB, median of ${RUNS} runs, Node ${process.version}`);
  console.log('| pipeline | time | throughput | rows | peak RSS (process) |\n|---|---|---|---|---|');
  console.log(line('bare papaparse: decode + parse to arrays', bare.ms, bare));
  console.log(line('Mittari parse, one core: slices, decode, encoding and dialect sniff, streamed parse into columns, footers, ragged rows', ours.parseMs, ours));
  console.log(line('Mittari full load, one core: + column types, kind detection, row checks, journeys, summary', ours.ms, ours));
  console.log(`\none-core parse ratio Mittari / bare papaparse: ${(ours.parseMs / bare.ms).toFixed(2)}x; full load: ${(ours.ms / bare.ms).toFixed(2)}x\n`);
  if (bare.rows !== ours.rows) console.log(`note: row counts differ: bare ${bare.rows}, Mittari ${ours.rows}`);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
