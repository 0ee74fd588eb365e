// `npm run bench:browser` (after `npm run build`; also the last part of `npm run bench`): the built app in headless
// Chromium with 1M and 3M touchpoint rows (BENCH_BROWSER_ROWS=14000000 loads a 1 GB file; BENCH_PARSE_THREADS=N
// sets the page's parse threads). Records the time to load, the time to the first attribution result and its ratio
// to bare papaparse on the same bytes in Node, the peak memory of this bench's Chromium renderers (VmHWM; they hold
// the page and its workers), the peak JS heap of the page and its workers (V8's used heap, sampled every 100 ms over
// the DevTools protocol; typed-array buffers live outside it), and the longest main-thread task while the file
// loads and is attributed (goal: none over 50 ms; test/e2e/big.e2e.ts holds a looser freeze bound that must also
// pass on a loaded machine).
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import type { Browser, Page } from 'playwright-core';
import { startApp, openPage } from '../e2e/harness';
import { writeTouchpoints } from './touchpoints';
import { bareRun } from './bare';
import { BYTES_PER_FILE_BYTE, TAB_MEMORY_BYTES } from '../../src/lib/ingest/capacity';

const SIZES = (process.env.BENCH_BROWSER_ROWS ?? '1000000,3000000').split(',').map(Number);
/** `?parse-threads=N` for the page; the default is the app's own (every core but one). */
const THREADS = process.env.BENCH_PARSE_THREADS;

/** The parent of a process, from /proc (0 when it is gone). */
function parentOf(pid: number): number {
  try {
    // The command name (field 2) may hold spaces; the parent is the second field after its closing parenthesis.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return 0;
  }
}

/** True when this bench process is an ancestor of `pid`: a renderer of the Chromium this bench started, not another's. */
function ours(pid: number): boolean {
  for (let p = parentOf(pid), hops = 0; p > 1 && hops < 10; p = parentOf(p), hops++) if (p === process.pid) return true;
  return false;
}

/** Peak resident memory (MB) over the renderer processes of this bench's Chromium alive now. */
function rendererPeakMb(): number {
  let peak = 0;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!cmd.includes('chromium') || !cmd.includes('--type=renderer') || !ours(Number(pid))) continue;
      const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (hwm) peak = Math.max(peak, Number(hwm[1]) / 1024);
    } catch {
      // the process ended while we looked
    }
  }
  return peak;
}

/**
 * Samples the used JS heap of every page and worker of the browser every `ms` until stopped; returns the peak of
 * the sum (MB). Workers are reached through the browser's DevTools session (Target.sendMessageToTarget), since
 * `performance.memory` does not exist in workers.
 */
async function heapSampler(browser: Browser, ms = 100): Promise<{ stop(): Promise<number> }> {
  const cdp = await browser.newBrowserCDPSession();
  const sessions = new Map<string, string>(); // targetId -> sessionId
  const pending = new Map<number, (used: number) => void>();
  let nextId = 1;
  cdp.on('Target.receivedMessageFromTarget', (e) => {
    const m = JSON.parse(e.message) as { id?: number; result?: { usedSize: number } };
    if (m.id !== undefined) pending.get(m.id)?.(m.result?.usedSize ?? 0);
  });
  const usedOf = (sessionId: string) => new Promise<number>((resolve) => {
    const id = nextId++;
    pending.set(id, (used) => { pending.delete(id); resolve(used); });
    cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method: 'Runtime.getHeapUsage' }) }).catch(() => resolve(0));
    setTimeout(() => resolve(0), 2000); // a target that went away
  });
  let peak = 0, running = true;
  const loop = (async () => {
    while (running) {
      const { targetInfos } = await cdp.send('Target.getTargets');
      let total = 0;
      for (const t of targetInfos.filter((x) => x.type === 'page' || x.type === 'worker')) {
        let sessionId = sessions.get(t.targetId);
        if (!sessionId) sessions.set(t.targetId, (sessionId = (await cdp.send('Target.attachToTarget', { targetId: t.targetId, flatten: false })).sessionId));
        total += await usedOf(sessionId);
      }
      peak = Math.max(peak, total);
      await new Promise((r) => setTimeout(r, ms));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      await cdp.detach();
      return peak / 1024 / 1024;
    },
  };
}

interface Stages { times: [string, number][]; ends: [string, number][] }
type StageHandle = { mittariStages?: { start(): void; times(): [string, number][]; ends(): [string, number][] } };

/** Restarts the stage timings in every worker of the page that has them (the engine worker, once it exists). */
async function startStages(page: Page): Promise<void> {
  for (const w of page.workers()) await w.evaluate(() => (globalThis as unknown as StageHandle).mittariStages?.start()).catch(() => {});
}

/** The stages of the worker that loaded the file (src/lib/util/stages.ts), or null. */
async function workerStages(page: Page): Promise<Stages | null> {
  for (const w of page.workers()) {
    const s = await w.evaluate(() => {
      const h = (globalThis as unknown as StageHandle).mittariStages;
      return h ? { times: h.times(), ends: h.ends() } : null;
    }).catch(() => null);
    if (s && s.times.some(([k]) => k.startsWith('load: parse'))) return s;
  }
  return null;
}

/**
 * Where the time to the first result went: the engine worker's laps, and the page's share between them lined up by
 * the clock (chosen at t0; the dataset listed at `loaded`; the result table shown at `first`; ms since the epoch).
 */
function breakdown(s: Stages, t0: number, loaded: number, first: number): [string, number][] {
  const end = new Map(s.ends);
  const loadStart = end.get('before the load (arguments; in the app: the file handed to the worker)') ?? t0;
  const loadEnd = end.get('finish: summary, issues') ?? loaded;
  const attributeStart = end.get('before attribution (in the app: until the Attribution view asks)') ?? loaded;
  const modelsEnd = Math.max(...s.ends.filter(([k]) => k.startsWith('attribute: ')).map(([, v]) => v), attributeStart);
  const out: [string, number][] = [['page: file chosen -> the worker starts reading (worker start, File handed over)', loadStart - t0]];
  for (const [k, v] of s.times) if (k.startsWith('load: ') || k.startsWith('  of which') || k.startsWith('finish: ')) out.push([k, v]);
  out.push(['page: load done in the worker -> dataset listed (summary sent, rendered)', loaded - loadEnd]);
  out.push(['page: dataset listed -> attribution starts (the bench clicks the tab, the view asks)', attributeStart - loaded]);
  for (const [k, v] of s.times) if (k.startsWith('attribute: ')) out.push([k, v]);
  out.push(['page: last model done -> result table shown (result sent, rendered)', first - modelsEnd]);
  return out;
}

async function main() {
  const dir = join(tmpdir(), 'mittari-bench');
  mkdirSync(dir, { recursive: true });
  console.log(`In Chromium (headless), from choosing the file; parse threads: ${THREADS ?? 'the app default (every core but one)'}. Bare papaparse: the same bytes in Node, same run.`);
  console.log('| rows | file | load (to the dataset in the list) | first attribution result | bare papaparse (Node) | first result / bare | peak JS heap (page + worker) | peak renderer memory | longest main-thread task |\n|---|---|---|---|---|---|---|---|---|');
  const breakdowns: [number, [string, number][]][] = [];
  for (const rows of SIZES) {
    const path = join(dir, `touchpoints-${rows}.csv`);
    if (!existsSync(path)) writeTouchpoints(path, rows);
    // Bare papaparse cannot read a file whose text is over V8's longest string (2^29 - 24 characters, 512 MiB).
    let bare: number | null = null;
    try {
      bare = bareRun(path).ms;
    } catch {
      bare = null;
    }
    const app = await startApp();
    try {
      const { page } = await openPage(app, undefined, [], THREADS ? `?parse-threads=${THREADS}` : '');
      const name = path.split('/').pop() as string;
      const heap = await heapSampler(app.browser);
      await page.evaluate(() => {
        const w = window as unknown as { longest: number };
        w.longest = 0;
        new PerformanceObserver((list) => { for (const e of list.getEntries()) w.longest = Math.max(w.longest, e.duration); }).observe({ type: 'longtask' });
      });
      await startStages(page);
      const t0 = Date.now();
      await page.getByLabel('Add CSV files').setInputFiles(path);
      await page.getByRole('row').filter({ hasText: name }).waitFor({ timeout: 600_000 });
      const loaded = Date.now() - t0;
      await page.getByRole('tab', { name: 'Attribution' }).click();
      await page.getByRole('table').filter({ hasText: 'Credited conversions by model' }).waitFor({ timeout: 600_000 });
      const first = Date.now() - t0;
      const stages = await workerStages(page);
      const heapMb = await heap.stop();
      await page.evaluate(() => new Promise((r) => requestIdleCallback(() => r(null), { timeout: 10_000 })));
      const longest = await page.evaluate(() => (window as unknown as { longest: number }).longest);
      const mb = (statSync(path).size / 1024 / 1024).toFixed(0);
      if (stages) breakdowns.push([rows, breakdown(stages, t0, t0 + loaded, t0 + first)]);
      console.log(`| ${rows.toLocaleString('en-US')} | ${mb} MB | ${(loaded / 1000).toFixed(1)} s | ${(first / 1000).toFixed(1)} s | ${bare === null ? 'cannot: the text is longer than a string' : `${(bare / 1000).toFixed(2)} s`} | ${bare === null ? '-' : `${(first / bare).toFixed(2)}x (goal <= 1.5x)`} | ${Math.round(heapMb)} MB | ${Math.round(rendererPeakMb())} MB | ${longest > 0 ? `${Math.round(longest)} ms` : 'none over 50 ms'} |`);
    } finally {
      await app.close();
    }
  }
  // The stages of each size: the engine worker's own laps (src/lib/util/stages.ts) and the page's share between them.
  for (const [rows, stages] of breakdowns) {
    console.log(`\nStages to the first result, ${rows.toLocaleString('en-US')} rows ("of which": parts of the parse in the engine worker; the rest of it is papaparse)`);
    console.log('| stage | time |\n|---|---|');
    for (const [k, v] of stages) console.log(`| ${k.trim()} | ${(v / 1000).toFixed(3)} s |`);
  }
}

const largest = () => `Largest file accepted: ${Math.floor(TAB_MEMORY_BYTES / BYTES_PER_FILE_BYTE / 1024 ** 2)} MB (estimated need ${BYTES_PER_FILE_BYTE} bytes of memory per file byte, tab budget ${(TAB_MEMORY_BYTES / 1024 ** 3).toFixed(1)} GB; src/lib/ingest/capacity.ts).`;

main().then(() => console.log(largest())).catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
