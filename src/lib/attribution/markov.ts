// Markov-chain attribution by removal effects (Anderl et al. 2016), solved exactly, never by simulation.
import type { JourneySet } from '../types';
import type { Credit, MarkovStates } from './types';
import { buildChain, channelTransitions, type MarkovChain } from './markov-chain';
import { DENSE_LIMIT, solveAbsorbing } from './linalg';
import { unavailable, type Unavailable } from './unavailable';
import { msg, type Msg } from '../messages';

export interface MarkovResult {
  ok: true;
  order: number;
  /** How the chain's states were formed from the paths. */
  variant: MarkovStates;
  credit: Credit;
  /** P(a journey that starts converts). */
  conversionProbability: number;
  /** RE_c = 1 - P(conv | c removed) / P(conv), per channel (JourneySet.channels order). */
  removalEffects: Float64Array;
  /** The same on expected conversion value. */
  removalEffectsValue: Float64Array;
  /** Channel-level transition probabilities (order 1 view, always computed): from = ['(start)', ...channels], to = [...channels, '(conversion)', '(null)']; p[i][j]. */
  transitions: { from: string[]; to: string[]; p: number[][] };
  /** True when the data has no non-converting journeys (the chain still works; the UI says so). */
  noNulls: boolean;
  /** Number of channel states of the chain (the start state not counted). */
  states: number;
}

export type MarkovOutcome = MarkovResult | Unavailable;

/**
 * Channels the removal effects are solved for: one solve per channel, each over a chain whose states all link, so
 * the cost grows with the fourth power of the channel count (500 channels took 18 s, 200 take under 1 s).
 */
export const MARKOV_MAX_CHANNELS = 200;

/**
 * Work the removal effects may take, in multiply-adds by removalWork: about 4 s here. Measured: order 2 over 190
 * channels (10,216 states, 11,783 links: 4.2e9) took 8 s; the example data at order 3 (373 states) takes 1.4e8.
 * Order 1 never reaches it: 200 channels are 200 states, solved dense (5.3e8).
 */
export const MARKOV_MAX_WORK = 2e9;

/**
 * Multiply-adds of one solve per channel (see linalg.ts): dense LU of n^3 / 3 up to 400 states, else Gauss–Seidel
 * over states and links, two right-hand sides of about 500 sweeps each (journeys of 10–20 touches converge slowly).
 */
export function removalWork(states: number, links: number, channels: number): number {
  return channels * (states <= DENSE_LIMIT ? states ** 3 / 3 : 1000 * (states + links));
}

function fromStart(chain: MarkovChain, x: Float64Array): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += chain.start[i] * x[i];
  return s;
}

/** Shares `total` in proportion to `weights` (all zero when the weights sum to zero). */
function share(weights: Float64Array, total: number): Float64Array {
  const sum = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => (sum > 0 ? (total * w) / sum : 0));
}

/** The sentence that says how the states of a chain are formed, for the view's formula note and the README. */
export function markovStatesMsg(states: MarkovStates): Msg {
  return states === 'mittari' ? msg('attribution.markovStates.mittari', {}) : msg('attribution.markovStates.channelattribution', {});
}

/**
 * Markov attribution of order k. States are formed from each path as `states` says (see pathStates in
 * markov-chain.ts): by default Mittari's, the last k channels with consecutive repeats merged; or
 * ChannelAttribution's, windows of k consecutive touches. At order 1 both are the same chain. Removing a
 * channel makes every state that contains it absorbing to null. Credit_c = conversions x RE_c / sum RE;
 * value credit uses the chain where a conversion from state s carries the mean value of conversions ending at s.
 * Method: one linear solve of (I - Q) x = b for the chain and one per channel that occurs (see linalg.ts).
 */
export function markov(set: JourneySet, order: 1 | 2 | 3 | 4 = 1, states: MarkovStates = 'mittari'): MarkovOutcome {
  if (![1, 2, 3, 4].includes(order)) throw new Error(`markov: order must be 1, 2, 3 or 4; you passed ${order}`);
  const chain = buildChain(set, order, states);
  const n = chain.stateChannels.length;
  if (n === 0) return unavailable('attribution.markovNoTouches', {});
  if (!(chain.conversions > 0)) return unavailable('attribution.markovNoConversions', {});
  const touched = new Set(chain.stateChannels.flat()).size;
  if (touched > MARKOV_MAX_CHANNELS) return unavailable('attribution.markovTooManyChannels', { channels: touched, max: MARKOV_MAX_CHANNELS });
  if (removalWork(chain.q.n, chain.q.start[chain.q.n], touched) > MARKOV_MAX_WORK) {
    return unavailable('attribution.markovTooManyStates', { order, states: n, channels: touched });
  }
  const base = solveAbsorbing(chain.q, [chain.conv, chain.value]);
  const p = fromStart(chain, base[0]);
  const ev = fromStart(chain, base[1]);
  const channels = set.channels.length;
  const removalEffects = new Float64Array(channels);
  const removalEffectsValue = new Float64Array(channels);
  const byChannel = Array.from({ length: channels }, () => [] as number[]);
  chain.stateChannels.forEach((cs, s) => new Set(cs).forEach((c) => byChannel[c].push(s)));
  for (let c = 0; c < channels; c++) {
    if (byChannel[c].length === 0) continue; // a channel no journey touches keeps RE = 0
    const zero = new Uint8Array(n);
    for (const s of byChannel[c]) zero[s] = 1;
    const [x, xv] = solveAbsorbing(chain.q, [chain.conv, chain.value], zero, base);
    removalEffects[c] = 1 - fromStart(chain, x) / p;
    removalEffectsValue[c] = ev > 0 ? 1 - fromStart(chain, xv) / ev : 0;
  }
  return {
    ok: true,
    order,
    variant: states,
    credit: { conversions: share(removalEffects, chain.conversions), value: share(removalEffectsValue, chain.conversionValue) },
    conversionProbability: p,
    removalEffects,
    removalEffectsValue,
    transitions: channelTransitions(set),
    noNulls: chain.nulls === 0,
    states: n,
  };
}
