// The KPI engine's entry point: every KPI the given data supports, and why the others are unavailable.
import { msg, type Msg } from '../messages';
import type { Customer, Deal, ForecastRow, JourneySet, NpsAnswer, SpendRow } from '../types';
import { makeKpi, sumKpi } from './build';
import { contactsOf, DEFAULT_MQL_TYPES, stepOfStage, type Contact, type FunnelStep, type MqlRule } from './contacts';
import { customerKpis } from './customer-kpis';
import { dealCycles, leadCycles, salesCycle, type CycleResult } from './cycle';
import { KPI_NAMES } from './definitions';
import { forecastAccuracy, type ForecastResult } from './forecast';
import { funnel, type FunnelResult } from './funnel';
import { costPer, dealWinSums, funnelKpis, journeyWinSums, leadSums, roiKpi } from './marketing';
import { npsReport, type NpsReport } from './nps';
import { DAY, periodKey, periodsBetween, withChanges } from './period';
import { addTo, ratio } from './stats';
import { activityKpis, spendKpi, spendSums } from './spend';
import type { Granularity, Kpi, KpiName } from './types';
import { dataWindow } from './window';
import type { ChurnResult } from './churn';
import type { ClvResult } from './clv';

export interface KpiInputs {
  journeys?: JourneySet;
  spend?: readonly SpendRow[];
  deals?: readonly Deal[];
  customers?: readonly Customer[];
  nps?: readonly NpsAnswer[];
  forecast?: readonly ForecastRow[];
  /** Revenue credited to each channel by the chosen attribution model (for ROI). */
  attributedRevenue?: Readonly<Record<string, number>>;
  /** Name of that model, for the ROI formula text. */
  attributionModel?: string;
  /** Whether that credit includes anonymous touches before the lead (for the ROI formula text). */
  creditBeforeLead?: boolean;
}

export interface KpiOptions {
  period: Granularity;
  /** How MQLs are recognised; by default the MQL stage when the stages name it, else webinar/download/demo touches. */
  mqlRule?: MqlRule;
  /** The user's own stage names -> funnel step. */
  stageSteps?: Readonly<Record<string, FunnelStep>>;
  /** Gross margin 0..1 for CLV; CLV is unavailable without it. */
  grossMargin?: number;
  /** Report window (ms UTC); by default the span of the outcome data. */
  window?: { from: number; to: number };
}

export interface KpiReport {
  granularity: Granularity;
  /** Period labels of the window, in order. */
  periods: string[];
  /**
   * The trailing periods the data does not reach to their end (a week still running): drawn as provisional, never
   * alerted on, never judged against a goal, never the headline.
   */
  incomplete: string[];
  /** The end (exclusive, ms UTC) of the data's last day; null without dated data. */
  dataEnd: number | null;
  kpis: Partial<Record<KpiName, Kpi>>;
  /** Every KPI's warnings, once each, in KPI order (the same Msgs as in each Kpi's `warnings`). */
  warnings: Msg[];
  /** Why each KPI the files cannot give is missing: customer reasons first, then the rest in KPI order. */
  unavailable: Partial<Record<KpiName, Msg>>;
  mqlRule?: MqlRule;
  funnel?: FunnelResult;
  salesCycle?: CycleResult;
  leadCycle?: CycleResult;
  forecast?: ForecastResult;
  churn?: ChurnResult;
  clv?: ClvResult;
  nps?: NpsReport;
}

/** The MQL stage when some stage is MQL or later, else qualifying touch types. */
export function defaultMqlRule(set: JourneySet, stageSteps?: Readonly<Record<string, FunnelStep>>): MqlRule {
  return set.stages.some((s) => (stepOfStage(s, stageSteps) ?? -1) >= 1) ? { by: 'stage', stage: 'MQL' } : { by: 'touch_types', types: DEFAULT_MQL_TYPES };
}

const medians = (stats: Record<string, { median: number | null }>) => new Map(Object.entries(stats).map(([k, s]) => [k, s.median] as const));

/** A cycle KPI: the median in days, per channel and per period of the won date. */
function cycleKpi(name: 'sales_cycle_days' | 'lead_cycle_days', r: CycleResult, periods: readonly string[]): Kpi {
  return makeKpi(name, r.overall.median, periods, { byChannel: medians(r.byChannel), byPeriod: medians(r.byPeriod) });
}

/**
 * Won deals by the period of their lead: a deals file's won deals joined to their lead by id (deals without a
 * lead are left out), else the contacts' wins.
 */
function wonByLeadPeriod(contacts: readonly Contact[], deals: readonly Deal[] | undefined, g: Granularity): Map<string, number> {
  const out = new Map<string, number>();
  const put = (t: number | undefined, n: number) => {
    if (t !== undefined) addTo(out, periodKey(t, g), n);
  };
  if (deals) {
    const leadTime = new Map(contacts.filter((c) => c.step >= 0).map((c) => [c.id, c.leadTime]));
    for (const d of deals) if (d.won === true) put(leadTime.get(d.id), 1);
  } else {
    for (const c of contacts) if (c.won > 0) put(c.leadTime, c.won);
  }
  return out;
}

/** Adds a warning to a KPI (when it was computed). Mutates `kpi` (a builder's own object). */
function warn(kpi: Kpi | undefined, w: Msg): void {
  if (kpi) kpi.warnings = [...(kpi.warnings ?? []), w];
}

/** Channels with spend above 0 and no count (no leads, no won deals), sorted. */
function spentWithout(spend: ReadonlyMap<string, number>, count: ReadonlyMap<string, number>): string[] {
  return [...spend].filter(([c, v]) => v > 0 && !((count.get(c) ?? 0) > 0)).map(([c]) => c).sort();
}

/**
 * Lead cohorts too young to judge: periods that end less than the median lead -> won time before the data ends
 * (`to`), so part of their leads have not had the usual time to win.
 */
export function youngCohorts(bounds: readonly { key: string; end: number }[], to: number, medianDays: number | null): string[] {
  if (medianDays === null || !(medianDays > 0)) return [];
  return bounds.filter((b) => b.end > to - medianDays * DAY).map((b) => b.key);
}

/** Computes every KPI the inputs support. Pure: does not mutate its inputs. */
export function computeKpis(inputs: KpiInputs, options: KpiOptions): KpiReport {
  const g = options.period;
  const set = inputs.journeys;
  const mqlRule = options.mqlRule ?? (set ? defaultMqlRule(set, options.stageSteps) : undefined);
  const contacts: Contact[] | undefined = set && mqlRule ? contactsOf(set, { mqlRule, stageSteps: options.stageSteps }) : undefined;
  const window = options.window ?? dataWindow({ contacts, deals: inputs.deals, nps: inputs.nps, forecast: inputs.forecast, customers: inputs.customers, spend: inputs.spend });
  const bounds = window ? periodsBetween(window.from, window.to, g) : [];
  const periods = bounds.map((b) => b.key);
  const dataEnd = window ? Math.floor(window.to / DAY) * DAY + DAY : null;
  const incomplete = dataEnd === null ? [] : bounds.filter((b) => b.end > dataEnd).map((b) => b.key);
  const report: KpiReport = { granularity: g, periods, incomplete, dataEnd, kpis: {}, warnings: [], unavailable: {}, mqlRule: contacts ? mqlRule : undefined };
  const k = report.kpis;
  const journeysTimed = set?.timed === true;

  // One window for every figure: spend dated outside the report's periods is left out of every sum and ratio.
  const spend = inputs.spend && inputs.spend.length > 0 ? spendSums(inputs.spend, g, periods) : undefined;
  if (spend) {
    Object.assign(k, { spend: spendKpi(spend, periods) }, activityKpis(inputs.spend ?? [], g, periods, true));
    if (spend.outside > 0) warn(k.spend, msg('kpi.warnSpendOutside', { amount: spend.outside }));
  }

  const leadsAndMqls = contacts ? leadSums(contacts, g) : undefined;
  let youngWarning: Msg | undefined;
  if (contacts && leadsAndMqls) {
    k.leads = sumKpi('leads', leadsAndMqls.leads, periods, journeysTimed);
    if (contacts.some((c) => c.qualified)) k.mqls = sumKpi('mqls', leadsAndMqls.mqls, periods, journeysTimed);
    report.funnel = funnel(contacts);
    Object.assign(k, funnelKpis(contacts, g, periods, journeysTimed));
    const lead = salesCycle(leadCycles(contacts), g);
    if (lead.overall.count > 0) { report.leadCycle = lead; k.lead_cycle_days = cycleKpi('lead_cycle_days', lead, periods); }
    const young = window && journeysTimed ? youngCohorts(bounds, window.to, lead.overall.median) : [];
    if (young.length > 0 && lead.overall.median !== null) {
      const w = msg('kpi.warnYoungCohorts', { periods: young, days: Math.round(lead.overall.median) });
      youngWarning = w;
      warn(k.opportunity_to_won, w);
      warn(k.lead_to_won, w);
      for (const kpi of [k.opportunity_to_won, k.lead_to_won]) if (kpi) kpi.immature = young;
    }
  }

  const dealsGiven = inputs.deals && inputs.deals.length > 0;
  const leadChannels = contacts ? new Map(contacts.filter((c) => c.step >= 0).map((c) => [c.id, c.channel])) : undefined;
  const wins = dealsGiven ? dealWinSums(inputs.deals ?? [], g, leadChannels) : contacts ? journeyWinSums(contacts, g) : undefined;
  const winsTimed = dealsGiven ? (inputs.deals ?? []).some((d) => d.won === true && d.closed !== undefined) : journeysTimed;
  if (wins) {
    k.won_deals = sumKpi('won_deals', wins.won, periods, winsTimed);
    k.won_revenue = sumKpi('won_revenue', wins.revenue, periods, winsTimed);
  }
  if (dealsGiven) {
    const cycle = salesCycle(dealCycles(inputs.deals ?? []), g);
    if (cycle.overall.count > 0) { report.salesCycle = cycle; k.sales_cycle_days = cycleKpi('sales_cycle_days', cycle, periods); }
  }

  if (spend && leadsAndMqls) {
    k.cpl = costPer('cpl', spend.spend, leadsAndMqls.leads, periods, spend.timed && journeysTimed);
    const none = spentWithout(spend.spend.byChannel, leadsAndMqls.leads.byChannel);
    if (none.length > 0) warn(k.cpl, msg('kpi.warnSpendNoLeads', { channels: none }));
  }
  if (spend && wins) {
    k.cpa = costPer('cpa', spend.spend, wins.won, periods, spend.timed && winsTimed);
    const none = spentWithout(spend.spend.byChannel, wins.won.byChannel);
    if (none.length > 0) warn(k.cpa, msg('kpi.warnSpendNoDeals', { channels: none }));
    if (spend.timed && journeysTimed && contacts) {
      const byLead = wonByLeadPeriod(contacts, dealsGiven ? inputs.deals ?? [] : undefined, g);
      // Left out when no won deal joins a lead (deal ids that are not journey ids): every cohort would be null.
      if (byLead.size > 0) k.cpa.byLeadCohort = withChanges(periods.map((p) => ({ period: p, value: ratio(spend.spend.byPeriod.get(p) ?? 0, byLead.get(p) ?? 0) })));
      if (youngWarning) warn(k.cpa, youngWarning);
    }
  }
  const revenue = inputs.attributedRevenue ?? (dealsGiven && wins ? Object.fromEntries(wins.revenue.byChannel) : undefined);
  const model = inputs.attributedRevenue ? inputs.attributionModel : 'deal source';
  if (spend && revenue) k.roi = roiKpi(spend.spend, revenue, periods, model, inputs.creditBeforeLead);

  if (inputs.forecast && inputs.forecast.length > 0) {
    const f = forecastAccuracy(inputs.forecast, g);
    report.forecast = f;
    const labels = f.points.map((p) => p.period);
    const per = (pick: (a: { mape: number | null; bias: number | null }) => number | null) => new Map(Object.entries(f.byChannel).map(([c, a]) => [c, pick(a)]));
    k.forecast_mape = makeKpi('forecast_mape', f.mape, labels, { byPeriod: new Map(f.points.map((p) => [p.period, p.ape])), byChannel: per((a) => a.mape) });
    k.forecast_bias = makeKpi('forecast_bias', f.bias, labels, { byPeriod: new Map(f.points.map((p) => [p.period, p.bias])), byChannel: per((a) => a.bias) });
    const zero = f.points.filter((p) => p.actual === 0).map((p) => p.period);
    if (zero.length > 0) {
      const w = msg('kpi.warnZeroActual', { periods: zero });
      warn(k.forecast_mape, w);
      warn(k.forecast_bias, w);
    }
  }

  if (inputs.customers && inputs.customers.length > 0) {
    const months = window ? periodsBetween(window.from, window.to, 'month') : [];
    const c = customerKpis(inputs.customers, bounds, months, options.grossMargin);
    Object.assign(k, c.kpis);
    Object.assign(report.unavailable, c.unavailable);
    report.churn = c.churn;
    report.clv = c.clv;
  }

  if (inputs.nps && inputs.nps.length > 0) {
    const n = npsReport(inputs.nps, g);
    report.nps = n;
    const byPeriod = new Map(Object.entries(n.byPeriod).map(([p, r]) => [p, r.nps]));
    k.nps = makeKpi('nps', n.overall.nps, periods, { byPeriod, bySegment: new Map(Object.entries(n.bySegment).map(([s, r]) => [s, r.nps])) });
  }

  for (const name of KPI_NAMES) if (!k[name] && !report.unavailable[name]) report.unavailable[name] = msg('kpi.needs', { kpi: name });
  const seen = new Set<string>();
  for (const name of KPI_NAMES) {
    for (const w of k[name]?.warnings ?? []) {
      const id = JSON.stringify(w);
      if (!seen.has(id)) { seen.add(id); report.warnings.push(w); }
    }
  }
  return report;
}
