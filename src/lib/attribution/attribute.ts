// Every attribution model on one journey set, side by side: the engine's attribution entry point.
import type { JourneyKind, JourneySet } from '../types';
import { defaultAttributionOptions, MODEL_NAMES, type AttributionOptions, type Credit, type ModelName, type ModelResult } from './types';
import { ruleModel, type RuleModel } from './rules';
import { timeDecay } from './time-decay';
import { milestoneModel } from './milestones';
import { customModel } from './custom';
import { markov, type MarkovResult } from './markov';
import { shapley } from './shapley';
import { applyLookback } from './lookback';
import { atLevel } from './level';
import { msg, type Msg } from '../messages';
import { unavailable } from './unavailable';
import { lap } from '../util/stages';
import type { AttributionMsg } from './messages';

export interface AttributionRequest extends Partial<AttributionOptions> {
  /** Models to compute; all by default. */
  models?: readonly ModelName[];
}

/** Credit of one model per channel, in `channels` order. */
export interface ModelCredit {
  conversions: number[];
  value: number[];
}

export interface MarkovSummary {
  order: number;
  /** How the chain's states were formed (the sentence: markovStatesMsg). */
  variant: MarkovResult['variant'];
  conversionProbability: number;
  removalEffects: number[];
  removalEffectsValue: number[];
  transitions: MarkovResult['transitions'];
  noNulls: boolean;
  states: number;
}

export interface AttributionResult {
  /** Journeys as the dataset counts them (journey ids, or conversions + nulls of a path table). */
  journeys: number;
  /** Conversions and value of converting paths with at least one touch: what the models share out. */
  conversions: number;
  conversionValue: number;
  /** Conversions with no touch before them (after the lookback): no model can credit them. */
  unattributed: number;
  channels: string[];
  models: Partial<Record<ModelName, ModelCredit>>;
  markov: MarkovSummary | null;
  /** Models that do not apply to this data, with the reason. */
  unavailable: Partial<Record<ModelName, AttributionMsg>>;
  /** Notes about options that could not be applied. */
  notes: Msg[];
  options: AttributionOptions;
}

const RULES: readonly RuleModel[] = ['first', 'last', 'last_non_direct', 'linear', 'position', 'j_shaped', 'inverse_j'];
const toArrays = (c: Credit): ModelCredit => ({ conversions: Array.from(c.conversions), value: Array.from(c.value) });

function one(set: JourneySet, model: ModelName, o: AttributionOptions, source: JourneyKind): ModelResult | MarkovResult {
  if ((RULES as readonly string[]).includes(model)) return { ok: true, credit: ruleModel(set, model as RuleModel) };
  switch (model) {
    // A touchpoint file without a timestamp column is not a path table: its sentence says so.
    case 'time_decay': return !set.timed && source === 'touchpoints' ? unavailable('attribution.timeDecayNoTimestamps', {}) : timeDecay(set, o.halfLifeDays);
    case 'w_shaped': case 'full_path': return milestoneModel(set, model);
    case 'custom': return { ok: true, credit: customModel(set)(o.weights, o.typeWeights) };
    case 'markov': return markov(set, o.markovOrder, o.markovStates);
    case 'shapley': return { ok: true, credit: shapley(set) };
    default: throw new Error(`invalid model: ${model}`);
  }
}

/** Prepares the journeys the models see: lookback window, then level of detail. */
export function prepareJourneys(set: JourneySet, o: AttributionOptions, notes: Msg[] = []): JourneySet {
  let out = set;
  if (o.lookbackDays !== null) {
    if (set.timed) out = applyLookback(out, o.lookbackDays);
    else notes.push(msg('attribution.lookbackUntimed', {}));
  }
  return atLevel(out, o.level);
}

/** Runs the requested models (all by default) with the given options. Does not mutate `set`. */
export function attribute(set: JourneySet, source: JourneyKind, request: AttributionRequest = {}): AttributionResult {
  return attributeWithJourneys(set, source, request).result;
}

/** attribute(), also returning the journeys the models saw (after lookback and level), for callers that reuse them. */
export function attributeWithJourneys(set: JourneySet, source: JourneyKind, request: AttributionRequest = {}): { result: AttributionResult; prepared: JourneySet } {
  const steps = attributionSteps(set, source, request);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** How far an attribution is: models done of the models asked for. */
export interface AttributionProgress { done: number; total: number }

/**
 * attributeWithJourneys() one model at a time: yields after each model, so a caller in a worker can report progress
 * and hand the thread back (to see a Cancel) between models; returns what attributeWithJourneys() returns.
 */
export function* attributionSteps(set: JourneySet, source: JourneyKind, request: AttributionRequest = {}): Generator<AttributionProgress, { result: AttributionResult; prepared: JourneySet }> {
  lap('before attribution (in the app: until the Attribution view asks)');
  const { models = MODEL_NAMES, ...rest } = request;
  const options: AttributionOptions = { ...defaultAttributionOptions, ...rest };
  const notes: Msg[] = [];
  const prepared = prepareJourneys(set, options, notes);
  let conversions = 0, conversionValue = 0, unattributed = 0;
  const ids = new Set<string>();
  let journeys = 0;
  for (const j of prepared.journeys) {
    if (j.end > j.start) { conversions += j.conversions; conversionValue += j.value; } else unattributed += j.conversions;
    if (source === 'touchpoints') ids.add(j.id); else journeys += j.conversions + j.nulls;
  }
  const result: AttributionResult = {
    journeys: source === 'touchpoints' ? ids.size : journeys, conversions, conversionValue, unattributed,
    channels: prepared.channels, models: {}, markov: null, unavailable: {}, notes, options,
  };
  for (const [i, model] of models.entries()) {
    if (i > 0) yield { done: i, total: models.length };
    lap(i === 0 ? 'attribute: lookback, level, totals' : 'attribute: between models');
    const r = one(prepared, model, options, source);
    lap(`attribute: ${model}`);
    if (!r.ok) { result.unavailable[model] = r.reason; continue; }
    result.models[model] = toArrays(r.credit);
    if (model === 'markov' && 'removalEffects' in r) {
      result.markov = {
        order: r.order, variant: r.variant, conversionProbability: r.conversionProbability, removalEffects: Array.from(r.removalEffects),
        removalEffectsValue: Array.from(r.removalEffectsValue), transitions: r.transitions, noNulls: r.noNulls, states: r.states,
      };
    }
  }
  return { result, prepared };
}
