// Spend rows -> sums per channel and period (a week's spend is spread over its days), and email/ad activity rates.
import type { SpendRow } from '../types';
import { add, emptySums, makeKpi, ratioKpi, type Sums } from './build';
import { DAY, parsePeriodLabel, periodKey } from './period';
import type { Granularity, Kpi } from './types';

/** The span of a spend row: its date (one day) or its period label (a week column's dates are week starts). */
export function spanOf(row: SpendRow): { start: number; end: number } | null {
  if (row.time !== undefined) return { start: row.time, end: row.time + DAY };
  if (row.period === undefined) return null;
  return parsePeriodLabel(row.period, row.periodUnit ?? 'day');
}

/**
 * Splits `value` over the periods a span touches, in proportion to its days in each: a week from Monday
 * 30 Dec 2024 puts 2/7 into 2024-12 and 5/7 into 2025-01. A span inside one period goes there whole.
 */
export function spread(span: { start: number; end: number }, value: number, g: Granularity): [string, number][] {
  const days = Math.max(1, Math.round((span.end - span.start) / DAY));
  const counts = new Map<string, number>();
  for (let d = 0; d < days; d++) {
    const key = periodKey(span.start + d * DAY, g);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([key, n]) => [key, n === days ? value : (value * n) / days]);
}

/**
 * Adds a row's value to sums, spread over its periods; rows without a date count in the totals only. With
 * `keep` (the report's periods), the parts in other periods are left out of every sum; returns that part.
 */
function addRow(s: Sums, row: SpendRow, value: number, g: Granularity, keep?: ReadonlySet<string>): number {
  const span = spanOf(row);
  if (!span) {
    add(s, value, row.channel);
    return 0;
  }
  let outside = 0;
  for (const [key, v] of spread(span, value, g)) {
    if (keep && !keep.has(key)) outside += v;
    else add(s, v, row.channel, key);
  }
  return outside;
}

export interface SpendSums {
  spend: Sums;
  /** True when every row has a date or a readable period. */
  timed: boolean;
  /** Spend dated outside the report's periods, left out of the total, the channels and every ratio. */
  outside: number;
}

/**
 * Spend per channel and period. With `periods` (the report window), spend dated outside them is left out of
 * every sum, so the periods add up to the total (rows without a date count in the total only).
 */
export function spendSums(rows: readonly SpendRow[], g: Granularity, periods?: readonly string[]): SpendSums {
  const spend = emptySums();
  const keep = periods && periods.length > 0 ? new Set(periods) : undefined;
  let timed = rows.length > 0, outside = 0;
  for (const r of rows) {
    if (!spanOf(r)) timed = false;
    outside += addRow(spend, r, r.spend, g, keep);
  }
  return { spend, timed, outside };
}

/** The spend KPI. */
export function spendKpi(s: SpendSums, periods: readonly string[]): Kpi {
  const byPeriod = s.timed ? new Map(periods.map((p) => [p, s.spend.byPeriod.get(p) ?? 0])) : undefined;
  return makeKpi('spend', s.spend.total, periods, { byChannel: s.spend.byChannel, byPeriod });
}

/**
 * Open, click and bounce rates where the rows have the counts. Email rows (with sent) use delivered =
 * sent - bounces as the base of opens and clicks; ad rows use impressions for clicks.
 */
export function activityKpis(rows: readonly SpendRow[], g: Granularity, periods: readonly string[], window = false): Partial<Record<'open_rate' | 'click_rate' | 'bounce_rate', Kpi>> {
  const keep = window && periods.length > 0 ? new Set(periods) : undefined;
  const put = (s: Sums, r: SpendRow, v: number) => addRow(s, r, v, g, keep);
  const opens = emptySums(), delivered = emptySums(), clicks = emptySums(), clickBase = emptySums(), bounces = emptySums(), sent = emptySums();
  let hasOpens = false, hasClicks = false, hasBounces = false, timed = rows.length > 0;
  for (const r of rows) {
    if (!spanOf(r)) timed = false;
    const base = r.sends !== undefined ? r.sends - (r.bounces ?? 0) : undefined;
    if (r.opens !== undefined && base !== undefined) { hasOpens = true; put(opens, r, r.opens); put(delivered, r, base); }
    const cb = base ?? r.impressions;
    if (r.clicks !== undefined && cb !== undefined) { hasClicks = true; put(clicks, r, r.clicks); put(clickBase, r, cb); }
    if (r.bounces !== undefined && r.sends !== undefined) { hasBounces = true; put(bounces, r, r.bounces); put(sent, r, r.sends); }
  }
  const out: Partial<Record<'open_rate' | 'click_rate' | 'bounce_rate', Kpi>> = {};
  if (hasOpens) out.open_rate = ratioKpi('open_rate', opens, delivered, periods, { timed });
  if (hasClicks) out.click_rate = ratioKpi('click_rate', clicks, clickBase, periods, { timed });
  if (hasBounces) out.bounce_rate = ratioKpi('bounce_rate', bounces, sent, periods, { timed });
  return out;
}
