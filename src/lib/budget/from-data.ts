// A scenario from data: spend totals per channel beside one attribution model's credit, one-point curves.
import type { SpendRow } from '../ingest/extract';
import type { AttributionResult } from '../attribution/index';
import type { ModelName } from '../attribution/types';
import { matchSpend } from '../attribution/cost';
import { formatDate, formatMoney, formatNumber } from '../util/format';
import { calibrate } from './response';
import type { Scenario, ScenarioChannel } from './scenario';

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

export interface ExcludedChannel { name: string; spend: number | null; credit: number | null; reason: string }

export type DataScenario =
  | { ok: true; scenario: Scenario; excluded: ExcludedChannel[]; notes: string[] }
  | { ok: false; reason: string };

/** Total spend per channel name as written in the spend file, in first-seen order. */
export function spendTotals(rows: readonly SpendRow[]): { name: string; spend: number }[] {
  const totals = new Map<string, number>();
  for (const r of rows) if (Number.isFinite(r.spend)) totals.set(r.channel, (totals.get(r.channel) ?? 0) + r.spend);
  return [...totals].map(([name, spend]) => ({ name, spend }));
}

/** What period the spend covers, as a sentence, from the rows' times or period labels. */
export function spendPeriod(rows: readonly SpendRow[]): string {
  const times = [...new Set(rows.flatMap((r) => (r.time !== undefined ? [r.time] : [])))].sort((a, b) => a - b);
  if (times.length > 0) return `Spend covers ${times.length} dated period${times.length === 1 ? '' : 's'} from ${formatDate(times[0])} to ${formatDate(times[times.length - 1])}; curves, spends and responses are totals over that span.`;
  const periods = [...new Set(rows.flatMap((r) => (r.period !== undefined ? [r.period] : [])))].sort();
  if (periods.length > 0) return `Spend covers ${periods.length} period${periods.length === 1 ? '' : 's'} (${periods[0]} to ${periods[periods.length - 1]}); curves, spends and responses are totals over them.`;
  return 'The spend file has no dates: curves, spends and responses are totals for the whole file.';
}

/**
 * One channel per attribution channel with both spend and credit, calibrated through (spend, credit) with the
 * given elasticity; the others are listed in `excluded` with the reason. Does not mutate its inputs.
 */
export function scenarioFromData(rows: readonly SpendRow[], attribution: AttributionResult, options: Partial<DataOptions> = {}): DataScenario {
  const o = { ...defaultDataOptions, ...options };
  const credit = attribution.models[o.model];
  if (!credit) {
    const why = attribution.unavailable[o.model];
    return { ok: false, reason: `the ${o.model} model ${why ? `does not apply to this data: ${why}` : 'was not computed'}` };
  }
  const [lo, hi] = o.bounds;
  if (!(lo >= 0 && hi >= lo)) return { ok: false, reason: `bounds must be two ratios 0 <= min <= max, not ${lo}, ${hi}` };
  const totals = spendTotals(rows);
  const match = matchSpend(attribution.channels, totals);
  const what = o.kpi === 'conversions' ? 'conversions' : 'value';
  const channels: ScenarioChannel[] = [];
  const excluded: ExcludedChannel[] = [];
  attribution.channels.forEach((name, i) => {
    const spend = match.spend[i], y = credit[o.kpi][i];
    const out = (reason: string) => excluded.push({ name, spend, credit: y, reason });
    if (!(spend !== null && spend > 0)) {
      if (y > 0) out(`credited ${formatNumber(y)} ${what} but has no spend: nothing to reallocate`);
      else out('neither spend nor credit');
      return;
    }
    if (!(y > 0)) return out(`spend ${formatMoney(spend)} but no credited ${what} in the ${o.model} model: no curve can be drawn; its spend stays as it is, outside the budget`);
    const cal = calibrate(spend, y, { elasticity: o.elasticity, alpha: o.alpha });
    if (!cal.ok) return out(`no curve: ${cal.reason}`);
    channels.push({ name, currentSpend: spend, curve: cal.curve, minRatio: lo, maxRatio: hi });
  });
  for (const name of match.unmatched) {
    const spend = totals.find((t) => t.name === name)?.spend ?? null;
    excluded.push({ name, spend, credit: null, reason: `spend ${formatMoney(spend ?? 0)} but no attribution channel of this name: its spend stays as it is, outside the budget` });
  }
  if (channels.length === 0) return { ok: false, reason: 'no channel has both spend and credited results, so there is nothing to allocate' };
  const current = channels.reduce((a, c) => a + c.currentSpend, 0);
  const notes = [
    spendPeriod(rows),
    `Curves are estimated from attribution (${o.model}, ${what}), not incrementality: each passes through the channel's current spend and credit with elasticity ${o.elasticity}. Check them with a holdout test in the experiments view.`,
    'Credit comes from the journeys in the touchpoint file; it should cover the same period as the spend.',
  ];
  return { ok: true, scenario: { mode: 'max_response', totalBudget: o.total ?? current, channels }, excluded, notes };
}
