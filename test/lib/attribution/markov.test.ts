import { describe, expect, it } from 'vitest';
import type { JourneySet } from '../../../src/lib/types';
import { journeySet, touchesOf } from '../../../src/lib/journeys/store';
import { markov, type MarkovResult } from '../../../src/lib/attribution/markov';
import { mulberry32, intBetween } from '../../../src/lib/util/random';
import { byName, expectClose, expectConserved, makeSet, pathsSet, type J } from './rule-helpers';
import { referenceMarkov } from './markov-reference';
import { english } from '../../../src/lib/messages';

function ok(r: ReturnType<typeof markov>): MarkovResult {
  if (!r.ok) throw new Error(`expected a Markov result, got: ${r.reason}`);
  return r;
}
const named = (set: JourneySet, a: ArrayLike<number>) => Object.fromEntries(set.channels.map((c, i) => [c, a[i]]));

/** Random small path sets with repeats and loops, 3-4 channels. */
function randomSet(seed: number): JourneySet {
  const rng = mulberry32(seed);
  const names = ['a', 'b', 'c', 'd'].slice(0, intBetween(rng, 3, 4));
  const js: J[] = Array.from({ length: intBetween(rng, 4, 9) }, () => {
    const path = Array.from({ length: intBetween(rng, 1, 5) }, () => names[intBetween(rng, 0, names.length - 1)]).join(' > ');
    const conversions = intBetween(rng, 0, 3);
    return { path, conversions, value: conversions * intBetween(rng, 1, 50), nulls: intBetween(rng, conversions ? 0 : 1, 4) };
  });
  return makeSet(js);
}

describe('markov()', () => {
  it('solves a two-channel chain as by hand: start -> a -> b -> conv, start -> b -> null', () => {
    // start -> a 1/2, -> b 1/2; a -> b always; b -> conv 1/2, -> null 1/2. So P(conv) = 1/2.
    const set = makeSet([{ path: 'a > b', conversions: 1, value: 10, nulls: 0 }, { path: 'b', conversions: 0, nulls: 1 }]);
    const m = ok(markov(set));
    expect(m.conversionProbability).toBeCloseTo(0.5, 15);
    // without a: 1/2 x 1/2 = 1/4 -> RE 1/2; without b nothing converts -> RE 1
    expectClose(named(set, m.removalEffects), { a: 0.5, b: 1 }, 15);
    expectClose(byName(set, m.credit), { a: 1 / 3, b: 2 / 3 }, 15);
    expectClose(byName(set, m.credit, 'value'), { a: 10 / 3, b: 20 / 3 }, 14);
    expect(m.transitions.from).toEqual(['(start)', 'a', 'b']);
    expect(m.transitions.to).toEqual(['a', 'b', '(conversion)', '(null)']);
    expect(m.transitions.p).toEqual([[0.5, 0.5, 0, 0], [0, 1, 0, 0], [0, 0, 0.5, 0.5]]);
    expect(m).toMatchObject({ order: 1, states: 2, noNulls: false });
  });

  it('reproduces the exact order-1 numbers of FORMULAS.md on the ChannelAttribution path table', async () => {
    const set = await pathsSet();
    const m = ok(markov(set, 1));
    expect(m.conversionProbability).toBeCloseTo(0.223845, 6);
    const re = named(set, m.removalEffects);
    for (const [c, x] of Object.entries({ alpha: 0.558399, beta: 0.264039, eta: 0.349026, iota: 0.405835, theta: 0.20601 })) expect(re[c], c).toBeCloseTo(x, 6);
    const credit = byName(set, m.credit);
    for (const [c, x] of Object.entries({ alpha: 5344.948, beta: 2527.352, iota: 3884.615, eta: 3340.847, mi: 1.722 })) expect(credit[c], c).toBeCloseTo(x, 3);
    const value = byName(set, m.credit, 'value');
    expect(value.alpha).toBeCloseTo(18799.171, 3);
    expect(value.beta).toBeCloseTo(9687.809, 3);
    expectConserved(set, m.credit);
    expect(m.noNulls).toBe(false);
  });

  it.each([1, 2, 3] as const)('agrees with value iteration on random small path sets (order %i)', (order) => {
    for (let seed = 1; seed <= 25; seed++) {
      const set = randomSet(seed * 7 + order);
      const m = ok(markov(set, order));
      const ref = referenceMarkov(set, order);
      expect(m.conversionProbability).toBeCloseTo(ref.conversionProbability, 12);
      set.channels.forEach((c, i) => {
        expect(m.removalEffects[i], `seed ${seed} ${c}`).toBeCloseTo(ref.removalEffects[i], 10);
        expect(m.removalEffectsValue[i], `seed ${seed} ${c} value`).toBeCloseTo(ref.removalEffectsValue[i], 10);
      });
      expectConserved(set, m.credit);
    }
  });

  it('ignores self-loops at order 1: repeating a touch changes nothing', () => {
    const base = ok(markov(makeSet([{ path: 'a > b > c' }, { path: 'b > a', conversions: 0, nulls: 3 }, { path: 'c', conversions: 2 }])));
    const rep = ok(markov(makeSet([{ path: 'a > a > b > c > c' }, { path: 'b > b > a', conversions: 0, nulls: 3 }, { path: 'c', conversions: 2 }])));
    expect([...rep.removalEffects]).toEqual([...base.removalEffects]);
    expect([...rep.credit.value]).toEqual([...base.credit.value]);
  });

  it('gives the same credit whatever the channel names or the order of the path rows', () => {
    for (let seed = 100; seed < 110; seed++) {
      const set = randomSet(seed);
      const m = ok(markov(set, 2));
      const renamed: JourneySet = journeySet({ ...set, channels: [...set.channels].reverse(), journeys: [...set.journeys].reverse().map((j) => ({
        ...j, touches: touchesOf(set, j).map((t) => ({ ...t, channel: set.channels.length - 1 - t.channel })) })) });
      const r = ok(markov(renamed, 2));
      set.channels.forEach((c, i) => {
        expect(r.credit.conversions[set.channels.length - 1 - i]).toBeCloseTo(m.credit.conversions[i], 12);
        expect(r.credit.value[set.channels.length - 1 - i]).toBeCloseTo(m.credit.value[i], 10);
      });
    }
  });

  it('works without non-converting journeys and says so', () => {
    const set = makeSet([{ path: 'a > b' }, { path: 'b' }, { path: 'a', conversions: 2 }]);
    const m = ok(markov(set));
    expect(m.noNulls).toBe(true);
    expect(m.conversionProbability).toBeCloseTo(1, 15);
    // start -> a 3/4, -> b 1/4; a -> b 1/3, -> conv 2/3. Without a: 1/4 converts; without b: 3/4 x 2/3 = 1/2.
    expectClose(named(set, m.removalEffects), { a: 0.75, b: 0.5 }, 15);
    expectClose(byName(set, m.credit), { a: 4 * 0.6, b: 4 * 0.4 }, 14);
  });

  it('gives 0 to a channel no journey touches, and skips journeys without touches', () => {
    const set = makeSet([{ path: 'a > b' }, { path: '', conversions: 5 }, { path: 'b', conversions: 0 }]);
    set.channels.push('unused');
    const m = ok(markov(set));
    expect(m.removalEffects[2]).toBe(0);
    expect(m.credit.conversions.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 14);
    expect(m.transitions.p[3]).toEqual([0, 0, 0, 0, 0]);
  });

  it('returns a plain reason when nothing converted or no journey has touches', () => {
    expect(markov(makeSet([{ path: 'a > b', conversions: 0 }]))).toEqual({ ok: false, reason: { key: 'attribution.markovNoConversions', params: {} } });
    expect(english({ key: 'attribution.markovNoConversions', params: {} })).toMatch(/converted/);
    expect(markov(makeSet([{ path: '' }]))).toEqual({ ok: false, reason: { key: 'attribution.markovNoTouches', params: {} } });
    expect(english({ key: 'attribution.markovNoTouches', params: {} })).toMatch(/touch/);
    expect(() => markov(makeSet([{ path: 'a' }]), 5 as 1)).toThrow(/order must be 1, 2, 3 or 4; you passed 5/);
  });

  it('does not mutate its input', () => {
    const set = randomSet(42);
    const before = structuredClone(set);
    markov(set, 3);
    expect(set).toEqual(before);
  });

  it('runs orders 2 to 4 on the ChannelAttribution file: credit sums to the totals and moves away from order 1', async () => {
    const set = await pathsSet();
    const first = ok(markov(set, 1));
    for (const order of [2, 3, 4] as const) {
      const m = ok(markov(set, order));
      expect(m.order).toBe(order);
      expectConserved(set, m.credit);
      expect(m.conversionProbability).toBeCloseTo(first.conversionProbability, 12); // flow is conserved
      expect(Math.abs(m.credit.conversions[set.channels.indexOf('alpha')] - first.credit.conversions[set.channels.indexOf('alpha')])).toBeGreaterThan(100);
      expect(m.transitions).toEqual(first.transitions);
    }
  });
});
