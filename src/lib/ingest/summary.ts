// What the UI and the CLI get about a dataset: small numbers, never the rows.
import type { DatasetData, JourneyKind, SpendRow } from '../types';
import type { UserExclusions } from '../types';
import { journeyTotals } from '../journeys/build';
import { correlation, variation } from '../mmm/checks';
import { defaultMmmOptions } from '../mmm/types';
import { customerSummary, forecastSummary, npsSummary, type CustomerSummary, type ForecastSummary, type NpsSummary } from './summary-kpi';

export type { CustomerSummary, ForecastSummary, NpsSummary } from './summary-kpi';

export interface ChannelCount { name: string; touches: number; journeys: number }

export type KindSummary =
  | {
      type: 'journeys';
      journeys: number;
      paths: number;
      conversions: number;
      conversionValue: number;
      nulls: number;
      touches: number;
      timed: boolean;
      /** Conversions with no touch before them: nothing to credit. */
      unattributable: number;
      channels: ChannelCount[];
    }
  | { type: 'spend'; total: number; channels: { name: string; spend: number; clicks: number; impressions: number }[]; periods: number;
      /** Spend by each breakdown column's values (age, gender, device), when the file has them. */
      segments?: { column: string; values: { name: string; spend: number }[] }[];
      /** True when the file carries the platform's own conversions or conversion value (a credit source for the budget). */
      reported?: true }
  | { type: 'experiment'; arms: { metric: string; measure?: 'mean'; variant: string; users: number; conversions: number; revenue?: number }[];
      /** Per-user files: what was left out or merged. */
      exclusions?: UserExclusions }
  | { type: 'deals'; deals: number; won: number; lost: number; open: number; amount: number; wonAmount: number }
  | CustomerSummary
  | NpsSummary
  | ForecastSummary
  | MixSummary
  | { type: 'none' };

/** A marketing-mix table: its weeks, the outcome, each channel's spend and the context columns. */
export interface MixSummary {
  type: 'marketing_mix';
  weeks: number;
  /** First and last week's Monday, yyyy-mm-dd. */
  firstWeek: string;
  lastWeek: string;
  outcome: string;
  outcomeTotal: number;
  /** Each channel's total spend, and how much its weekly spend varies (coefficient of variation, sd / mean). */
  channels: { name: string; spend: number; variation: number }[];
  /** Pairs of channels whose weekly spends correlate with |r| above 0.8 (the model fits them as one group). */
  correlated: { a: string; b: string; r: number }[];
  controls: number;
  events: number;
}

// The model's own measures, so the data check says what the fit will do.
function mixSummary(data: Extract<DatasetData, { kind: 'marketing_mix' }>): MixSummary {
  const t = data.table;
  const sum = (xs: Float64Array) => xs.reduce((a, b) => a + b, 0);
  return {
    type: 'marketing_mix', weeks: t.weeks.length, firstWeek: t.weeks[0] ?? '', lastWeek: t.weeks[t.weeks.length - 1] ?? '',
    outcome: data.outcome, outcomeTotal: sum(t.outcome), channels: t.channels.map((c) => ({ name: c.name, spend: sum(c.spend), variation: variation(c.spend) })),
    // Pairs are quadratic in the channels: past 100 channels the fit's own grouping says it.
    correlated: t.channels.length > 100 ? [] : t.channels.flatMap((a, i) => t.channels.slice(i + 1).flatMap((b) => {
      const r = correlation(a.spend, b.spend);
      return Math.abs(r) > defaultMmmOptions.groupCorrelation ? [{ a: a.name, b: b.name, r }] : [];
    })),
    controls: t.controls.filter((c) => c.kind === 'control').length, events: t.controls.filter((c) => c.kind === 'event').length,
  };
}

function journeySummary(data: Extract<DatasetData, { kind: JourneyKind }>): KindSummary {
  const set = data.journeys;
  const totals = journeyTotals(set, data.kind);
  const touches = new Float64Array(set.channels.length);
  const reached = new Float64Array(set.channels.length);
  const seen = new Int32Array(set.channels.length).fill(-1);
  let unattributable = 0;
  set.journeys.forEach((j, i) => {
    const weight = j.conversions + j.nulls;
    if (j.end === j.start) unattributable += j.conversions;
    for (let k = j.start; k < j.end; k++) {
      const c = set.touches.channel[k];
      touches[c] += weight;
      if (seen[c] !== i) { seen[c] = i; reached[c] += weight; }
    }
  });
  const channels = set.channels
    .map((name, c) => ({ name, touches: touches[c], journeys: reached[c] }))
    .sort((a, b) => b.touches - a.touches || a.name.localeCompare(b.name));
  // Touches weighted by the journeys that followed each path (a path-table row stands for many journeys).
  return { type: 'journeys', ...totals, touches: touches.reduce((a, b) => a + b, 0), timed: set.timed, unattributable, channels };
}

function spendSummary(data: Extract<DatasetData, { kind: 'spend' }>): KindSummary {
  const byChannel = new Map<string, { name: string; spend: number; clicks: number; impressions: number }>();
  const periods = new Set<string | number>();
  let total = 0;
  for (const row of data.rows) {
    let c = byChannel.get(row.channel);
    if (!c) byChannel.set(row.channel, (c = { name: row.channel, spend: 0, clicks: 0, impressions: 0 }));
    c.spend += row.spend;
    c.clicks += row.clicks ?? 0;
    c.impressions += row.impressions ?? 0;
    total += row.spend;
    const p = row.time ?? row.period;
    if (p !== undefined) periods.add(p);
  }
  const channels = [...byChannel.values()].sort((a, b) => b.spend - a.spend);
  const reported = data.rows.some((r) => r.conversions !== undefined || r.value !== undefined);
  const out: KindSummary = { type: 'spend', total, channels, periods: periods.size };
  if (reported) out.reported = true;
  if (data.segmentColumns) out.segments = segmentSpend(data.rows, data.segmentColumns);
  return out;
}

/** Spend per value of each segment column, largest first. */
function segmentSpend(rows: readonly SpendRow[], columns: readonly string[]): { column: string; values: { name: string; spend: number }[] }[] {
  return columns.map((column, k) => {
    const by = new Map<string, number>();
    for (const row of rows) {
      const name = row.segments?.[k] ?? '';
      by.set(name, (by.get(name) ?? 0) + row.spend);
    }
    return { column, values: [...by].map(([name, spend]) => ({ name, spend })).sort((a, b) => b.spend - a.spend || a.name.localeCompare(b.name)) };
  });
}

function dealSummary(data: Extract<DatasetData, { kind: 'deals' }>): KindSummary {
  let won = 0, lost = 0, open = 0, amount = 0, wonAmount = 0;
  for (const d of data.deals) {
    amount += d.amount ?? 0;
    if (d.won === true) { won++; wonAmount += d.amount ?? 0; }
    else if (d.won === false) lost++;
    else open++;
  }
  return { type: 'deals', deals: data.deals.length, won, lost, open, amount, wonAmount };
}

/** The per-kind summary of a dataset. */
export function summarize(data: DatasetData): KindSummary {
  switch (data.kind) {
    case 'touchpoints':
    case 'paths':
      return journeySummary(data);
    case 'spend':
      return spendSummary(data);
    case 'experiment':
    case 'experiment_users':
      return {
        type: 'experiment', arms: data.arms.map(({ metric, measure, variant, users, conversions, revenue }) => ({ metric, ...(measure ? { measure } : {}), variant, users, conversions, revenue })),
        ...(data.exclusions ? { exclusions: data.exclusions } : {}),
      };
    case 'deals':
      return dealSummary(data);
    case 'customers':
      return customerSummary(data.customers);
    case 'nps':
      return npsSummary(data.answers);
    case 'forecast':
      return forecastSummary(data.rows);
    case 'marketing_mix':
      return mixSummary(data);
    default:
      return { type: 'none' };
  }
}
