// Lookback window: touches long before the conversion do not get credit.

import type { Journey, JourneySet, TouchColumns } from '../types';
import { TouchWriter } from '../journeys/store';

const DAY_MS = 86_400_000;

/** The time the window ends at: the conversion time, else the latest touch time; NaN when nothing is timed. */
function windowEnd(j: Journey, time: Float64Array): number {
  if (j.conversions > 0 && j.conversionTime !== undefined) return j.conversionTime;
  let end = NaN;
  for (let k = j.start; k < j.end; k++) if (time[k] > end || (Number.isNaN(end) && !Number.isNaN(time[k]))) end = time[k];
  return end;
}

/**
 * A new set in which each journey keeps only the touches at most `days` days before its conversion time
 * (for non-converting paths and conversions without a time: before its latest touch). Touches without a
 * time are kept. A journey left without touches keeps its conversions and value (it becomes unattributable,
 * which the caller reports). When nothing is dropped the set itself is returned. Does not mutate `set`.
 */
export function applyLookback(set: JourneySet, days: number): JourneySet {
  if (!(days >= 0)) throw new Error(`invalid lookback days: ${days} (expected a number >= 0)`);
  const { time } = set.touches;
  const from = set.journeys.map((j) => {
    const end = windowEnd(j, time);
    return Number.isNaN(end) ? -Infinity : end - days * DAY_MS;
  });
  // NaN < start is false, so touches without a time are kept.
  const dropped = set.journeys.some((j, i) => {
    for (let k = j.start; k < j.end; k++) if (time[k] < from[i]) return true;
    return false;
  });
  if (!dropped) return set;
  const src: TouchColumns = set.touches;
  const w = new TouchWriter(src.channel.length);
  const journeys = set.journeys.map((j, i): Journey => {
    const start = w.length;
    for (let k = j.start; k < j.end; k++) if (!(time[k] < from[i])) w.copy(src, k);
    return { ...j, start, end: w.length };
  });
  return { ...set, journeys, touches: w.finish() };
}
