// An independent Markov removal-effect computation for the tests: string-keyed states, transition counts per
// path, and absorption probabilities by value iteration (x <- Q x + r until nothing moves), no linear algebra.
import type { JourneySet } from '../../../src/lib/types';
import { touchesOf } from '../../../src/lib/journeys/store';

export type StatesRule = 'mittari' | 'channelattribution';
export interface Node { next: Map<string, number>; conv: number; value: number; out: number }

/** The state names a path of channel names visits: channels joined by ' > '. */
export function stateNames(names: readonly string[], order: number, states: StatesRule = 'mittari'): string[] {
  if (states === 'mittari') {
    const merged = names.filter((c, i, a) => i === 0 || a[i - 1] !== c);
    return merged.map((_, i) => merged.slice(Math.max(0, i - order + 1), i + 1).join(' > '));
  }
  // ChannelAttribution: every window of `order` touches of the raw path, a state repeated in a row kept once
  if (names.length <= order) return [names.join(' > ')];
  const windows = names.slice(0, names.length - order + 1).map((_, i) => names.slice(i, i + order).join(' > '));
  return windows.filter((w, i) => i === 0 || windows[i - 1] !== w);
}

/** The chain as string-keyed nodes, '(start)' included. */
export function referenceChain(set: JourneySet, order: number, states: StatesRule = 'mittari'): Map<string, Node> {
  const nodes = new Map<string, Node>();
  const node = (k: string) => nodes.get(k) ?? nodes.set(k, { next: new Map(), conv: 0, value: 0, out: 0 }).get(k)!;
  for (const j of set.journeys) {
    const w = j.conversions + j.nulls;
    if (j.end === j.start || w <= 0) continue;
    const names = touchesOf(set, j).map((t) => set.channels[t.channel]);
    const path = ['(start)', ...stateNames(names, order, states)];
    for (let i = 0; i + 1 < path.length; i++) {
      const from = node(path[i]);
      from.next.set(path[i + 1], (from.next.get(path[i + 1]) ?? 0) + w);
      from.out += w;
    }
    const last = node(path[path.length - 1]);
    last.conv += j.conversions;
    last.value += j.value;
    last.out += w;
  }
  return nodes;
}

/** P(conv) and expected value from the start, with the states containing `removed` sent to null. */
function absorb(nodes: Map<string, Node>, removed?: string): [number, number] {
  const gone = (k: string) => removed !== undefined && k !== '(start)' && k.split(' > ').includes(removed);
  let x = new Map<string, [number, number]>([...nodes.keys()].map((k) => [k, [0, 0]]));
  for (let it = 0; it < 200_000; it++) {
    const y = new Map<string, [number, number]>();
    let change = 0;
    for (const [k, n] of nodes) {
      let p = 0, v = 0;
      if (!gone(k)) {
        p = n.conv / n.out;
        v = n.value / n.out;
        for (const [t, w] of n.next) {
          const [pt, vt] = x.get(t)!;
          p += (w / n.out) * pt;
          v += (w / n.out) * vt;
        }
      }
      change = Math.max(change, Math.abs(p - x.get(k)![0]), Math.abs(v - x.get(k)![1]) / 1e3);
      y.set(k, [p, v]);
    }
    x = y;
    if (change < 1e-15) break;
  }
  return x.get('(start)')!;
}

/** Removal effects (conversions and value) per channel name, by value iteration. */
export function referenceMarkov(set: JourneySet, order = 1, states: StatesRule = 'mittari') {
  const nodes = referenceChain(set, order, states);
  const [p, v] = absorb(nodes);
  return {
    conversionProbability: p,
    removalEffects: set.channels.map((c) => 1 - absorb(nodes, c)[0] / p),
    removalEffectsValue: set.channels.map((c) => 1 - absorb(nodes, c)[1] / v),
  };
}
