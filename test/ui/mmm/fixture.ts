// A mix-model answer as the engine gives it, from a quick fit of simulated weekly data with a known truth.
import { fitMmm } from '../../../src/lib/mmm/fit';
import { allocateMmm, type MmmAllocationOptions } from '../../../src/lib/mmm/allocate';
import { curvePoints } from '../../../src/lib/mmm/curves';
import type { MmmResult } from '../../../src/lib/mmm/types';
import type { MmmEngine, MmmOutcome, MmmRequest, MmmView } from '../../../src/ui/state/mmm.svelte';
import type { MmmProgress } from '../../../src/lib/mmm/types';
import type { Engine } from '../../../src/worker/client';
import { FIVE, simulate } from '../../lib/mmm/simulate';

let cached: MmmResult | null = null;

/** The fit (made once: 80 weeks, three channels, a short search and 8 bootstrap draws). */
export function fitted(): MmmResult {
  cached ??= fitMmm(simulate(7, 80, FIVE.slice(0, 3)).table, { evalsPerDim: 20, bootstrap: 8 });
  return cached;
}

/** The view of the fit with this allocation, as src/lib/mmm/view.ts makes it. */
export function mmmView(allocation: Partial<MmmAllocationOptions> = {}): MmmView {
  const result = fitted();
  const { draws: _, ...rest } = result;
  return { result: rest, allocation: allocateMmm(result, allocation), curves: result.channels.map((_c, i) => curvePoints(result, i)) };
}

/** An engine whose fits the test finishes by hand: each call waits for `finish(i)` or `cancel`. */
export function fakeEngine() {
  const calls: { job: string; dataset: string; request: MmmRequest; progress: (p: MmmProgress) => void; resolve: (o: MmmOutcome) => void; reject: (e: Error) => void }[] = [];
  const cancelled: string[] = [];
  const engine: MmmEngine = {
    mmm: (job, dataset, request, progress) => new Promise((resolve, reject) => calls.push({ job, dataset, request, progress, resolve, reject })),
    cancel: (job) => {
      cancelled.push(job);
      calls.find((c) => c.job === job)?.reject(new Error('MMM fit cancelled'));
    },
  };
  return { engine: () => engine as unknown as Engine, calls, cancelled };
}

