// A mix-model answer as the engine gives it (viewOfFit of a quick fit of simulated weekly data with a known truth),
// and an engine whose fits the test finishes by hand.
import { fitMmm } from '../../../src/lib/mmm/fit';
import type { MmmAllocationOptions } from '../../../src/lib/mmm/allocate';
import type { MmmProgress, MmmResult } from '../../../src/lib/mmm/types';
import { viewOfFit, type MmmOutcome, type MmmRequest, type MmmView } from '../../../src/lib/mmm/view';
import { msg } from '../../../src/lib/messages';
import type { Engine } from '../../../src/worker/client';
import { FIVE, simulate } from '../../lib/mmm/simulate';

let cached: MmmResult | null = null;

/** The fit (made once: 80 weeks, three channels, a short search and 8 bootstrap draws). */
export function fitted(): MmmResult {
  cached ??= fitMmm(simulate(7, 80, FIVE.slice(0, 3)).table, { evalsPerDim: 20, bootstrap: 8 });
  return cached;
}

/** The view of the fit with this allocation, as the worker answers it. */
export function mmmView(allocation: Partial<MmmAllocationOptions> = {}): MmmView {
  return viewOfFit(fitted(), allocation);
}

/** An engine whose fits wait for the test's `resolve`; cancel(job) answers that fit `mmm.cancelled`, as the worker does. */
export function fakeEngine() {
  const calls: { job: string; dataset: string; request: MmmRequest; progress: (p: MmmProgress) => void; resolve: (o: MmmOutcome) => void }[] = [];
  const cancelled: string[] = [];
  const engine = {
    mmm: (job: string, dataset: string, request: MmmRequest, progress: (p: MmmProgress) => void) =>
      new Promise<MmmOutcome>((resolve) => calls.push({ job, dataset, request, progress, resolve })),
    cancel: async (job: string) => {
      cancelled.push(job);
      calls.find((c) => c.job === job)?.resolve({ ok: false, reason: msg('mmm.cancelled', {}) });
    },
  };
  return { engine: () => engine as unknown as Engine, calls, cancelled };
}
