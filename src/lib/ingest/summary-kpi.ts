// Small summaries of the KPI kinds (customers, NPS answers, forecasts): counts and totals, never the rows.
import type { Customer, ForecastRow, NpsAnswer } from '../types';

export interface CustomerSummary {
  type: 'customers';
  customers: number;
  /** Customers with neither an end date nor active = false. */
  active: number;
  churned: number;
  /** Sum of the active customers' monthly revenue. */
  mrr: number;
  segments: number;
}

export interface NpsSummary {
  type: 'nps';
  answers: number;
  promoters: number;
  passives: number;
  detractors: number;
  /** % promoters - % detractors, -100..100; null without answers. */
  nps: number | null;
}

export interface ForecastSummary {
  type: 'forecast';
  rows: number;
  /** Distinct periods and channels as written. */
  periods: number;
  channels: number;
  forecast: number;
  actual: number;
}

/** A customer has churned when it has an end date or its active flag is false. */
export const hasChurned = (c: Customer): boolean => c.end !== undefined || c.active === false;

export function customerSummary(list: readonly Customer[]): CustomerSummary {
  let active = 0, mrr = 0;
  const segments = new Set<string>();
  for (const c of list) {
    if (!hasChurned(c)) { active++; mrr += c.mrr ?? 0; }
    if (c.segment !== undefined) segments.add(c.segment);
  }
  return { type: 'customers', customers: list.length, active, churned: list.length - active, mrr, segments: segments.size };
}

export function npsSummary(list: readonly NpsAnswer[]): NpsSummary {
  let promoters = 0, detractors = 0;
  for (const a of list) {
    if (a.score >= 9) promoters++;
    else if (a.score <= 6) detractors++;
  }
  const n = list.length;
  return { type: 'nps', answers: n, promoters, passives: n - promoters - detractors, detractors, nps: n === 0 ? null : (100 * (promoters - detractors)) / n };
}

export function forecastSummary(rows: readonly ForecastRow[]): ForecastSummary {
  const periods = new Set<string>(), channels = new Set<string>();
  let forecast = 0, actual = 0;
  for (const r of rows) {
    if (r.period !== undefined) periods.add(r.period);
    if (r.channel !== undefined) channels.add(r.channel);
    forecast += r.forecast;
    actual += r.actual;
  }
  return { type: 'forecast', rows: rows.length, periods: periods.size, channels: channels.size, forecast, actual };
}
