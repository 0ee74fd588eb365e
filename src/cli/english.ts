// English at the command line's edge. The engine returns its sentences as Msgs (src/lib/messages.ts); these build
// the JSON the commands print, with every sentence rendered in English, in the keys and order of the CLI contract.
import { english, type Msg } from '../lib/messages';
import type { DatasetSummary } from '../lib/ingest/load';
import type { AttributionResult } from '../lib/attribution/attribute';
import type { ExperimentResult } from '../lib/experiments/types';
import type { ScenarioResult } from '../lib/budget/types';
import type { ExcludedChannel } from '../lib/budget/from-data';
import type { ClvResult } from '../lib/kpi/clv';
import type { MmmResult } from '../lib/mmm/types';
import type { MmmAllocation } from '../lib/mmm/allocate';
import type { CalibrationRow } from '../lib/mmm/calibrate';

/** A sentence in English, or null. */
export const text = (m: Msg | null | undefined): string | null => (m ? english(m) : null);

/** {key: Msg} -> {key: English}, keys in the same order. */
export function sentences<K extends string>(byKey: Partial<Record<K, Msg>>): Partial<Record<K, string>> {
  return Object.fromEntries(Object.entries(byKey).map(([k, m]) => [k, english(m as Msg)])) as Partial<Record<K, string>>;
}

/** `inspect`: the JSON for one dataset, the contract analysts script against. */
export function inspectJson(path: string, s: DatasetSummary): Record<string, unknown> {
  const out: Record<string, unknown> = {
    file: path,
    kind: s.kind,
    encoding: s.encoding,
    delimiter: s.delimiter,
    decimal: s.decimal,
    rows: s.rows,
    usedRows: s.usedRows,
    headerRow: s.headerRow,
    columns: s.columns.map(({ name, role, type }) => ({ name, role, type })),
    issues: { count: s.issues.count, byReason: s.issues.byReason, first: s.issues.first.map(({ note, ...issue }) => (note ? { ...issue, value: english(note) } : issue)) },
    warnings: s.warnings.map(english),
    mappingProblem: text(s.mappingProblem),
    dateRange: s.dateRange && s.dateRange.map((ms) => new Date(ms).toISOString()),
  };
  // Only when the file says it: files without a currency print as before.
  if (s.currency) out.currency = s.currency.codes.length === 1 ? s.currency.codes[0] : s.currency.codes;
  // A workbook's sheet read and its sheets, or "parquet": only for those files.
  if (s.origin) Object.assign(out, { format: s.origin.format }, s.origin.sheets ? { sheet: s.origin.sheet, sheets: s.origin.sheets } : {});
  const st = s.stats;
  if (st.type === 'journeys') {
    Object.assign(out, {
      journeys: st.journeys, paths: st.paths, conversions: st.conversions, conversionValue: st.conversionValue,
      nulls: st.nulls, touches: st.touches, channels: st.channels.map((c) => c.name),
    });
  } else if (st.type === 'spend') {
    Object.assign(out, { spend: st.total, spendByChannel: Object.fromEntries(st.channels.map((c) => [c.name, c.spend])) });
    if (st.segments) out.spendBySegment = Object.fromEntries(st.segments.map((g) => [g.column, Object.fromEntries(g.values.map((v) => [v.name, v.spend]))]));
  }
  else if (st.type === 'experiment') Object.assign(out, { arms: st.arms }, st.exclusions ? { excludedUsers: st.exclusions.usersInTwoVariants, exclusions: st.exclusions } : {});
  else if (st.type === 'deals') Object.assign(out, { deals: st.deals, won: st.won, lost: st.lost, open: st.open, amount: st.amount, wonAmount: st.wonAmount });
  else if (st.type === 'customers') Object.assign(out, { customers: st.customers, active: st.active, churned: st.churned, mrr: st.mrr, segments: st.segments });
  else if (st.type === 'nps') Object.assign(out, { answers: st.answers, promoters: st.promoters, passives: st.passives, detractors: st.detractors, nps: st.nps });
  else if (st.type === 'forecast') Object.assign(out, { forecastRows: st.rows, periods: st.periods, channels: st.channels, forecast: st.forecast, actual: st.actual });
  else if (st.type === 'marketing_mix') {
    Object.assign(out, {
      weeks: st.weeks, firstWeek: st.firstWeek, lastWeek: st.lastWeek, outcome: st.outcome, outcomeTotal: st.outcomeTotal,
      spendByChannel: Object.fromEntries(st.channels.map((c) => [c.name, c.spend])), controls: st.controls, events: st.events,
    });
  }
  return out;
}

const round = (x: number) => Math.round(x * 1e9) / 1e9;

/** `attribute`: per model, per channel credit keyed by channel name. */
export function attributionJson(r: AttributionResult): Record<string, unknown> {
  const byChannel = (values: readonly number[]) => Object.fromEntries(r.channels.map((c, i) => [c, round(values[i])]));
  const models = Object.fromEntries(
    Object.entries(r.models).map(([model, credit]) => [
      model,
      Object.fromEntries(r.channels.map((c, i) => [c, { conversions: round(credit.conversions[i]), value: round(credit.value[i]) }])),
    ]),
  );
  return {
    journeys: r.journeys,
    conversions: round(r.conversions),
    conversionValue: round(r.conversionValue),
    unattributed: r.unattributed,
    channels: r.channels,
    options: r.options,
    models,
    markov: r.markov && {
      order: r.markov.order,
      states: r.markov.variant,
      conversionProbability: r.markov.conversionProbability,
      removalEffects: byChannel(r.markov.removalEffects),
      removalEffectsValue: byChannel(r.markov.removalEffectsValue),
      noNulls: r.markov.noNulls,
    },
    unavailable: sentences(r.unavailable),
    notes: r.notes.map(english),
  };
}

/** `experiment`: issue 4's contract, plus verdicts, warnings and the extra numbers. */
export function experimentJson(r: ExperimentResult): Record<string, unknown> {
  return {
    control: r.control,
    alpha: r.alpha,
    correction: r.correction,
    srm: { chi2: r.srm.chi2, df: r.srm.df, pValue: r.srm.pValue, flagged: r.srm.flagged, warning: text(r.srm.warning), note: text(r.srm.note) },
    variants: r.variants.map((v) => ({
      name: v.name, users: v.users, conversions: v.conversions, rate: v.rate,
      ...(v.revenueMean !== undefined ? { revenueMean: v.revenueMean } : {}), probBest: v.probBest,
    })),
    comparisons: r.comparisons.map((c) => ({
      variant: c.variant,
      control: c.control,
      absDiff: c.absDiff,
      absCi: c.absCi,
      relLift: c.relLift,
      relCiDelta: c.relCiDelta,
      relCiFieller: c.relCiFieller,
      z: c.z,
      pValue: c.pValue,
      pValueHolm: c.pValueHolm,
      pValueBh: c.pValueBh,
      probBeatControl: c.probBeatControl,
      expectedLoss: c.expectedLoss,
      relCredible: c.relCredible,
      bayesMethod: c.bayesMethod,
      intervalsDisagree: c.intervalsDisagree,
      significant: c.significant,
      enoughData: c.enoughData,
      ...(c.revenue ? { revenue: { t: c.revenue.t, df: c.revenue.df, pValue: c.revenue.pValue, absDiff: c.revenue.absDiff, absCi: c.revenue.absCi, relLift: c.revenue.relLift, relCi: c.revenue.relCi } } : {}),
      ...(c.cuped ? { cuped: { theta: c.cuped.theta, absDiff: c.cuped.absDiff, absCi: c.cuped.absCi, pValue: c.cuped.pValue, relLift: c.cuped.relLift, relCi: c.cuped.relCi, varianceReduction: c.cuped.varianceReduction } } : {}),
      verdict: english(c.verdict),
    })),
    warnings: r.warnings.map(english),
  };
}

/** `budget`: a solved scenario, its warnings in English. */
export function scenarioJson(r: ScenarioResult): Record<string, unknown> {
  return { ...r, warnings: r.warnings.map(english) };
}

/** `budget` from data: the channels left out of the scenario, each with its reason in English. */
export function excludedJson(excluded: readonly ExcludedChannel[]): Record<string, unknown>[] {
  return excluded.map((e) => ({ ...e, reason: english(e.reason) }));
}

/** `kpis`: the CLV details, its formula in English followed by the formula as a Msg (the contract has both). */
export function clvJson(c: ClvResult | undefined): Record<string, unknown> | undefined {
  if (!c) return undefined;
  const { value, formula, ...rest } = c;
  return { value, formula: english(formula), formulaMsg: formula, ...rest };
}

/** `mmm`: the fit, its channels and the allocation on its steady-state weekly curves (issue 13's contract). */
export function mmmJson(outcome: string, r: MmmResult, a: MmmAllocation, notes: readonly Msg[], calibration: readonly CalibrationRow[] | null = null): Record<string, unknown> {
  return {
    kind: 'marketing_mix',
    weeks: r.weeks,
    outcome,
    fit: { r2: r.fit.r2, nrmse: r.fit.nrmse, mape: r.fit.mape, holdoutMape: r.fit.holdoutMape, decompRssd: r.fit.decompRssd },
    baseline: { contribution: r.baseline.contribution, share: r.baseline.share },
    channels: r.channels.map((c) => ({
      name: c.name, spend: c.spend, contribution: c.contribution, share: c.share, roi: c.roi, roiInterval: c.roiInterval, mroi: c.mroi,
      adstock: { theta: c.shape.theta, halfLifeWeeks: c.halfLifeWeeks }, saturation: { alpha: c.shape.alpha, gamma: c.shape.gamma },
    })),
    allocation: {
      budget: a.budget, bounds: [...a.bounds], status: a.status, lambda: a.lambda, currentResponse: a.currentResponse, recommendedResponse: a.recommendedResponse,
      channels: a.channels.map((c) => ({
        name: c.name, currentWeekly: c.currentWeekly, recommendedWeekly: c.recommendedWeekly, currentResponse: c.currentResponse, recommendedResponse: c.recommendedResponse,
      })),
    },
    ...(calibration ? {
      calibration: calibration.map((c) => ({
        channel: c.test.channel, from: c.test.from, to: c.test.to, weeks: c.weeks, measured: c.test.lift, interval: { low: c.test.low, high: c.test.high },
        uncalibrated: c.before, calibrated: c.after,
      })),
    } : {}),
    warnings: [...notes, ...r.warnings, ...a.warnings, ...a.optimiserWarnings].map(english),
  };
}
