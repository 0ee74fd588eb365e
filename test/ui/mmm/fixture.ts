// A mix-model answer as the engine gives it, from a quick fit of simulated weekly data with a known truth.
import { fitMmm } from '../../../src/lib/mmm/fit';
import { allocateMmm, type MmmAllocationOptions } from '../../../src/lib/mmm/allocate';
import { curvePoints } from '../../../src/lib/mmm/curves';
import type { MmmResult } from '../../../src/lib/mmm/types';
import type { MmmView } from '../../../src/ui/state/mmm.svelte';
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
