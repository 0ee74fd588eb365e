// The robustness view's input from data: the same channels under every attribution model, one-point curves each.
import type { SpendRow } from '../types';
import type { AttributionResult } from '../attribution/attribute';
import type { ModelName } from '../attribution/types';
import { scenarioFromData, type DataOptions, type ExcludedChannel } from './from-data';
import type { ModelCurves, RobustChannel } from './robust';
import type { HillCurve } from './response';
import type { Msg } from '../messages';

export interface RobustDataOptions extends Omit<DataOptions, 'model'> {
  /** Models to compare; every model the attribution computed by default. @default null */
  models: readonly ModelName[] | null;
}

/** A model left out of the comparison, and why (scenarioFromData's reason). */
export interface SkippedModel { model: ModelName; reason: Msg }

export type RobustInput =
  | { ok: true; channels: RobustChannel[]; models: ModelCurves[]; budget: number; excluded: Record<string, ExcludedChannel[]>; skipped: SkippedModel[] }
  | { ok: false; skipped: SkippedModel[] };

/**
 * Channels with spend and credit in at least one model; a model that credits a channel nothing gets a flat curve
 * (beta 0) for it, so the optimiser sends it to its minimum under that model. Models that fail are skipped, with why.
 * The curves are estimated from attribution, not incrementality: the view says so once (budget.curvesEstimated).
 */
export function robustInputFromData(rows: readonly SpendRow[], attribution: AttributionResult,
  options: Partial<RobustDataOptions> = {}): RobustInput {
  const { models: asked = null, ...data } = options;
  const names = asked ?? (Object.keys(attribution.models) as ModelName[]);
  const skipped: SkippedModel[] = [];
  const excluded: Record<string, ExcludedChannel[]> = {};
  const solved = names.flatMap((model) => {
    const s = scenarioFromData(rows, attribution, { ...data, model });
    if (!s.ok) {
      skipped.push({ model, reason: s.reason });
      return [];
    }
    excluded[model] = s.excluded;
    return [{ model, scenario: s.scenario }];
  });
  if (solved.length === 0) return { ok: false, skipped };
  const byName = new Map<string, RobustChannel>();
  for (const { scenario } of solved) {
    for (const c of scenario.channels) {
      byName.set(c.name, { name: c.name, currentSpend: c.currentSpend, min: (c.minRatio ?? 0) * c.currentSpend, max: (c.maxRatio ?? Infinity) * c.currentSpend });
    }
  }
  const channels = [...byName.values()];
  const flat: HillCurve = { beta: 0, alpha: 1, gamma: 1 };
  const models = solved.map(({ model, scenario }) => ({
    model,
    curves: channels.map((ch) => scenario.channels.find((c) => c.name === ch.name)?.curve ?? flat),
  }));
  const budget = data.total ?? channels.reduce((a, c) => a + c.currentSpend, 0);
  return { ok: true, channels, models, budget, excluded, skipped };
}
