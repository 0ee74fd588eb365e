// Forecast accuracy: MAPE and bias over periods, per period and per channel.
import type { ForecastRow } from '../types';
import { parsePeriodLabel, periodKey } from './period';
import type { Granularity } from './types';
import { recordOf } from '../util/own';

/** One period's forecast against its actual (channels summed). */
export interface ForecastPoint {
  period: string;
  forecast: number;
  actual: number;
  /** forecast - actual. */
  error: number;
  /** |error| / |actual|; null when actual is 0. */
  ape: number | null;
  /** error / actual; null when actual is 0. */
  bias: number | null;
}

export interface ForecastAccuracy {
  /** Mean of the periods' APE (periods with actual 0 left out); null when none is left. */
  mape: number | null;
  /** sum(forecast - actual) / sum(actual) over periods whose actual is not 0: above 0 means forecasts run high. */
  bias: number | null;
  points: ForecastPoint[];
}

export interface ForecastResult extends ForecastAccuracy {
  byChannel: Record<string, ForecastAccuracy>;
  /** True when periods are the file's own labels (unreadable, or longer than the chosen granularity). */
  nativePeriods: boolean;
}

const SPAN_DAYS: Readonly<Record<Granularity, number>> = { week: 7, month: 28, quarter: 90 };

/** Accuracy over rows already keyed by period, in their first-seen order (channels summed per period). */
export function accuracy(rows: readonly { period: string; forecast: number; actual: number }[]): ForecastAccuracy {
  const sums = new Map<string, { f: number; a: number }>();
  for (const r of rows) {
    const s = sums.get(r.period) ?? { f: 0, a: 0 };
    s.f += r.forecast;
    s.a += r.actual;
    sums.set(r.period, s);
  }
  const points: ForecastPoint[] = [...sums].map(([period, { f, a }]) => ({
    period, forecast: f, actual: a, error: f - a, ape: a === 0 ? null : Math.abs(f - a) / Math.abs(a), bias: a === 0 ? null : (f - a) / a,
  }));
  const apes = points.flatMap((p) => (p.ape === null ? [] : [p.ape]));
  // Bias leaves out periods whose actual is 0, as MAPE does: their error has no base to compare with.
  const based = points.filter((p) => p.actual !== 0);
  const totalA = based.reduce((s, p) => s + p.actual, 0), totalE = based.reduce((s, p) => s + p.error, 0);
  return { mape: apes.length ? apes.reduce((s, x) => s + x, 0) / apes.length : null, bias: totalA === 0 ? null : totalE / totalA, points };
}

/**
 * Forecast accuracy in periods of `g`: rows whose period labels read and span at most `g` are summed into
 * its periods (monthly rows into quarters); otherwise the file's own labels are kept (a monthly forecast is
 * not split into weeks). Rows without a period form one period named "(all)". Does not mutate `rows`.
 */
export function forecastAccuracy(rows: readonly ForecastRow[], g: Granularity): ForecastResult {
  const spans = rows.map((r) => (r.period === undefined ? null : parsePeriodLabel(r.period)));
  const regroup = spans.every((s) => s !== null && (s.end - s.start) / 86_400_000 <= SPAN_DAYS[g] + 3);
  const keyed = rows.map((r, i) => ({
    period: regroup ? periodKey((spans[i] as { start: number }).start, g) : (r.period ?? '(all)'),
    channel: r.channel, forecast: r.forecast, actual: r.actual, start: spans[i]?.start,
  }));
  // Readable periods go in time order; otherwise the file's order stays.
  if (spans.every((s) => s !== null)) keyed.sort((a, b) => (a.start as number) - (b.start as number));
  // Grouped in one pass (a filter per channel was quadratic), keyed by a Map so `__proto__` is a channel too.
  const groups = new Map<string, typeof keyed>();
  for (const r of keyed) {
    if (r.channel === undefined) continue;
    const list = groups.get(r.channel);
    if (list) list.push(r);
    else groups.set(r.channel, [r]);
  }
  const byChannel = recordOf([...groups.keys()].sort().map((c) => [c, accuracy(groups.get(c) as typeof keyed)] as const));
  return { ...accuracy(keyed), byChannel, nativePeriods: !regroup };
}
