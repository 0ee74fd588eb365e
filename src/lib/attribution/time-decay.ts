// Time-decay attribution: a touch's weight halves with every half-life between it and the conversion.

import type { JourneySet } from '../types';
import type { ModelResult } from './types';
import { unavailable } from './unavailable';

const DAY_MS = 86_400_000;

/**
 * Credit of the time-decay model: touch i of a converting journey weighs 2^(-(T - t_i) / H), T the
 * journey's conversion time (the last touch time when it has none), H the half-life; weights are normalised
 * within the journey and scaled by its conversions and value. Unavailable without timestamps (path tables)
 * and for a half-life that is not a positive number. Does not mutate `set`.
 */
export function timeDecay(set: JourneySet, halfLifeDays: number): ModelResult {
  if (!set.timed) return unavailable('attribution.timeDecayUntimed', {});
  if (!(halfLifeDays > 0) || !Number.isFinite(halfLifeDays)) {
    return unavailable('attribution.halfLife', { days: halfLifeDays });
  }
  const h = halfLifeDays * DAY_MS;
  const conversions = new Float64Array(set.channels.length);
  const value = new Float64Array(set.channels.length);
  const { time, channel } = set.touches;
  let e = new Float64Array(16);
  for (const j of set.journeys) {
    const n = j.end - j.start;
    if (!(j.conversions > 0) || n === 0) continue;
    if (e.length < n) e = new Float64Array(2 * n);
    let end = j.conversionTime;
    if (end === undefined) for (let k = j.start; k < j.end; k++) if (!Number.isNaN(time[k])) end = Math.max(end ?? -Infinity, time[k]);
    // Exponents, then 2^(e_i - max e): the common factor cancels in the normalisation, and a conversion long
    // after every touch would otherwise underflow all weights to 0. A touch without a time (a timed set has
    // none) counts as at the conversion.
    let top = -Infinity;
    for (let i = 0; i < n; i++) {
      const t = time[j.start + i];
      e[i] = Number.isNaN(t) || end === undefined ? 0 : -(end - t) / h;
      if (e[i] > top) top = e[i];
    }
    let sum = 0;
    for (let i = 0; i < n; i++) sum += (e[i] = 2 ** (e[i] - top));
    for (let i = 0; i < n; i++) {
      const share = e[i] / sum;
      const c = channel[j.start + i];
      conversions[c] += share * j.conversions;
      value[c] += share * j.value;
    }
  }
  return { ok: true, credit: { conversions, value } };
}
