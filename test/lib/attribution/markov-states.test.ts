// The two ways of forming an order-k Markov chain's states (Mittari's and ChannelAttribution's): the states each
// forms, both chains written out by hand on small path tables, exact removal effects against value iteration and
// against a seeded simulation of walks through the chain, order 1 where the two are one chain, and the
// ChannelAttribution path table, where order 2 moves credit the way issue 19 measured with ChannelAttribution.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { JourneySet } from '../../../src/lib/types';
import { buildChain, pathStates } from '../../../src/lib/attribution/markov-chain';
import { markov, markovStatesMsg, type MarkovResult } from '../../../src/lib/attribution/markov';
import { attribute } from '../../../src/lib/attribution/attribute';
import { attributionJson } from '../../../src/cli/english';
import { english } from '../../../src/lib/messages';
import type { MarkovStates } from '../../../src/lib/attribution/types';
import { mulberry32, intBetween } from '../../../src/lib/util/random';
import { byName, expectClose, expectConserved, makeSet, pathsSet, type J } from './rule-helpers';
import { referenceChain, referenceMarkov } from './markov-reference';

const VARIANTS: readonly MarkovStates[] = ['mittari', 'channelattribution'];

function ok(r: ReturnType<typeof markov>): MarkovResult {
  if (!r.ok) throw new Error(`expected a Markov result, got: ${r.reason}`);
  return r;
}
const named = (set: JourneySet, a: ArrayLike<number>) => Object.fromEntries(set.channels.map((c, i) => [c, a[i]]));

/** Paths written as letters ('aabc'), states as 'a > b'. */
const letters = (path: string) => [...path].map((c) => c.charCodeAt(0) - 97);
const statesOf = (path: string, order: number, states: MarkovStates) =>
  pathStates(letters(path), order, states).map((s) => s.map((c) => String.fromCharCode(97 + c)).join(' > '));

/** The chain buildChain makes, written out: every non-zero 'from -> to' probability, by state names. */
function written(set: JourneySet, order: number, states: MarkovStates): Record<string, number> {
  const chain = buildChain(set, order, states);
  const name = (s: number) => chain.stateChannels[s].map((c) => set.channels[c]).join(' > ');
  const out: Record<string, number> = {};
  chain.start.forEach((p, s) => { if (p > 0) out[`(start) -> ${name(s)}`] = p; });
  for (let s = 0; s < chain.q.n; s++) {
    let left = 1 - chain.conv[s];
    for (let e = chain.q.start[s]; e < chain.q.start[s + 1]; e++) {
      out[`${name(s)} -> ${name(chain.q.cols[e])}`] = chain.q.vals[e];
      left -= chain.q.vals[e];
    }
    if (chain.conv[s] > 0) out[`${name(s)} -> (conversion)`] = chain.conv[s];
    if (left > 1e-12) out[`${name(s)} -> (null)`] = left;
  }
  return out;
}

/** Random small path tables with runs of one channel, short paths and loops, 3-4 channels. */
function randomSet(seed: number): JourneySet {
  const rng = mulberry32(seed);
  const names = ['a', 'b', 'c', 'd'].slice(0, intBetween(rng, 3, 4));
  const js: J[] = Array.from({ length: intBetween(rng, 4, 10) }, () => {
    const path: string[] = [];
    for (let n = intBetween(rng, 1, 7); path.length < n;) {
      const c = names[intBetween(rng, 0, names.length - 1)];
      for (let r = intBetween(rng, 1, 3); r > 0 && path.length < n; r--) path.push(c); // runs of 1-3
    }
    const conversions = intBetween(rng, 0, 3);
    return { path: path.join(' > '), conversions, value: conversions * intBetween(rng, 1, 50), nulls: intBetween(rng, conversions ? 0 : 1, 4) };
  });
  return makeSet(js);
}

describe('pathStates()', () => {
  it.each([
    // path, order, Mittari's states, ChannelAttribution's states
    ['aabc', 2, ['a', 'a > b', 'b > c'], ['a > a', 'a > b', 'b > c']],
    ['aabc', 3, ['a', 'a > b', 'a > b > c'], ['a > a > b', 'a > b > c']],
    ['abab', 2, ['a', 'a > b', 'b > a', 'a > b'], ['a > b', 'b > a', 'a > b']],
    ['b', 2, ['b'], ['b']],
    ['ab', 3, ['a', 'a > b'], ['a > b']],
    ['aa', 2, ['a'], ['a > a']],
    ['aaa', 2, ['a'], ['a > a']],
    ['aaaab', 3, ['a', 'a > b'], ['a > a > a', 'a > a > b']],
    ['abbbbc', 2, ['a', 'a > b', 'b > c'], ['a > b', 'b > b', 'b > c']],
    ['aabca', 1, ['a', 'b', 'c', 'a'], ['a', 'b', 'c', 'a']],
  ] as const)('forms the states of %s at order %i', (path, order, mittari, ca) => {
    expect(statesOf(path, order, 'mittari')).toEqual(mittari);
    expect(statesOf(path, order, 'channelattribution')).toEqual(ca);
  });

  it("ChannelAttribution's states are the windows of the path with every run of one channel cut to k touches", () => {
    const cutRuns = (p: number[], k: number) => p.filter((c, i) => i < k || !p.slice(i - k, i).every((x) => x === c));
    fc.assert(
      fc.property(fc.array(fc.nat(3), { minLength: 1, maxLength: 12 }), fc.integer({ min: 1, max: 4 }), (path, k) => {
        const cut = cutRuns(path, k);
        const windows = cut.length <= k ? [cut] : cut.slice(0, cut.length - k + 1).map((_, i) => cut.slice(i, i + k));
        expect(pathStates(path, k, 'channelattribution')).toEqual(windows);
      }),
    );
  });

  it('forms the same states both ways at order 1: the path with repeats merged', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(3), { minLength: 1, maxLength: 12 }), (path) => {
        expect(pathStates(path, 1, 'channelattribution')).toEqual(pathStates(path, 1, 'mittari'));
      }),
    );
  });

  it('does not mutate the path and refuses an unknown way of forming states', () => {
    const path = [0, 0, 1, 2];
    pathStates(path, 2, 'channelattribution');
    pathStates(path, 2, 'mittari');
    expect(path).toEqual([0, 0, 1, 2]);
    expect(() => pathStates(path, 2, 'other' as MarkovStates)).toThrow(/invalid Markov states: other/);
  });
});

describe('the two chains, written out by hand', () => {
  // a > b > b > c converts once (value 10); d > b > b > e does not; b > b > b > c converts once (value 20) and
  // once not; e does not. Journey weights 1, 1, 2, 1 (5 in all).
  const table: J[] = [
    { path: 'a > b > b > c', conversions: 1, value: 10, nulls: 0 },
    { path: 'd > b > b > e', conversions: 0, nulls: 1 },
    { path: 'b > b > b > c', conversions: 1, value: 20, nulls: 1 },
    { path: 'e', conversions: 0, nulls: 1 },
  ];

  it("order 2, Mittari's chain: repeats merged, so the a and d paths share no state and a b c, d b e, b c, e remain", () => {
    const set = makeSet(table);
    expectClose(written(set, 2, 'mittari'), {
      '(start) -> a': 1 / 5, '(start) -> d': 1 / 5, '(start) -> b': 2 / 5, '(start) -> e': 1 / 5,
      'a -> a > b': 1, 'a > b -> b > c': 1, 'b -> b > c': 1, 'd -> d > b': 1, 'd > b -> b > e': 1,
      'b > c -> (conversion)': 2 / 3, 'b > c -> (null)': 1 / 3, 'b > e -> (null)': 1, 'e -> (null)': 1,
    });
    const m = ok(markov(set, 2, 'mittari'));
    expect(m).toMatchObject({ order: 2, variant: 'mittari', states: 8 });
    // P(conv) = (1 x 2/3 [a] + 2 x 2/3 [b]) / 5 = 2/5. Without a: 2 x 2/3 / 5 = 4/15, RE 1/3. Without d nothing
    // changes (d leads only to null). Without b or c nothing converts. e lies only on paths to null.
    expect(m.conversionProbability).toBeCloseTo(2 / 5, 15);
    expectClose(named(set, m.removalEffects), { a: 1 / 3, b: 1, c: 1, d: 0, e: 0 }, 14);
    expectClose(named(set, m.removalEffectsValue), { a: 1 / 3, b: 1, c: 1, d: 0, e: 0 }, 14);
    // 2 conversions x RE / (7/3); value 30 likewise
    expectClose(named(set, m.credit.conversions), { a: 2 / 7, b: 6 / 7, c: 6 / 7, d: 0, e: 0 }, 14);
    expectClose(named(set, m.credit.value), { a: 30 / 7, b: 90 / 7, c: 90 / 7, d: 0, e: 0 }, 13);
  });

  it("order 2, ChannelAttribution's chain: the a and d paths meet in the window b > b, whose futures mix", () => {
    const set = makeSet(table);
    expectClose(written(set, 2, 'channelattribution'), {
      '(start) -> a > b': 1 / 5, '(start) -> d > b': 1 / 5, '(start) -> b > b': 2 / 5, '(start) -> e': 1 / 5,
      'a > b -> b > b': 1, 'd > b -> b > b': 1,
      'b > b -> b > c': 3 / 4, 'b > b -> b > e': 1 / 4, // from a > b, d > b and b > b > b (one step: a run cut to 2)
      'b > c -> (conversion)': 2 / 3, 'b > c -> (null)': 1 / 3, 'b > e -> (null)': 1, 'e -> (null)': 1,
    });
    const m = ok(markov(set, 2, 'channelattribution'));
    expect(m).toMatchObject({ order: 2, variant: 'channelattribution', states: 6 });
    // x(b > b) = 3/4 x 2/3 = 1/2, so P(conv) = (1/2 + 1/2 + 2 x 1/2) / 5 = 2/5. Without a: (1/2 + 1) / 5 = 3/10,
    // RE 1/4; d the same. Without b or c nothing converts.
    expect(m.conversionProbability).toBeCloseTo(2 / 5, 15);
    expectClose(named(set, m.removalEffects), { a: 1 / 4, b: 1, c: 1, d: 1 / 4, e: 0 }, 14);
    expectClose(named(set, m.removalEffectsValue), { a: 1 / 4, b: 1, c: 1, d: 1 / 4, e: 0 }, 14);
    // 2 conversions x RE / (5/2); value 30 likewise
    expectClose(named(set, m.credit.conversions), { a: 0.2, b: 0.8, c: 0.8, d: 0.2, e: 0 }, 14);
    expectClose(named(set, m.credit.value), { a: 3, b: 12, c: 12, d: 3, e: 0 }, 13);
  });

  it('order 1: both ways give the one chain of channels, repeats merged', () => {
    const set = makeSet(table);
    const chain = {
      '(start) -> a': 1 / 5, '(start) -> d': 1 / 5, '(start) -> b': 2 / 5, '(start) -> e': 1 / 5,
      'a -> b': 1, 'd -> b': 1, 'b -> c': 3 / 4, 'b -> e': 1 / 4, 'c -> (conversion)': 2 / 3, 'c -> (null)': 1 / 3, 'e -> (null)': 1,
    };
    for (const variant of VARIANTS) {
      expectClose(written(set, 1, variant), chain);
      const m = ok(markov(set, 1, variant));
      expectClose(named(set, m.removalEffects), { a: 1 / 4, b: 1, c: 1, d: 1 / 4, e: 0 }, 14);
    }
  });

  it("order 3: a path shorter than k is one state in ChannelAttribution's chain, and its first state is the first full window", () => {
    // a > a > a > a > b converts (w 1), a > b does not (w 1), c > a > b > c converts once and once not (w 2)
    const set = makeSet([
      { path: 'a > a > a > a > b', conversions: 1, value: 10, nulls: 0 },
      { path: 'a > b', conversions: 0, nulls: 1 },
      { path: 'c > a > b > c', conversions: 1, value: 10, nulls: 1 },
    ]);
    expectClose(written(set, 3, 'channelattribution'), {
      '(start) -> a > a > a': 1 / 4, '(start) -> a > b': 1 / 4, '(start) -> c > a > b': 1 / 2,
      'a > a > a -> a > a > b': 1, 'a > a > b -> (conversion)': 1, 'a > b -> (null)': 1,
      'c > a > b -> a > b > c': 1, 'a > b > c -> (conversion)': 1 / 2, 'a > b > c -> (null)': 1 / 2,
    });
    expectClose(written(set, 3, 'mittari'), {
      '(start) -> a': 1 / 2, '(start) -> c': 1 / 2,
      'a -> a > b': 1, 'a > b -> (conversion)': 1 / 2, 'a > b -> (null)': 1 / 2,
      'c -> c > a': 1, 'c > a -> c > a > b': 1, 'c > a > b -> a > b > c': 1, 'a > b > c -> (conversion)': 1 / 2, 'a > b > c -> (null)': 1 / 2,
    });
    // Both: P(conv) = 1/2; without c only the a-paths convert (1/4): RE 1/2; a and b are on every path: RE 1.
    for (const variant of VARIANTS) {
      const m = ok(markov(set, 3, variant));
      expect(m.conversionProbability).toBeCloseTo(1 / 2, 15);
      expectClose(named(set, m.removalEffects), { a: 1, b: 1, c: 1 / 2 }, 14);
      expectClose(byName(set, m.credit), { a: 0.8, b: 0.8, c: 0.4 }, 14);
    }
  });
});

describe("markov() with ChannelAttribution's states", () => {
  it.each([1, 2, 3, 4] as const)('agrees with value iteration on random small path tables (order %i)', (order) => {
    for (let seed = 1; seed <= 25; seed++) {
      const set = randomSet(seed * 11 + order);
      const m = ok(markov(set, order, 'channelattribution'));
      const ref = referenceMarkov(set, order, 'channelattribution');
      expect(m.conversionProbability).toBeCloseTo(ref.conversionProbability, 12);
      set.channels.forEach((c, i) => {
        expect(m.removalEffects[i], `seed ${seed} ${c}`).toBeCloseTo(ref.removalEffects[i], 10);
        expect(m.removalEffectsValue[i], `seed ${seed} ${c} value`).toBeCloseTo(ref.removalEffectsValue[i], 10);
      });
      expectConserved(set, m.credit);
    }
  });

  it('gives exactly the same result both ways at order 1, on random path tables', () => {
    const table = fc.array(
      fc.record({ path: fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e'), { minLength: 0, maxLength: 8 }), conversions: fc.nat(3), nulls: fc.nat(3), value: fc.nat(500) }),
      { minLength: 1, maxLength: 15 },
    );
    fc.assert(
      fc.property(table, (rows) => {
        const set = makeSet(rows.map((r) => ({ path: r.path.join(' > '), conversions: r.conversions, nulls: r.nulls, value: r.conversions > 0 ? r.value : 0 })));
        const mittari = markov(set, 1, 'mittari'), ca = markov(set, 1, 'channelattribution');
        expect(ca).toEqual(mittari.ok ? { ...mittari, variant: 'channelattribution' } : mittari);
      }),
      { numRuns: 300 },
    );
  });

  it('does not mutate its input', () => {
    const set = randomSet(42);
    const before = structuredClone(set);
    markov(set, 3, 'channelattribution');
    expect(set).toEqual(before);
  });

  it('is what attribute() runs when asked for markovStates, and the result and the CLI output say which chain it is', async () => {
    const set = await pathsSet();
    const r = attribute(set, 'paths', { models: ['markov'], markovOrder: 2, markovStates: 'channelattribution' });
    const m = ok(markov(set, 2, 'channelattribution'));
    expect(r.models.markov?.conversions).toEqual(Array.from(m.credit.conversions));
    expect(r.markov).toMatchObject({ order: 2, variant: 'channelattribution', states: m.states });
    expect(r.options.markovStates).toBe('channelattribution');
    expect(attributionJson(r).markov).toMatchObject({ order: 2, states: 'channelattribution' });
    const byDefault = attribute(set, 'paths', { models: ['markov'], markovOrder: 2 });
    expect(byDefault.markov?.variant).toBe('mittari');
    expect(byDefault.models.markov?.conversions).toEqual(Array.from(ok(markov(set, 2)).credit.conversions));
  });

  it('says in one sentence per variant how the states are formed', () => {
    expect(markovStatesMsg('mittari')).toEqual({ key: 'attribution.markovStates.mittari', params: {} });
    expect(markovStatesMsg('channelattribution')).toEqual({ key: 'attribution.markovStates.channelattribution', params: {} });
    expect(english(markovStatesMsg('mittari'))).toMatch(/repeats of a channel are merged first.*last k channels/);
    expect(english(markovStatesMsg('channelattribution'))).toMatch(/window of k consecutive touches.*repeats included.*first full window/);
  });
});

/**
 * Walks from the start through the chain estimated from the paths (the test's own string-keyed chain), as
 * ChannelAttribution does: RE_c is estimated as the share of converting walks that visited c (the walks that
 * convert without c are exactly those that still convert when c's states lead to null), value RE the same with
 * each conversion worth the mean value of the conversions that ended in its last state. Returns the estimates and
 * their standard errors.
 */
function simulate(set: JourneySet, order: number, states: MarkovStates, walks: number, seed: number) {
  const nodes = referenceChain(set, order, states);
  const keys = [...nodes.keys()];
  const index = new Map(keys.map((k, i) => [k, i]));
  const CONV = -1, NULL = -2;
  const next = keys.map((k) => {
    const n = nodes.get(k)!;
    const to = [...[...n.next.keys()].map((t) => index.get(t)!), CONV, NULL];
    const w = [...n.next.values(), n.conv, n.out - n.conv - [...n.next.values()].reduce((a, b) => a + b, 0)];
    let sum = 0;
    return { to, cum: w.map((x) => (sum += x) / n.out), mask: k === '(start)' ? 0 : k.split(' > ').reduce((m, c) => m | (1 << set.channels.indexOf(c)), 0), value: n.conv > 0 ? n.value / n.conv : 0 };
  });
  const rng = mulberry32(seed);
  const c = set.channels.length;
  let conversions = 0, sumV = 0, sumV2 = 0;
  const hits = new Float64Array(c), hitV = new Float64Array(c), hitV2 = new Float64Array(c);
  for (let w = 0; w < walks; w++) {
    let s = index.get('(start)')!, mask = 0;
    for (let steps = 0; ; steps++) {
      if (steps > 100_000) throw new Error('a walk did not end');
      const { to, cum } = next[s];
      const u = rng();
      let e = 0;
      while (e < cum.length - 1 && u >= cum[e]) e++;
      if (to[e] === NULL) break;
      if (to[e] === CONV) {
        const v = next[s].value;
        conversions++, sumV += v, sumV2 += v * v;
        for (let i = 0; i < c; i++) if (mask & (1 << i)) hits[i]++, hitV[i] += v, hitV2[i] += v * v;
        break;
      }
      s = to[e];
      mask |= next[s].mask;
    }
  }
  const p = conversions / walks, meanV = sumV / conversions;
  const re = Array.from(hits, (h) => h / conversions);
  const reValue = Array.from(hitV, (h) => h / sumV);
  return {
    conversionProbability: p,
    conversionProbabilitySe: Math.sqrt((p * (1 - p)) / walks),
    re,
    reSe: re.map((r) => Math.sqrt(Math.max(r * (1 - r), 1 / conversions) / conversions)),
    reValue,
    // delta method for the ratio sum(v I) / sum(v): Var ~ E[v^2 (I - R)^2] / (n mean(v)^2)
    reValueSe: reValue.map((r, i) => {
      const z2 = (hitV2[i] * (1 - r) ** 2 + (sumV2 - hitV2[i]) * r * r) / conversions;
      return Math.sqrt(Math.max(z2, meanV * meanV / conversions) / conversions) / meanV;
    }),
  };
}

describe('markov() against a seeded simulation of walks through the chain', () => {
  /** Every estimate within z standard errors of the exact value. */
  function expectWithin(set: JourneySet, m: MarkovResult, sim: ReturnType<typeof simulate>, z: number) {
    expect(Math.abs(m.conversionProbability - sim.conversionProbability)).toBeLessThan(z * sim.conversionProbabilitySe);
    set.channels.forEach((ch, i) => {
      expect(Math.abs(m.removalEffects[i] - sim.re[i]), `${ch}: exact ${m.removalEffects[i]}, simulated ${sim.re[i]} ± ${sim.reSe[i]}`).toBeLessThan(z * sim.reSe[i]);
      expect(Math.abs(m.removalEffectsValue[i] - sim.reValue[i]), `${ch} value`).toBeLessThan(z * sim.reValueSe[i]);
    });
  }

  it.each(VARIANTS)('agrees on the hand-worked table at order 2 (%s)', (variant) => {
    const set = makeSet([
      { path: 'a > b > b > c', conversions: 1, value: 10, nulls: 0 },
      { path: 'd > b > b > e', conversions: 0, nulls: 1 },
      { path: 'b > b > b > c', conversions: 1, value: 20, nulls: 1 },
      { path: 'e', conversions: 0, nulls: 1 },
      { path: 'c > a > d', conversions: 2, value: 5, nulls: 3 },
    ]);
    expectWithin(set, ok(markov(set, 2, variant)), simulate(set, 2, variant, 200_000, 19), 4.5);
  });

  it.each([
    [2, 'mittari'], [2, 'channelattribution'], [3, 'mittari'], [3, 'channelattribution'],
  ] as const)('agrees on the ChannelAttribution path table at order %i (%s), 400,000 walks', async (order, variant) => {
    const set = await pathsSet();
    const sim = simulate(set, order, variant, 400_000, 1000 + order);
    expectWithin(set, ok(markov(set, order, variant)), sim, 4.5);
    if (order === 2) {
      // and it tells the two chains apart: theta's exact RE of the other chain is far outside the sampling error
      const other = ok(markov(set, 2, variant === 'mittari' ? 'channelattribution' : 'mittari'));
      const theta = set.channels.indexOf('theta');
      expect(Math.abs(other.removalEffects[theta] - sim.re[theta])).toBeGreaterThan(5 * sim.reSe[theta]);
    }
  }, 20_000);
});

describe("ChannelAttribution's path table", () => {
  it('orders 2 to 4: both chains share out exactly the conversions and value, with the flow conserved', async () => {
    const set = await pathsSet();
    const first = ok(markov(set, 1));
    for (const order of [2, 3, 4] as const) {
      const m = ok(markov(set, order, 'channelattribution'));
      expectConserved(set, m.credit);
      expect(m.conversionProbability).toBeCloseTo(first.conversionProbability, 12);
      expect(m.states).toBeGreaterThan(ok(markov(set, order)).states); // repeats make windows Mittari merges away
    }
  });

  it('order 1: the same numbers both ways', async () => {
    const set = await pathsSet();
    const ca = ok(markov(set, 1, 'channelattribution'));
    expect(ca).toEqual({ ...ok(markov(set, 1)), variant: 'channelattribution' });
  });

  it("order 2: ChannelAttribution's chain gives alpha less and theta more than Mittari's, as issue 19 measured (-1.9%, +3.0%)", async () => {
    const set = await pathsSet();
    const mittari = byName(set, ok(markov(set, 2, 'mittari')).credit);
    const ca = byName(set, ok(markov(set, 2, 'channelattribution')).credit);
    const change = (c: string) => ca[c] / mittari[c] - 1;
    expect(change('alpha')).toBeLessThan(0);
    expect(change('theta')).toBeGreaterThan(0);
    // ChannelAttribution's own simulation (1e7 walks, seed noise <= 0.6%) measured -1.9% and +3.0%
    expect(Math.abs(change('alpha') - -0.019)).toBeLessThan(0.01);
    expect(Math.abs(change('theta') - 0.03)).toBeLessThan(0.01);
  });
});
