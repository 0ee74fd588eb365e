// A scenario from data: spend totals per channel beside one attribution model's credit (or the platform's own
// reported conversions), one-point curves.
import type { SpendRow } from '../types';
import type { AttributionResult } from '../attribution/attribute';
import type { ModelName } from '../attribution/types';
import { matchSpend } from '../attribution/cost';
import { msg, type Msg } from '../messages';
import { calibrate } from './response';
import { attributionCredit, type Credit } from './credit';
import type { Scenario, ScenarioChannel } from './types';

export interface DataOptions {
  /** Attribution model whose credit is the response. @default 'markov' */
  model: ModelName;
  /** Credited conversions or credited value. @default 'conversions' */
  kpi: 'conversions' | 'value';
  /** Budget to place; null keeps the current total of the channels in the scenario. @default null */
  total: number | null;
  /** Bounds as ratios of current spend. @default [0.7, 1.3] (Meridian's +-30% for a fixed budget) */
  bounds: readonly [number, number];
  /** Elasticity of the one-point curves: 0.7 / 0.5 / 0.3 for low / medium / high saturation. @default 0.5 */
  elasticity: number;
  /** Hill shape of the one-point curves. @default 1 */
  alpha: number;
}

export const defaultDataOptions: Readonly<DataOptions> = Object.freeze({
  model: 'markov', kpi: 'conversions', total: null, bounds: Object.freeze([0.7, 1.3] as const), elasticity: 0.5, alpha: 1,
});

export interface ExcludedChannel { name: string; spend: number | null; credit: number | null; reason: Msg }

export type DataScenario =
  | { ok: true; scenario: Scenario; excluded: ExcludedChannel[]; notes: Msg[] }
  | { ok: false; reason: Msg };

const failure = (reason: Msg): DataScenario => ({ ok: false, reason });

/** Total spend per channel name as written in the spend file, in first-seen order. */
export function spendTotals(rows: readonly SpendRow[]): { name: string; spend: number }[] {
  const totals = new Map<string, number>();
  for (const r of rows) if (Number.isFinite(r.spend)) totals.set(r.channel, (totals.get(r.channel) ?? 0) + r.spend);
  return [...totals].map(([name, spend]) => ({ name, spend }));
}

/** What period the spend covers, as a sentence, from the rows' times or period labels. */
export function spendPeriod(rows: readonly SpendRow[]): Msg {
  const times = [...new Set(rows.flatMap((r) => (r.time !== undefined ? [r.time] : [])))].sort((a, b) => a - b);
  if (times.length > 0) return msg('budget.periodDated', { count: times.length, from: times[0], to: times[times.length - 1] });
  const periods = [...new Set(rows.flatMap((r) => (r.period !== undefined ? [r.period] : [])))].sort();
  if (periods.length > 0) return msg('budget.periodLabels', { count: periods.length, first: periods[0], last: periods[periods.length - 1] });
  return msg('budget.periodNone', {});
}

/**
 * One channel per attribution channel with both spend and credit, calibrated through (spend, credit) with the
 * given elasticity; the others are listed in `excluded` with the reason. Does not mutate its inputs.
 */
export function scenarioFromData(rows: readonly SpendRow[], attribution: AttributionResult, options: Partial<DataOptions> = {}): DataScenario {
  const model = options.model ?? defaultDataOptions.model;
  const credit = attributionCredit(attribution, model);
  if (!credit) {
    return failure(msg('budget.modelMissing', { model, why: attribution.unavailable[model] ?? null }));
  }
  return scenarioFromCredit(rows, credit, options);
}

/** At most `n` names, then an ellipsis: enough to see what the files call their channels. */
const some = (names: readonly string[], n = 6) => (names.length > n ? [...names.slice(0, n), '…'] : [...names]);

/** scenarioFromData() for any credit: an attribution model's or the platform's own (credit.ts). Mutates nothing. */
export function scenarioFromCredit(rows: readonly SpendRow[], credit: Credit, options: Partial<DataOptions> = {}): DataScenario {
  const o = { ...defaultDataOptions, ...options };
  const platform = credit.source === 'platform';
  const [lo, hi] = o.bounds;
  if (!(lo >= 0 && hi >= lo)) return failure(msg('budget.badBounds', { lo, hi }));
  const totals = spendTotals(rows);
  const match = matchSpend(credit.channels, totals);
  const what: 'conversions' | 'value' = o.kpi === 'conversions' ? 'conversions' : 'value';
  const channels: ScenarioChannel[] = [];
  const excluded: ExcludedChannel[] = [];
  credit.channels.forEach((name, i) => {
    const spend = match.spend[i], y = credit[o.kpi][i];
    const out = (reason: Msg) => excluded.push({ name, spend, credit: y, reason });
    if (!(spend !== null && spend > 0)) {
      if (y > 0) out(msg('budget.excludedNoSpend', { credit: y, kpi: what }));
      else out(msg('budget.excludedNeither', {}));
      return;
    }
    if (!(y > 0)) {
      return out(platform ? msg('budget.excludedNoReported', { spend, kpi: what }) : msg('budget.excludedNoCredit', { spend, kpi: what, model: o.model }));
    }
    const cal = calibrate(spend, y, { elasticity: o.elasticity, alpha: o.alpha });
    if (!cal.ok) return out(msg('budget.excludedNoCurve', { reason: cal.reason }));
    channels.push({ name, currentSpend: spend, curve: cal.curve, minRatio: lo, maxRatio: hi });
  });
  for (const name of match.unmatched) {
    const spend = totals.find((t) => t.name === name)?.spend ?? null;
    excluded.push({ name, spend, credit: null, reason: msg('budget.excludedUnmatched', { spend: spend ?? 0 }) });
  }
  if (channels.length === 0) {
    return failure(platform ? msg('budget.nothingReported', { kpi: what })
      : msg('budget.nothingToAllocate', { spendChannels: some(totals.map((t) => t.name)), creditChannels: some(credit.channels) }));
  }
  const current = channels.reduce((a, c) => a + c.currentSpend, 0);
  const notes = platform
    ? [spendPeriod(rows), msg('budget.curvesReported', { kpi: what, elasticity: o.elasticity }), msg('budget.platformCredit', {})]
    : [spendPeriod(rows), msg('budget.curvesEstimated', { model: o.model, kpi: what, elasticity: o.elasticity }), msg('budget.creditSource', {})];
  return { ok: true, scenario: { mode: 'max_response', totalBudget: o.total ?? current, channels }, excluded, notes };
}
