// Whether the journeys cover the same period as the spend: the budget compares their totals, so a month of spend
// against two months of credit halves every cost per conversion. A note only when they differ or cannot be compared.
import type { JourneySet, SpendRow } from '../types';
import { parsePeriodLabel } from '../kpi/period';
import { msg, type Msg } from '../messages';

const DAY = 86_400_000;

/** A span [start, end) and its step (a day, a week or a month): differences within one step are not differences. */
export interface Span { start: number; end: number; step: number }

/** What the spend rows cover: dates (each a day, or the gap between them when wider), or week / month labels. */
export function spendSpan(rows: readonly SpendRow[]): Span | null {
  const times = [...new Set(rows.flatMap((r) => (r.time !== undefined && Number.isFinite(r.time) ? [r.time] : [])))].sort((a, b) => a - b);
  if (times.length > 0) {
    const gaps = times.slice(1).map((t, i) => t - times[i]);
    const step = Math.max(DAY, gaps.length ? Math.min(...gaps) : DAY);
    return { start: times[0], end: times[times.length - 1] + step, step };
  }
  const spans = rows.flatMap((r) => {
    const s = r.period !== undefined ? parsePeriodLabel(r.period, r.periodUnit === 'week' ? 'week' : r.periodUnit === 'month' ? 'month' : 'day') : null;
    return s ? [s] : [];
  });
  if (spans.length === 0) return null;
  return { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)), step: Math.max(DAY, Math.min(...spans.map((s) => s.end - s.start))) };
}

/** First and last touch time of the journeys; null when they have no times. */
export function journeySpan(set: JourneySet): { start: number; end: number } | null {
  if (!set.timed) return null;
  let start = Infinity, end = -Infinity;
  for (const t of set.touches.time) {
    if (!Number.isFinite(t)) continue;
    if (t < start) start = t;
    if (t > end) end = t;
  }
  return start <= end ? { start, end } : null;
}

/**
 * The note on the journeys' period: none when both cover the same span (within one step of the spend), a sentence
 * with both spans when they differ, and the plain advice when either file has no dates. Mutates nothing.
 */
export function periodNote(rows: readonly SpendRow[], set: JourneySet): Msg | null {
  const spend = spendSpan(rows), journeys = journeySpan(set);
  if (!spend || !journeys) return msg('budget.creditSource', {});
  const off = Math.abs(journeys.start - spend.start) >= spend.step || journeys.end - spend.end >= spend.step || spend.end - journeys.end > spend.step;
  return off ? msg('budget.periodMismatch', { spendFrom: spend.start, spendTo: spend.end - DAY, creditFrom: journeys.start, creditTo: journeys.end }) : null;
}
