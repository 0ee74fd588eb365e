// Solving a scenario (types.ts): its bounds in money, the optimiser in its mode, and the result per channel.
import { msg } from '../messages';
import { maximizeResponse, type Allocation, type ChannelBounds } from './allocate';
import { hillResponse } from './curve';
import { hill, marginal } from './response';
import { allocateAtMarginal, allocateForRoas } from './targets';
import type { Scenario, ScenarioChannelResult, ScenarioResult } from './types';

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
      a = { ...a, warnings: [...a.warnings, msg('budget.targetOverBudget', { needed: a.allocated, budget: s.totalBudget })] };
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
  return {
    status: a.status, lambda: a.lambda, totalBudget: a.budget, allocated: a.allocated, unallocated: a.unallocated,
    currentResponse: channels.reduce((t, c) => t + c.currentResponse, 0), recommendedResponse: a.response, channels,
    warnings: a.warnings,
  };
}
