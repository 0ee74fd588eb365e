// Fit time of the marketing-mix model in Node (issue 13's goals: 156 weeks × 5 channels under 5 s, 208 × 10 under
// 20 s, on the 2-core machine). Run: npx tsx test/lib/mmm/fit-time.ts. Prints wall and CPU time per fit.
import { allocateMmm } from '../../../src/lib/mmm/allocate';
import { fitMmm } from '../../../src/lib/mmm/fit';
import { FIVE, manyChannels, simulate } from './simulate';

for (const [weeks, plans] of [[156, FIVE], [208, manyChannels(10)]] as const) {
  const { table } = simulate(1, weeks, plans);
  const cpu = process.cpuUsage(), t0 = performance.now();
  const result = fitMmm(table, { seed: 1 });
  const fitMs = performance.now() - t0;
  allocateMmm(result);
  const used = process.cpuUsage(cpu);
  console.log(`${weeks} weeks × ${plans.length} channels: fit ${(fitMs / 1000).toFixed(2)} s, with allocation ${((performance.now() - t0) / 1000).toFixed(2)} s wall, ${((used.user + used.system) / 1e6).toFixed(2)} s CPU; R² ${result.fit.r2.toFixed(3)}`);
}
