// The budget view from a spend file and a journey file: attribution first (every model, for the robustness check
// across models), then the view. The worker and any other caller run this one composition.
import type { SpendRow } from '../types';
import type { JourneySet } from '../types';
import { attribute, attributionSteps } from '../attribution/attribute';
import { AttributionCancelled, type AttributionHooks } from '../attribution/view';
import { budgetView, type BudgetOutcome, type BudgetRequest } from './view';

/** Journeys as a dataset holds them, with the kind of file they came from. */
export interface Journeys {
  set: JourneySet;
  source: 'touchpoints' | 'paths';
}

/**
 * Attributes the journeys with every model and builds the budget view. Markov is of order 1 here: the budget
 * compares models per channel, and higher orders only cost time on the robustness check. Mutates nothing.
 */
export function budgetFromJourneys(rows: readonly SpendRow[], journeys: Journeys, request: BudgetRequest = {}): BudgetOutcome {
  const attribution = attribute(journeys.set, journeys.source, { markovOrder: 1 });
  return budgetView(rows, attribution, request, journeys);
}

/** budgetFromJourneys() with progress and a Cancel between the attribution models (the long part): for the worker. */
export async function budgetFromJourneysAsync(rows: readonly SpendRow[], journeys: Journeys, request: BudgetRequest = {}, hooks: AttributionHooks = {}): Promise<BudgetOutcome> {
  const steps = attributionSteps(journeys.set, journeys.source, { markovOrder: 1 });
  for (;;) {
    const step = steps.next();
    if (step.done) return budgetView(rows, step.value.result, request, journeys);
    hooks.onProgress?.(step.value);
    await hooks.pause?.();
    if (hooks.shouldStop?.()) throw new AttributionCancelled();
  }
}
