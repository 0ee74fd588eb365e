// Sales cycle length: days from deal creation (or the lead touch) to won: median, mean, 90th percentile, distribution.
import type { Deal } from '../types';
import type { Contact } from './contacts';
import { DAY, periodKey } from './period';
import { mean, quantileSorted } from './stats';
import type { Granularity } from './types';

/** One won deal's cycle: its length, lead source and won time. */
export interface CycleItem {
  days: number;
  channel?: string;
  /** Won time, ms UTC. */
  time: number;
}

export interface CycleStats {
  count: number;
  mean: number | null;
  median: number | null;
  p90: number | null;
  min: number | null;
  max: number | null;
}

/** Distribution bins in days: [from, to); the last bin has no end. */
export const CYCLE_BINS: readonly number[] = [0, 7, 14, 30, 60, 90, 180];

export interface CycleResult {
  overall: CycleStats;
  byChannel: Record<string, CycleStats>;
  /** By the period of the won date. */
  byPeriod: Record<string, CycleStats>;
  distribution: { from: number; to: number | null; count: number }[];
}

/** Won deals with a created and a close date (close not before created). */
export function dealCycles(deals: readonly Deal[]): CycleItem[] {
  const out: CycleItem[] = [];
  for (const d of deals) {
    if (d.won !== true || d.created === undefined || d.closed === undefined || d.closed < d.created) continue;
    out.push({ days: (d.closed - d.created) / DAY, channel: d.channel, time: d.closed });
  }
  return out;
}

/** Won contacts with a lead time and a won time: lead touch -> conversion. */
export function leadCycles(contacts: readonly Contact[]): CycleItem[] {
  const out: CycleItem[] = [];
  for (const c of contacts) {
    if (c.won === 0 || c.step < 0 || c.leadTime === undefined || c.wonTime === undefined || c.wonTime < c.leadTime) continue;
    // A path-table row would stand for many wins; touchpoint contacts win once.
    for (let i = 0; i < c.won; i++) out.push({ days: (c.wonTime - c.leadTime) / DAY, channel: c.channel, time: c.wonTime });
  }
  return out;
}

export function cycleStats(days: readonly number[]): CycleStats {
  const sorted = [...days].sort((a, b) => a - b);
  return {
    count: sorted.length,
    mean: mean(sorted),
    median: quantileSorted(sorted, 0.5),
    p90: quantileSorted(sorted, 0.9),
    min: sorted.length ? sorted[0] : null,
    max: sorted.length ? sorted[sorted.length - 1] : null,
  };
}

function groupStats(items: readonly CycleItem[], key: (i: CycleItem) => string | undefined): Record<string, CycleStats> {
  const m = new Map<string, number[]>();
  for (const i of items) {
    const k = key(i);
    if (k === undefined) continue;
    const list = m.get(k);
    if (list) list.push(i.days);
    else m.set(k, [i.days]);
  }
  return Object.fromEntries([...m].sort((a, b) => a[0].localeCompare(b[0])).map(([k, v]) => [k, cycleStats(v)]));
}

/** Cycle statistics overall, per channel, per period of the won date, and a histogram over CYCLE_BINS. */
export function salesCycle(items: readonly CycleItem[], g: Granularity): CycleResult {
  const distribution = CYCLE_BINS.map((from, i) => ({ from, to: i + 1 < CYCLE_BINS.length ? CYCLE_BINS[i + 1] : null, count: 0 }));
  for (const { days } of items) {
    let b = CYCLE_BINS.length - 1;
    while (b > 0 && days < CYCLE_BINS[b]) b--;
    distribution[b].count++;
  }
  return {
    overall: cycleStats(items.map((i) => i.days)),
    byChannel: groupStats(items, (i) => i.channel),
    byPeriod: groupStats(items, (i) => periodKey(i.time, g)),
    distribution,
  };
}
