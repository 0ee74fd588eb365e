// What the attribution view shows for one journey set: every model, the custom model's slider keys and the path
// stats, all on the journeys the models saw (lookback and level applied); plus the custom model, prepared once
// on those journeys so that slider moves only recompute.
import type { JourneySet } from '../types';
import { defaultAttributionOptions, type Credit, type PositionWeights } from './types';
import { attributeWithJourneys, attributionSteps, prepareJourneys, type AttributionProgress, type AttributionRequest, type AttributionResult } from './attribute';
import { customKeys, customModel } from './custom';
import { pathStats, type PathStats } from './path-stats';
import { lap } from '../util/stages';

/** Every model on one journey set, with what the custom weights and the path explorer need. */
export interface AttributionView extends AttributionResult {
  /** The names the custom model has a multiplier slider for, most frequent first. */
  customKeys: string[];
  /** Most common paths, path lengths and time to conversion. */
  paths: PathStats;
}

/** The custom model prepared on a journey set: `recompute` is fast enough to run while a slider moves. */
export interface PreparedCustom {
  recompute: (weights: PositionWeights, typeWeights: Readonly<Record<string, number>>) => Credit;
  keys: string[];
}

/** Prepares the custom model on journeys the models already saw. Does not mutate `prepared`. */
export function prepareCustom(prepared: JourneySet): PreparedCustom {
  return { recompute: customModel(prepared), keys: customKeys(prepared) };
}

/** The custom model on a whole journey set with the default options (no lookback, channel level). */
export function defaultCustom(set: JourneySet): PreparedCustom {
  return prepareCustom(prepareJourneys(set, { ...defaultAttributionOptions }, []));
}

/** Every model with these options, and the custom model prepared on the same journeys. Does not mutate `set`. */
export function attributionView(set: JourneySet, source: 'touchpoints' | 'paths', request: AttributionRequest = {}): { view: AttributionView; custom: PreparedCustom } {
  return viewOf(attributeWithJourneys(set, source, request));
}

function viewOf({ result, prepared }: { result: AttributionResult; prepared: JourneySet }): { view: AttributionView; custom: PreparedCustom } {
  const custom = prepareCustom(prepared);
  lap('attribute: view, custom model prepared');
  const paths = pathStats(prepared);
  lap('attribute: view, path stats');
  return { view: { ...result, customKeys: custom.keys, paths }, custom };
}

/** What an attribution in a worker is told between models: its progress, a pause that hands the thread back, a stop. */
export interface AttributionHooks {
  onProgress?: (p: AttributionProgress) => void;
  pause?: () => Promise<void>;
  /** Checked between models; true stops the work with AttributionCancelled. */
  shouldStop?: () => boolean;
}

/** Thrown by attributionViewAsync when shouldStop() says so. */
export class AttributionCancelled extends Error {
  constructor() {
    super('attribution cancelled');
  }
}

/** attributionView() with progress and a Cancel between models: the same result, for the worker. */
export async function attributionViewAsync(set: JourneySet, source: 'touchpoints' | 'paths', request: AttributionRequest = {},
  hooks: AttributionHooks = {}): Promise<{ view: AttributionView; custom: PreparedCustom }> {
  const steps = attributionSteps(set, source, request);
  for (;;) {
    const step = steps.next();
    if (step.done) return viewOf(step.value);
    hooks.onProgress?.(step.value);
    await hooks.pause?.();
    if (hooks.shouldStop?.()) throw new AttributionCancelled();
  }
}
