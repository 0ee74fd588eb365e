// Path tables (ChannelAttribution, GA4 conversion paths): one row per distinct path with counts.

import type { Journey, JourneySet } from '../types';
import { TouchWriter } from './store';
import { Dictionary } from './dictionary';

/** One row of a path table. */
export interface PathRow {
  path: string;
  conversions: number;
  value: number;
  nulls: number;
}

/**
 * Candidates, most specific first: ' -> ' must be tried before '->' and '>'. No ' / ': GA writes
 * channels as `google / cpc`. ',' only counts when no other candidate occurs.
 */
const SEPARATORS = [' -> ', '->', ' > ', '>', ' | ', '|'] as const;
const DEFAULT_SEPARATOR = ' > ';

/**
 * The separator most sample paths use: the first candidate (' -> ', '->', ' > ', '>', ' | ', '|')
 * found in the most samples; ',' when none of them occurs but a comma does; ' > ' when no sample has
 * any (single-channel paths).
 */
export function detectPathSeparator(samples: string[]): string {
  let best: string = DEFAULT_SEPARATOR;
  let bestCount = 0;
  for (const sep of SEPARATORS) {
    let count = 0;
    for (const s of samples) if (s.includes(sep)) count++;
    if (count > bestCount) {
      best = sep;
      bestCount = count;
    }
  }
  if (bestCount === 0 && samples.some((s) => s.includes(','))) return ',';
  return best;
}

/**
 * The channels of a path, trimmed, empties dropped. Splits on the separator without its spaces,
 * so `a>b` and `a > b` split alike.
 */
export function splitPath(path: string, separator: string): string[] {
  const sep = separator.trim() || separator;
  const out: string[] = [];
  for (const part of path.split(sep)) {
    const channel = part.trim();
    if (channel !== '') out.push(channel);
  }
  return out;
}

/**
 * One journey per path-table row (id = the path text) with channels dictionary-encoded in order of
 * first appearance. A row whose path is empty becomes a journey without touches; the caller reports it.
 * Does not mutate `rows`.
 */
export function journeysFromPaths(rows: readonly PathRow[], separator: string): JourneySet {
  const channels = new Dictionary();
  const touches = new TouchWriter(rows.length * 4);
  const journeys = rows.map((row): Journey => {
    const start = touches.length;
    for (const c of splitPath(row.path, separator)) touches.push(channels.code(c), NaN, -1, -1, -1);
    return { id: row.path, start, end: touches.length, conversions: row.conversions, value: row.value, nulls: row.nulls };
  });
  return { channels: channels.values, types: [], stages: [], campaigns: [], journeys, touches: touches.finish(), timed: false };
}
