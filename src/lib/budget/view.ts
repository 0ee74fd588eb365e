// Everything the budget view shows for one spend file and one journey file: the optimiser's answer in the chosen
// mode, a budget sweep, the response curves to draw, the threshold rules, and robustness across models.
import { msg, type Msg } from '../messages';
import type { JourneyKind, JourneySet, SpendRow } from '../types';
import type { AttributionResult } from '../attribution/attribute';
import type { ModelName } from '../attribution/types';
import { scenarioFromCredit, type DataOptions, type ExcludedChannel } from './from-data';
import { attributionCredit, platformCredit, type Credit } from './credit';
import { periodNote } from './period';
import { scenarioBounds, solveScenario } from './scenario';
import type { Scenario, ScenarioMode, ScenarioResult } from './types';
import { budgetSweep, type SweepPoint } from './targets';
import { applyRules, type RuleOptions, type RuleResult } from './rules';
import { robustAllocation, type RobustResult } from './robust';
import { robustInputFromData } from './robust-data';
import { hill } from './response';
import { fitCurve, type FitPoint, type SeriesPoint } from './fit';
import { overWeeks, weeklyReported, weeklySeries } from './weekly';
import { channelKey } from '../attribution/cost';
import { MIN_FIT_R2 } from './fit-threshold';

export interface BudgetRequest extends Partial<DataOptions> {
  mode?: ScenarioMode;
  targetMroi?: number;
  targetRoas?: number;
  rules?: Partial<RuleOptions>;
  /** Channels whose spend stays as it is (their minimum and maximum are the current spend). */
  locked?: readonly string[];
  /** Per-channel bounds as ratios of current spend, overriding `bounds` for those channels. */
  channelBounds?: Readonly<Record<string, readonly [number, number]>>;
}

/** A curve fitted to a channel's own weeks. */
export interface WeeklyFit {
  name: string;
  weeks: number;
  r2: number;
  points: FitPoint[];
  /** Whether the fit replaced the one-point curve (only when it explains the weeks well enough). */
  used: boolean;
}

export { MIN_FIT_R2 };

export interface CurveLine {
  name: string;
  x: number[];
  y: number[];
  current: [number, number];
  recommended: [number, number];
}

export interface BudgetView {
  scenario: Scenario;
  result: ScenarioResult;
  sweep: SweepPoint[];
  curves: CurveLine[];
  rules: RuleResult;
  robust: RobustResult | null;
  robustModels: string[];
  excluded: ExcludedChannel[];
  notes: Msg[];
  fits: WeeklyFit[];
  /** Where the results come from: attribution credit of journeys, as reported by the ad platform, or a saved scenario. */
  credit: Credit['source'] | 'scenario';
}

export type BudgetOutcome = { ok: true; view: BudgetView } | { ok: false; reason: Msg };

const failure = (reason: Msg): BudgetOutcome => ({ ok: false, reason });

const CURVE_POINTS = 60;

/** Solves a scenario and adds the curves and the sweep (0.5x to 1.5x of its budget) the view draws. */
export function scenarioView(scenario: Scenario): Pick<BudgetView, 'result' | 'sweep' | 'curves'> {
  const result = solveScenario(scenario);
  const total = result.totalBudget;
  const sweep = total > 0 ? budgetSweep(scenarioBounds(scenario, total), 0.5 * total, 1.5 * total, 21) : [];
  const curves = scenario.channels.map((c, i) => {
    const r = result.channels[i];
    const top = Math.max(2 * c.currentSpend, 1.2 * r.recommendedSpend, 1);
    const x = Array.from({ length: CURVE_POINTS }, (_, k) => (top * k) / (CURVE_POINTS - 1));
    return { name: c.name, x, y: x.map((v) => hill(c.curve, v)), current: [r.currentSpend, r.currentResponse] as [number, number], recommended: [r.recommendedSpend, r.recommendedResponse] as [number, number] };
  });
  return { result, sweep, curves };
}

/** The budget view from data. `attribution` should hold every model, for the robustness check. */
export function budgetView(rows: readonly SpendRow[], attribution: AttributionResult, request: BudgetRequest = {},
  journeys?: { set: JourneySet; source: JourneyKind }): BudgetOutcome {
  const model = (request.model ?? 'markov') as ModelName;
  const credit = attributionCredit(attribution, model);
  if (!credit) return failure(msg('budget.modelMissing', { model, why: attribution.unavailable[model] ?? null }));
  const kpi = request.kpi ?? 'conversions';
  const series = journeys ? weeklySeries(rows, journeys.set, journeys.source, model, kpi) : new Map<string, SeriesPoint[]>();
  // The journeys' period against the spend's: a note only when they differ or cannot be compared.
  const period = journeys ? periodNote(rows, journeys.set) : msg('budget.creditSource', {});
  return planView(rows, credit, request, series, (total) => {
    const { mode: _m, targetMroi: _t, targetRoas: _r, rules: _u, locked: _l, channelBounds: _c, ...data } = request;
    const input = robustInputFromData(rows, attribution, { ...data, total });
    return input.ok ? { robust: robustAllocation(input.channels, input.models, input.budget), models: input.models.map((m) => m.model) } : null;
  }, (notes) => [...notes.filter((n) => n.key !== 'budget.creditSource'), ...(period ? [period] : [])]);
}

/**
 * The budget view from a campaign report alone: each campaign's spend beside the conversions (or value) the ad
 * platform reports for it, curves fitted to its own weeks where they vary enough. No robustness across models.
 */
export function platformView(rows: readonly SpendRow[], request: BudgetRequest = {}): BudgetOutcome {
  const credit = platformCredit(rows);
  if (!credit) return failure(msg('budget.noReported', {}));
  return planView(rows, credit, request, weeklyReported(rows, request.kpi ?? 'conversions'), () => null, (notes) => notes);
}

type Robust = (total: number) => { robust: RobustResult; models: string[] } | null;

/** The view for any credit: scenario, weekly fits, locks and bounds, the solve, the rules and robustness. */
function planView(rows: readonly SpendRow[], credit: Credit, request: BudgetRequest, series: Map<string, SeriesPoint[]>,
  robustOf: Robust, noted: (notes: Msg[]) => Msg[]): BudgetOutcome {
  const { mode = 'max_response', targetMroi, targetRoas, rules: ruleOptions, locked = [], channelBounds = {}, ...data } = request;
  const ownBounds = new Map(Object.entries(channelBounds).map(([name, b]) => [channelKey(name), b]));
  const built = scenarioFromCredit(rows, credit, data);
  if (!built.ok) return failure(built.reason);
  const lockedKeys = new Set(locked.map(channelKey));
  const notes = noted([...built.notes]);
  const fits: WeeklyFit[] = [];
  const seriesByKey = new Map([...series].map(([name, points]) => [channelKey(name), points]));
  const channels = built.scenario.channels.map((c) => {
    let curve = c.curve;
    const points = seriesByKey.get(channelKey(c.name));
    if (points) {
      const fit = fitCurve(points, { elasticity: data.elasticity ?? 0.5 });
      if (fit.ok) {
        const used = fit.r2 >= MIN_FIT_R2;
        if (used) curve = overWeeks(fit.curve, points.length);
        fits.push({ name: c.name, weeks: points.length, r2: fit.r2, points: fit.points, used });
      }
    }
    const own = ownBounds.get(channelKey(c.name));
    if (!lockedKeys.has(channelKey(c.name))) return own ? { ...c, curve, minRatio: own[0], maxRatio: own[1] } : { ...c, curve };
    const { minRatio: _min, maxRatio: _max, ...rest } = c; // absolute bounds replace the ratios
    return { ...rest, curve, min: c.currentSpend, max: c.currentSpend };
  });
  const used = fits.filter((f) => f.used), noisy = fits.filter((f) => !f.used);
  if (used.length) notes.push(msg('budget.fitted', { names: used.map((f) => f.name) }));
  if (noisy.length) notes.push(msg('budget.noisy', { fits: noisy.map(({ name, r2 }) => ({ name, r2 })) }));
  const scenario: Scenario = { ...built.scenario, channels, mode, targetMroi, targetRoas };
  if (mode === 'target_mroi' && !(targetMroi && targetMroi > 0)) return failure(msg('budget.targetMroiMissing', {}));
  if (mode === 'target_roas' && !(targetRoas && targetRoas > 0)) return failure(msg('budget.targetRoasMissing', {}));
  const solved = scenarioView(scenario);
  const spendOf = new Map(scenario.channels.map((c) => [c.name, c.currentSpend]));
  const rules = applyRules(
    credit.channels.flatMap((name, i) => (spendOf.has(name) ? [{ name, spend: spendOf.get(name) as number, conversions: credit.conversions[i], value: credit.value[i] }] : [])),
    { metric: data.kpi === 'value' ? 'roas' : 'cpa', ...ruleOptions },
  );
  const r = mode === 'max_response' ? robustOf(solved.result.totalBudget) : null;
  return {
    ok: true,
    view: { scenario, ...solved, rules, robust: r?.robust ?? null, robustModels: r?.models ?? [], excluded: built.excluded, notes, fits, credit: credit.source },
  };
}
