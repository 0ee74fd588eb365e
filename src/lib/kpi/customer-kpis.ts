// Churn rate, ARPA and CLV KPIs from customers, overall, per period, per segment and per acquisition channel.
import type { Customer } from '../types';
import { makeKpi } from './build';
import { churnSeries, currentArpa, groupCustomers, type Bounds, type ChurnResult } from './churn';
import { clv, type ClvResult } from './clv';
import type { Kpi, KpiName } from './types';
import { msg, type Msg } from '../messages';

export interface CustomerKpis {
  kpis: Partial<Record<KpiName, Kpi>>;
  /** Why a KPI is unavailable. */
  unavailable: Partial<Record<KpiName, Msg>>;
  churn?: ChurnResult;
  clv?: ClvResult;
}

type Pick = (r: ChurnResult) => number | null;

function split(customers: readonly Customer[], bounds: readonly Bounds[], pick: Pick, key: (c: Customer) => string | undefined): Map<string, number | null> {
  return new Map([...groupCustomers(customers, key)].map(([k, list]) => [k, pick(churnSeries(list, bounds))]));
}

/**
 * Customer KPIs over `bounds` (the report's periods). CLV uses monthly churn and ARPA over `months` (the same
 * window in months) and needs the gross margin. Does not mutate `customers`.
 */
export function customerKpis(customers: readonly Customer[], bounds: readonly Bounds[], months: readonly Bounds[], margin: number | undefined): CustomerKpis {
  const out: CustomerKpis = { kpis: {}, unavailable: {} };
  const periods = bounds.map((b) => b.key);
  const hasEnd = customers.some((c) => c.end !== undefined);
  const hasMrr = customers.some((c) => c.mrr !== undefined);
  const hasDates = customers.some((c) => c.start !== undefined || c.end !== undefined);
  const series = churnSeries(customers, bounds);
  const rate: Pick = (r) => r.rate, arpa: Pick = (r) => r.arpa;
  const bySegment = (p: Pick) => split(customers, bounds, p, (c) => c.segment);
  const byChannel = (p: Pick) => split(customers, bounds, p, (c) => c.channel);
  if (hasEnd && bounds.length > 0) {
    out.churn = series;
    out.kpis.churn_rate = makeKpi('churn_rate', series.rate, periods, {
      byPeriod: new Map(series.points.map((p) => [p.period, p.rate])), bySegment: bySegment(rate), byChannel: byChannel(rate),
    });
  } else {
    out.unavailable.churn_rate = customers.some((c) => c.active === false) ? msg('kpi.churnActiveOnly', {}) : msg('kpi.churnNoEnd', {});
  }
  if (!hasMrr) out.unavailable.arpa = msg('kpi.arpaNoMrr', {});
  else if (hasDates && bounds.length > 0) {
    out.kpis.arpa = makeKpi('arpa', series.arpa, periods, {
      byPeriod: new Map(series.points.map((p) => [p.period, p.arpa])), bySegment: bySegment(arpa), byChannel: byChannel(arpa),
    });
  } else {
    const now = (list: readonly Customer[]) => currentArpa(list);
    out.kpis.arpa = makeKpi('arpa', now(customers), [], {
      bySegment: new Map([...groupCustomers(customers, (c) => c.segment)].map(([k, l]) => [k, now(l)])),
      byChannel: new Map([...groupCustomers(customers, (c) => c.channel)].map(([k, l]) => [k, now(l)])),
    });
  }
  if (margin === undefined) out.unavailable.clv = msg('kpi.clvNoMargin', {});
  else if (!hasEnd || !hasMrr || months.length === 0) out.unavailable.clv = msg('kpi.clvNeedsEnd', {});
  else {
    const monthly = churnSeries(customers, months);
    out.clv = clv(monthly.arpa, margin, monthly.rate);
    const clvOf = (list: readonly Customer[]) => {
      const r = churnSeries(list, months);
      return clv(r.arpa, margin, r.rate).value;
    };
    out.kpis.clv = makeKpi('clv', out.clv.value, [], {
      formula: out.clv.formula,
      bySegment: new Map([...groupCustomers(customers, (c) => c.segment)].map(([k, l]) => [k, clvOf(l)])),
      byChannel: new Map([...groupCustomers(customers, (c) => c.channel)].map(([k, l]) => [k, clvOf(l)])),
    });
  }
  return out;
}
