// The scenario file the UI saves and the CLI solves, and its solution in the output contract.
import { english, msg, type Msg } from '../messages';
import { maximizeResponse, type Allocation, type BoundSide, type ChannelBounds } from './allocate';
import { hillResponse } from './curve';
import { hill, marginal, type HillCurve } from './response';
import { allocateAtMarginal, allocateForRoas } from './targets';

export { validateScenario, type ScenarioCheck } from './validate';
export { scenarioFromData, defaultDataOptions, type DataOptions, type DataScenario, type ExcludedChannel } from './from-data';

export type ScenarioMode = 'max_response' | 'target_mroi' | 'target_roas';
export const SCENARIO_MODES: readonly ScenarioMode[] = ['max_response', 'target_mroi', 'target_roas'];

export interface ScenarioChannel {
  name: string;
  currentSpend: number;
  curve: HillCurve;
  /** Bounds in money, or as ratios of current spend; absolute wins. Default 0 to the total budget (no maximum without one). */
  min?: number;
  max?: number;
  minRatio?: number;
  maxRatio?: number;
}

export interface Scenario {
  mode: ScenarioMode;
  /** max_response: the budget to place (default: the current total); target modes: the default maximum per channel. */
  totalBudget?: number;
  targetMroi?: number;
  targetRoas?: number;
  channels: ScenarioChannel[];
}

export interface ScenarioChannelResult {
  name: string;
  currentSpend: number;
  recommendedSpend: number;
  currentResponse: number;
  recommendedResponse: number;
  /** Response / spend; null at zero spend. */
  currentRoi: number | null;
  recommendedRoi: number | null;
  /** Marginal ROI f'(x); null where infinite. */
  currentMroi: number | null;
  recommendedMroi: number | null;
  bound: BoundSide;
}

export interface ScenarioResult {
  status: Allocation['status'];
  lambda: number | null;
  totalBudget: number;
  allocated: number;
  unallocated: number;
  currentResponse: number;
  recommendedResponse: number;
  channels: ScenarioChannelResult[];
  /** Plain sentences about infeasible bounds, unallocated money, unreachable targets and S-curves. */
  warnings: string[];
}

const finite = (x: number) => (Number.isFinite(x) ? x : null);

/** Absolute bounds of each channel: min / max, else ratio x current spend, else 0 / `defaultMax`. */
export function scenarioBounds(s: Scenario, defaultMax: number): ChannelBounds[] {
  return s.channels.map((c) => {
    const min = c.min ?? (c.minRatio !== undefined ? c.minRatio * c.currentSpend : 0);
    // A minimum above the default maximum raises the maximum; the budget check then reports the infeasibility.
    const max = c.max ?? (c.maxRatio !== undefined ? c.maxRatio * c.currentSpend : Math.max(defaultMax, min));
    return { response: hillResponse(c.curve), name: c.name, min, max };
  });
}

/** Solves a valid scenario (see validateScenario). Does not mutate `s`. */
export function solveScenario(s: Scenario): ScenarioResult {
  return solveScenarioMsgs(s).result;
}

/** solveScenario, plus its warnings as Msgs (kept out of ScenarioResult, whose keys are the CLI's contract). */
export function solveScenarioMsgs(s: Scenario): { result: ScenarioResult; warningMsgs: Msg[] } {
  const current = s.channels.reduce((a, c) => a + c.currentSpend, 0);
  let a: Allocation;
  if (s.mode === 'max_response') {
    const budget = s.totalBudget ?? current;
    a = maximizeResponse(scenarioBounds(s, budget), budget);
  } else {
    const bounds = scenarioBounds(s, s.totalBudget ?? Infinity);
    if (s.mode === 'target_mroi') a = allocateAtMarginal(bounds, s.targetMroi ?? NaN);
    else a = allocateForRoas(bounds, s.targetRoas ?? NaN);
    if (s.totalBudget !== undefined && a.allocated > s.totalBudget * (1 + 1e-9)) {
      const warningMsgs = [...a.warningMsgs, msg('budget.targetOverBudget', { needed: a.allocated, budget: s.totalBudget })];
      a = { ...a, warnings: warningMsgs.map(english), warningMsgs };
    }
  }
  const channels = s.channels.map((c, i): ScenarioChannelResult => {
    const x = a.spends[i], y0 = hill(c.curve, c.currentSpend), y = hill(c.curve, x);
    return {
      name: c.name, currentSpend: c.currentSpend, recommendedSpend: x, currentResponse: y0, recommendedResponse: y,
      currentRoi: c.currentSpend > 0 ? y0 / c.currentSpend : null, recommendedRoi: x > 0 ? y / x : null,
      currentMroi: finite(marginal(c.curve, c.currentSpend)), recommendedMroi: finite(marginal(c.curve, x)), bound: a.bounds[i],
    };
  });
  const result: ScenarioResult = {
    status: a.status, lambda: a.lambda, totalBudget: a.budget, allocated: a.allocated, unallocated: a.unallocated,
    currentResponse: channels.reduce((t, c) => t + c.currentResponse, 0), recommendedResponse: a.response, channels,
    warnings: a.warnings,
  };
  return { result, warningMsgs: a.warningMsgs };
}
