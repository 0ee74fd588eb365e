// Attribution's shared types: model names, options with their defaults, and per-model credit.
import type { Unavailable } from './unavailable';

/** Every attribution model Mittari computes. */
export type ModelName =
  | 'first'
  | 'last'
  | 'last_non_direct'
  | 'linear'
  | 'position'
  | 'j_shaped'
  | 'inverse_j'
  | 'time_decay'
  | 'w_shaped'
  | 'full_path'
  | 'custom'
  | 'markov'
  | 'shapley';

export const MODEL_NAMES: readonly ModelName[] = [
  'first', 'last', 'last_non_direct', 'linear', 'position', 'j_shaped', 'inverse_j', 'time_decay',
  'w_shaped', 'full_path', 'custom', 'markov', 'shapley',
];

/** What the "channel" of a touch is for attribution. */
export type Level = 'channel' | 'campaign' | 'touch_type';

/**
 * How the states of an order-k Markov chain are formed from a path (one sentence each: attribution.markovStates.*
 * in messages.ts). 'mittari' merges consecutive repeats of a channel and keeps the partial histories at the start;
 * 'channelattribution' is the chain of the ChannelAttribution package (R and Python): windows of k consecutive
 * touches of the path as it is. At order 1 the two are the same chain.
 */
export type MarkovStates = 'mittari' | 'channelattribution';

export const MARKOV_STATES: readonly MarkovStates[] = ['mittari', 'channelattribution'];

/** Position weights of the custom model (any scale; they are normalised within each journey). */
export interface PositionWeights {
  /** Weight of the first touch. @default 1 */
  first: number;
  /** Weight of each touch between the first and the last. @default 1 */
  middle: number;
  /** Weight of the last touch. @default 1 */
  last: number;
}

export interface AttributionOptions {
  /** Half-life of the time-decay model in days. @default 7 */
  halfLifeDays: number;
  /** Touches more than this many days before the conversion are dropped; null keeps all. @default null */
  lookbackDays: number | null;
  /** Channel, campaign or touchpoint type. @default 'channel' */
  level: Level;
  /** Markov chain order: states are the last k channels. @default 1 */
  markovOrder: 1 | 2 | 3 | 4;
  /** How the Markov chain's states are formed from a path (see MarkovStates). @default 'mittari' */
  markovStates: MarkovStates;
  /** Custom model: position weights. Defaults reproduce linear. */
  weights: PositionWeights;
  /** Custom model: multiplier per touchpoint type (or per channel when touches have no type). Missing = 1. */
  typeWeights: Readonly<Record<string, number>>;
}

export const defaultAttributionOptions: Readonly<AttributionOptions> = Object.freeze({
  halfLifeDays: 7,
  lookbackDays: null,
  level: 'channel',
  markovOrder: 1,
  markovStates: 'mittari',
  weights: Object.freeze({ first: 1, middle: 1, last: 1 }),
  typeWeights: Object.freeze({}),
});

/** Credit per channel, indexed like JourneySet.channels. */
export interface Credit {
  conversions: Float64Array;
  value: Float64Array;
}

/** Result of a model that may not apply to the data. */
export type ModelResult = { ok: true; credit: Credit } | Unavailable;
