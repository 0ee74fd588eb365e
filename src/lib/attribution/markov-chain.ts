// Builds the absorbing Markov chain of a journey set: start -> channel states -> conversion or null.
import type { JourneySet } from '../types';
import type { SparseRows } from './linalg';

/** The chain of order k. Transient states are indexed 0..n-1; the start state is kept apart. */
export interface MarkovChain {
  /** Channels of each state: the last k distinct consecutive channels (fewer at the start of a path). */
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
 * Counts transitions, each step weighted by the journey count (conversions + nulls), the last state -> conversion
 * by conversions and -> null by nulls. Consecutive repeats of a channel are collapsed: for order 1 a self-loop
 * changes no absorption probability, for order k > 1 it is what ChannelAttribution does.
 */
export function buildChain(set: JourneySet, order: number): MarkovChain {
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
    const hist: number[] = [];
    let prev = -1;
    for (let k = j.start; k < j.end; k++) {
      const channel = touchChannel[k];
      if (channel === hist[hist.length - 1]) continue;
      hist.push(channel);
      if (hist.length > order) hist.shift();
      const key = hist.join(',');
      let s = ids.get(key);
      if (s === undefined) {
        s = stateChannels.length;
        ids.set(key, s);
        stateChannels.push(hist.slice());
        startW.push(0), outW.push(0), convW.push(0), valueW.push(0);
      }
      if (prev < 0) startW[s] += w;
      else {
        const e = prev * SHIFT + s;
        edges.set(e, (edges.get(e) ?? 0) + w);
        outW[prev] += w;
      }
      prev = s;
    }
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
