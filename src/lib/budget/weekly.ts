// Weekly spend beside weekly credit, so a channel with 12+ weeks of varying spend gets a curve fitted to its
// own weeks (shrunk toward the one-point curve; see fit.ts) instead of the one-point assumption alone.
import type { JourneyKind, JourneySet, SpendRow } from '../types';
import type { ModelName } from '../attribution/types';
import { attribute } from '../attribution/attribute';
import { channelKey } from '../attribution/cost';
import { parsePeriodLabel } from '../kpi/period';
import type { SeriesPoint } from './fit';
import type { HillCurve } from './response';

const DAY = 86_400_000;
const WEEK = 7 * DAY;
/** Monday 00:00 UTC of the week of `ms` (1970-01-01 was a Thursday, hence the +3 days). */
const weekOf = (ms: number) => Math.floor((ms + 3 * DAY) / WEEK) * WEEK - 3 * DAY;

function rowWeek(row: SpendRow): number | null {
  if (row.time !== undefined) return weekOf(row.time);
  if (row.period === undefined || row.periodUnit === 'month') return null;
  const span = parsePeriodLabel(row.period, 'week');
  return span ? weekOf(span.start) : null;
}

/**
 * Per spend channel (matched by name), the weeks with spend: spend that week and the credit the model gives the
 * channel for conversions in that week. Empty when the spend has no weekly dates or the journeys no times.
 */
export function weeklySeries(rows: readonly SpendRow[], set: JourneySet, source: JourneyKind, model: ModelName, kpi: 'conversions' | 'value'): Map<string, SeriesPoint[]> {
  const out = new Map<string, SeriesPoint[]>();
  if (!set.timed) return out;
  const spend = new Map<string, Map<number, number>>();
  for (const r of rows) {
    const w = rowWeek(r);
    if (w === null) continue;
    const byWeek = spend.get(r.channel) ?? new Map<number, number>();
    byWeek.set(w, (byWeek.get(w) ?? 0) + r.spend);
    spend.set(r.channel, byWeek);
  }
  if (spend.size === 0) return out;
  // The model on each week's converting journeys: credit for the conversions of that week.
  const weeks = new Map<number, JourneySet['journeys']>();
  for (const j of set.journeys) {
    if (j.conversions <= 0 || j.conversionTime === undefined) continue;
    const w = weekOf(j.conversionTime);
    weeks.set(w, [...(weeks.get(w) ?? []), j]);
  }
  const credit = new Map<number, Map<string, number>>();
  for (const [w, journeys] of weeks) {
    const r = attribute({ ...set, journeys }, source, { models: [model] });
    const c = r.models[model];
    if (c) credit.set(w, new Map(r.channels.map((name, i) => [channelKey(name), kpi === 'value' ? c.value[i] : c.conversions[i]])));
  }
  for (const [channel, byWeek] of spend) {
    const key = channelKey(channel);
    out.set(channel, [...byWeek].sort((a, b) => a[0] - b[0]).map(([w, s]) => ({ spend: s, response: credit.get(w)?.get(key) ?? 0 })));
  }
  return out;
}

/**
 * A weekly curve as a curve of totals over `weeks` weeks at an even weekly pace:
 * n f(X / n) = (n beta) X^alpha / (X^alpha + (n gamma)^alpha).
 */
export function overWeeks(curve: HillCurve, weeks: number): HillCurve {
  return { ...curve, beta: curve.beta * weeks, gamma: curve.gamma * weeks, carryover: curve.carryover === undefined ? undefined : curve.carryover * weeks };
}

/**
 * Per channel (campaign) of a platform report, its weeks with spend: spend that week and the conversions (or value)
 * the platform reports for that week. Rows without dates or week labels are left out. Mutates nothing.
 */
export function weeklyReported(rows: readonly SpendRow[], kpi: 'conversions' | 'value'): Map<string, SeriesPoint[]> {
  const weeks = new Map<string, Map<number, SeriesPoint>>();
  for (const r of rows) {
    const w = rowWeek(r);
    if (w === null) continue;
    const byWeek = weeks.get(r.channel) ?? new Map<number, SeriesPoint>();
    const p = byWeek.get(w) ?? { spend: 0, response: 0 };
    const y = kpi === 'value' ? r.value : r.conversions;
    byWeek.set(w, { spend: p.spend + r.spend, response: p.response + (Number.isFinite(y) ? (y as number) : 0) });
    weeks.set(r.channel, byWeek);
  }
  return new Map([...weeks].map(([channel, byWeek]) => [channel, [...byWeek].sort((a, b) => a[0] - b[0]).map(([, p]) => p)]));
}
