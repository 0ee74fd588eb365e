// `npm run bench` (third part): the marketing-mix fit on simulated data (test/lib/mmm/simulate.ts), as the worker
// runs it: fitMmmAsync with a progress callback and a macrotask pause every 50 ms (what lets a Cancel in), then the
// allocation; and a budget change on the cached fit (allocation only). One run per size: a fit is seconds.
import { allocateMmm } from '../../src/lib/mmm/allocate';
import { fitMmmAsync } from '../../src/lib/mmm/fit';
import { viewOfFit } from '../../src/lib/mmm/view';
import { FIVE, manyChannels, simulate } from '../lib/mmm/simulate';

const yieldToEvents = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function main() {
  const rows: string[] = [];
  for (const [weeks, plans, goal] of [[156, FIVE, '< 5 s'], [208, manyChannels(10), '< 20 s']] as const) {
    const { table } = simulate(1, weeks, plans);
    let progress = 0, last = Date.now();
    const pause = async () => {
      if (Date.now() - last < 50) return;
      await yieldToEvents();
      last = Date.now();
    };
    const cpu = process.cpuUsage(), t0 = performance.now();
    const result = await fitMmmAsync(table, { seed: 1 }, { onProgress: () => progress++, pause });
    allocateMmm(result);
    const wall = performance.now() - t0, used = process.cpuUsage(cpu);
    const t1 = performance.now();
    viewOfFit(result, { mode: { kind: 'budget', weekly: 1.1 * result.channels.reduce((s, c) => s + c.meanWeekly, 0) } });
    const realloc = performance.now() - t1;
    rows.push(`| fit + allocation, ${weeks} weeks × ${plans.length} channels (${progress} progress reports) | ${(wall / 1000).toFixed(2)} s (CPU ${((used.user + used.system) / 1e6).toFixed(2)} s) | ${goal} |`);
    rows.push(`| budget change on that fit (allocation, curves) | ${realloc.toFixed(0)} ms | |`);
  }
  console.log(`\nMarketing-mix model, Node ${process.version}, one run each, as in the worker`);
  console.log('| what | time | goal |\n|---|---|---|');
  for (const r of rows) console.log(r);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
