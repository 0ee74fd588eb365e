// Lookback window: touches long before the conversion do not get credit.

import type { Journey, JourneySet, Touch } from '../types';

const DAY_MS = 86_400_000;

/** The time the window ends at: the conversion time, else the latest touch time; undefined when nothing is timed. */
function windowEnd(j: Journey): number | undefined {
  if (j.conversions > 0 && j.conversionTime !== undefined) return j.conversionTime;
  let end: number | undefined;
  for (const t of j.touches) if (t.time !== undefined && (end === undefined || t.time > end)) end = t.time;
  return end;
}

/**
 * A new set in which each journey keeps only the touches at most `days` days before its conversion time
 * (for non-converting paths and conversions without a time: before its latest touch). Touches without a
 * time are kept. A journey left without touches keeps its conversions and value (it becomes unattributable,
 * which the caller reports). Journeys with nothing dropped are shared, not copied. Does not mutate `set`.
 */
export function applyLookback(set: JourneySet, days: number): JourneySet {
  if (!(days >= 0)) throw new Error(`invalid lookback days: ${days} (expected a number >= 0)`);
  const journeys = set.journeys.map((j): Journey => {
    const end = windowEnd(j);
    if (end === undefined) return j;
    const start = end - days * DAY_MS;
    const kept: Touch[] = j.touches.filter((t) => t.time === undefined || t.time >= start);
    return kept.length === j.touches.length ? j : { ...j, touches: kept };
  });
  return { ...set, journeys };
}
