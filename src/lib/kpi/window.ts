// The report's time window: the span of the outcome data (journeys, deals, NPS answers, forecasts).
import type { Customer, Deal, ForecastRow, NpsAnswer, SpendRow } from '../types';
import type { Contact } from './contacts';
import { parsePeriodLabel } from './period';
import { spanOf } from './spend';

export interface WindowSources {
  contacts?: readonly Contact[];
  deals?: readonly Deal[];
  nps?: readonly NpsAnswer[];
  forecast?: readonly ForecastRow[];
  customers?: readonly Customer[];
  spend?: readonly SpendRow[];
}

/** Customers alone reach back years; their window is at most the last 24 months. */
const CUSTOMER_MONTHS = 24;

class Range {
  min = Infinity;
  max = -Infinity;
  add(t: number | undefined): void {
    if (t === undefined || !Number.isFinite(t)) return;
    if (t < this.min) this.min = t;
    if (t > this.max) this.max = t;
  }
  value(): { from: number; to: number } | null {
    return this.min <= this.max ? { from: this.min, to: this.max } : null;
  }
}

/**
 * The first and last moment of the outcome data. Spend (its weeks may start before the first lead) counts only
 * when there is no outcome data; customers only when nothing else has dates. null when nothing is dated.
 */
export function dataWindow(s: WindowSources): { from: number; to: number } | null {
  const r = new Range();
  for (const c of s.contacts ?? []) { r.add(c.leadTime); r.add(c.mqlTime); r.add(c.wonTime); }
  for (const d of s.deals ?? []) { r.add(d.created); r.add(d.closed); }
  for (const a of s.nps ?? []) r.add(a.time);
  for (const f of s.forecast ?? []) {
    const span = f.period === undefined ? null : parsePeriodLabel(f.period);
    if (span) { r.add(span.start); r.add(span.end - 1); }
  }
  if (r.value()) return r.value();
  for (const row of s.spend ?? []) {
    const span = spanOf(row);
    if (span) { r.add(span.start); r.add(span.end - 1); }
  }
  if (r.value()) return r.value();
  for (const c of s.customers ?? []) { r.add(c.start); r.add(c.end); }
  const v = r.value();
  if (!v) return null;
  const last = new Date(v.to);
  return { from: Math.max(v.from, Date.UTC(last.getUTCFullYear(), last.getUTCMonth() - (CUSTOMER_MONTHS - 1))), to: v.to };
}
