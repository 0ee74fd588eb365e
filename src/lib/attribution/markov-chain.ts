// Builds the absorbing Markov chain of a journey set: start -> channel states -> conversion or null.
import type { JourneySet } from '../types';
import type { SparseRows } from './linalg';
import { MARKOV_STATES, type MarkovStates } from './types';

/** The chain of order k. Transient states are indexed 0..n-1; the start state is kept apart. */
export interface MarkovChain {
  /** Channels of each state, oldest first (how they are formed: see eachState). */
  stateChannels: number[][];
  /** State-to-state transition probabilities. */
  q: SparseRows;
  /** P(start -> state). */
  start: Float64Array;
  /** P(state -> conversion). */
  conv: Float64Array;
  /** Expected value absorbed in one step: P(state -> conversion) x mean value of conversions ending there. */
  value: Float64Array;
  /** Conversions, value and nulls of the journeys in the chain (those with at least one touch). */
  conversions: number;
  conversionValue: number;
  nulls: number;
}

/** A state key that fits two state ids below 2^22 into one safe integer. */
const SHIFT = 2 ** 22;

/**
 * Calls `visit` with the channels of each state a path (touches from..to-1 of `channel`) visits, in order. The
 * array passed is a buffer reused between calls: copy it to keep it.
 *
 * Mittari's states: consecutive repeats of a channel are merged first, then each touch's state is the last k
 * channels up to it, so a path's first k - 1 states hold fewer channels (a > a > b > c at order 2: (a), (a,b),
 * (b,c)). At order 1 merging repeats only removes self-loops, which change no absorption probability.
 *
 * ChannelAttribution's states (markov_model_cpp of its R and Python packages, read from DavideAltomare/
 * ChannelAttribution): the windows of k consecutive touches of the path as it is, repeats included, sliding one
 * touch at a time from the first full window; a path of k touches or fewer is one state, the whole path. A window
 * equal to the one before it (inside a run of one channel longer than k) is not a new step, so the chain has no
 * self-loops (a > a > b > c at order 2: (a,a), (a,b), (b,c); a > a > a: (a,a); b: (b)). ChannelAttribution
 * then estimates each removal effect by simulation, as the share of converting walks that visit a state holding
 * the channel (which is 1 - P(conv without it) / P(conv)), with walks cut after as many steps as the longest path
 * has states; here the same chain is solved exactly, like Mittari's. One difference is left: ChannelAttribution
 * lets a path without touches go from start straight to conversion or null, where both chains here leave it out.
 */
function eachState(channel: ArrayLike<number>, from: number, to: number, order: number, states: MarkovStates, visit: (state: readonly number[]) => void): void {
  const w: number[] = [];
  if (to <= from) return;
  if (states === 'mittari') {
    for (let t = from; t < to; t++) {
      const c = channel[t];
      if (c === w[w.length - 1]) continue;
      w.push(c);
      if (w.length > order) w.shift();
      visit(w);
    }
  } else if (to - from <= order) {
    for (let t = from; t < to; t++) w.push(channel[t]);
    visit(w);
  } else {
    for (let t = from; t + order <= to; t++) {
      let same = t > from; // the window before, still in w, equals this one only inside a run of one channel
      for (let i = 0; i < order && same; i++) same = w[i] === channel[t + i];
      if (same) continue;
      for (let i = 0; i < order; i++) w[i] = channel[t + i];
      visit(w);
    }
  }
}

/** The states a path of channel indices visits, in order, for the chosen way of forming them (see eachState). */
export function pathStates(path: readonly number[], order: number, states: MarkovStates = 'mittari'): number[][] {
  if (!MARKOV_STATES.includes(states)) throw new Error(`invalid Markov states: ${states}`);
  const out: number[][] = [];
  eachState(path, 0, path.length, order, states, (w) => out.push(w.slice()));
  return out;
}

/**
 * Counts transitions between the states of each journey (eachState), each step weighted by the journey count
 * (conversions + nulls), the last state -> conversion by conversions and -> null by nulls, as ChannelAttribution
 * weights them too. Journeys without touches are left out.
 */
export function buildChain(set: JourneySet, order: number, states: MarkovStates = 'mittari'): MarkovChain {
  if (!MARKOV_STATES.includes(states)) throw new Error(`invalid Markov states: ${states}`);
  const ids = new Map<string, number>();
  const stateChannels: number[][] = [];
  const startW: number[] = [], outW: number[] = [], convW: number[] = [], valueW: number[] = [];
  const edges = new Map<number, number>();
  let conversions = 0, conversionValue = 0, nulls = 0;
  const touchChannel = set.touches.channel;
  for (const j of set.journeys) {
    const w = j.conversions + j.nulls;
    if (j.end === j.start || !(w > 0)) continue;
    conversions += j.conversions;
    conversionValue += j.value;
    nulls += j.nulls;
    let prev = -1;
    eachState(touchChannel, j.start, j.end, order, states, (channels) => {
      const key = channels.join(',');
      let s = ids.get(key);
      if (s === undefined) {
        s = stateChannels.length;
        ids.set(key, s);
        stateChannels.push(channels.slice());
        startW.push(0), outW.push(0), convW.push(0), valueW.push(0);
      }
      if (prev < 0) startW[s] += w;
      else {
        const e = prev * SHIFT + s;
        edges.set(e, (edges.get(e) ?? 0) + w);
        outW[prev] += w;
      }
      prev = s;
    });
    outW[prev] += w;
    convW[prev] += j.conversions;
    valueW[prev] += j.value;
  }
  const n = stateChannels.length;
  if (n >= SHIFT) throw new Error(`buildChain: ${n} states is more than the ${SHIFT} supported`);
  const totalStart = startW.reduce((a, b) => a + b, 0);
  return {
    stateChannels,
    q: toRows(n, edges, outW),
    start: Float64Array.from(startW, (x) => x / totalStart),
    conv: Float64Array.from(convW, (x, s) => x / outW[s]),
    // conversions ending at s x (value ending at s / conversions ending at s) / out-weight of s
    value: Float64Array.from(valueW, (x, s) => (convW[s] > 0 ? x / outW[s] : 0)),
    conversions,
    conversionValue,
    nulls,
  };
}

function toRows(n: number, edges: Map<number, number>, outW: number[]): SparseRows {
  const start = new Int32Array(n + 1);
  for (const key of edges.keys()) start[Math.floor(key / SHIFT) + 1]++;
  for (let i = 0; i < n; i++) start[i + 1] += start[i];
  const fill = start.slice(0, n);
  const cols = new Int32Array(edges.size), vals = new Float64Array(edges.size);
  for (const [key, w] of edges) {
    const from = Math.floor(key / SHIFT), e = fill[from]++;
    cols[e] = key - from * SHIFT;
    vals[e] = w / outW[from];
  }
  return { n, start, cols, vals };
}

/**
 * Order-1 channel transition probabilities for display: rows '(start)' and the channels, columns the channels,
 * '(conversion)' and '(null)'. Repeats are collapsed as in the chain, so the diagonal is zero.
 */
export function channelTransitions(set: JourneySet): { from: string[]; to: string[]; p: number[][] } {
  const c = set.channels.length;
  const p = Array.from({ length: c + 1 }, () => new Array<number>(c + 2).fill(0));
  const touchChannel = set.touches.channel;
  for (const j of set.journeys) {
    const w = j.conversions + j.nulls;
    if (j.end === j.start || !(w > 0)) continue;
    let row = 0;
    for (let k = j.start; k < j.end; k++) {
      const channel = touchChannel[k];
      if (row === channel + 1) continue;
      p[row][channel] += w;
      row = channel + 1;
    }
    p[row][c] += j.conversions;
    p[row][c + 1] += j.nulls;
  }
  for (const r of p) {
    const total = r.reduce((a, b) => a + b, 0);
    if (total > 0) for (let i = 0; i < r.length; i++) r[i] /= total;
  }
  return { from: ['(start)', ...set.channels], to: [...set.channels, '(conversion)', '(null)'], p };
}
