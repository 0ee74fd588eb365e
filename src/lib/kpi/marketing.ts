// Leads, MQLs, won deals and revenue, CPL, CPA, ROI and the funnel's stage-to-stage KPIs.
import { msg } from '../messages';
import type { Deal } from '../types';
import { add, emptySums, makeKpi, ratioKpi, type Sums } from './build';
import type { Contact } from './contacts';
import { funnelRow, knownSteps } from './funnel';
import { periodKey } from './period';
import { own } from '../util/own';
import type { Granularity, Kpi, KpiName } from './types';

const keyOf = (t: number | undefined, g: Granularity) => (t === undefined ? undefined : periodKey(t, g));

/** Leads and MQLs per lead source channel; a lead counts in the period of its lead touch, an MQL in its qualifying one. */
export function leadSums(contacts: readonly Contact[], g: Granularity): { leads: Sums; mqls: Sums } {
  const leads = emptySums(), mqls = emptySums();
  for (const c of contacts) {
    if (c.step < 0) continue;
    add(leads, c.weight, c.channel, keyOf(c.leadTime, g));
    if (c.mql) add(mqls, c.weight, c.channel, keyOf(c.mqlTime, g));
  }
  return { leads, mqls };
}

/**
 * Won deals and their revenue, in the period of the close date, by the deal's source channel; a deal without one
 * takes the channel of the lead with the same id (`leadChannels`: contact id -> lead source), else counts in the
 * total only.
 */
export function dealWinSums(deals: readonly Deal[], g: Granularity, leadChannels?: ReadonlyMap<string, string>): { won: Sums; revenue: Sums } {
  const won = emptySums(), revenue = emptySums();
  for (const d of deals) {
    if (d.won !== true) continue;
    const channel = d.channel ?? leadChannels?.get(d.id);
    add(won, 1, channel, keyOf(d.closed, g));
    add(revenue, d.amount ?? 0, channel, keyOf(d.closed, g));
  }
  return { won, revenue };
}

/** Won journeys and their conversion value, in the period of the conversion, by lead source channel. */
export function journeyWinSums(contacts: readonly Contact[], g: Granularity): { won: Sums; revenue: Sums } {
  const won = emptySums(), revenue = emptySums();
  for (const c of contacts) {
    if (c.won === 0) continue;
    add(won, c.won, c.channel, keyOf(c.wonTime, g));
    add(revenue, c.value, c.channel, keyOf(c.wonTime, g));
  }
  return { won, revenue };
}

/** CPL or CPA: spend / count, per channel with spend. */
export function costPer(name: 'cpl' | 'cpa', spend: Sums, count: Sums, periods: readonly string[], timed: boolean): Kpi {
  return ratioKpi(name, spend, count, periods, { channels: spend.byChannel.keys(), timed });
}

/**
 * ROI by attribution credit: (attributed revenue - spend) / spend for each channel with spend, and in total over those
 * channels. `revenue` is per-channel credit from any attribution model (or won deal amounts by source).
 */
export function roiKpi(spend: Sums, revenue: Readonly<Record<string, number>>, periods: readonly string[], model?: string, beforeLead?: boolean): Kpi {
  const num = emptySums();
  const channels = [...spend.byChannel].filter(([, v]) => v > 0).map(([c]) => c);
  for (const c of channels) add(num, own(revenue, c) ?? 0, c);
  const kpi = ratioKpi('roi', num, spend, periods, { channels, timed: false, minus: 1 });
  if (!model) return kpi;
  const bySource = model === 'deal source';
  return { ...kpi, formula: msg('kpi.formulaRoi', bySource || beforeLead === undefined ? { model: bySource ? null : model } : { model, beforeLead }), ...(bySource && kpi.byChannel ? { channelMeaning: 'deal' as const } : {}) };
}

const STEP_KPIS: readonly [KpiName, number, number][] = [
  ['lead_to_mql', 0, 1], ['mql_to_sql', 1, 2], ['sql_to_opportunity', 2, 3], ['opportunity_to_won', 3, 4], ['lead_to_won', 0, 4],
];

/**
 * Stage-to-stage conversion KPIs of the lead cohort: of the journeys that became leads (in a period, from a
 * channel), the share reaching the next step. A pair whose steps the data does not name is left out.
 */
export function funnelKpis(contacts: readonly Contact[], g: Granularity, periods: readonly string[], timed: boolean): Partial<Record<KpiName, Kpi>> {
  const leads = contacts.filter((c) => c.step >= 0);
  const known = knownSteps(leads);
  const groups = (key: (c: Contact) => string | undefined) => {
    const m = new Map<string, Contact[]>();
    for (const c of leads) {
      const k = key(c);
      if (k === undefined) continue;
      const list = m.get(k);
      if (list) list.push(c);
      else m.set(k, [c]);
    }
    return new Map([...m].map(([k, list]) => [k, funnelRow(list, known)]));
  };
  const total = funnelRow(leads, known);
  const byChannel = groups((c) => c.channel);
  const byPeriod = timed ? groups((c) => keyOf(c.leadTime, g)) : new Map();
  const out: Partial<Record<KpiName, Kpi>> = {};
  for (const [name, a, b] of STEP_KPIS) {
    if (!known[a] || !known[b]) continue;
    const rate = (row: ReturnType<typeof funnelRow>) => {
      const x = row.counts[a], y = row.counts[b];
      return x === null || y === null || x === 0 ? null : y / x;
    };
    out[name] = makeKpi(name, rate(total), periods, {
      byChannel: new Map([...byChannel].map(([k, row]) => [k, rate(row)])),
      byPeriod: timed ? new Map([...byPeriod].map(([k, row]) => [k, rate(row)])) : undefined,
    });
  }
  return out;
}
