import { describe, expect, it } from 'vitest';
import type { JourneySet } from '../../../src/lib/types';
import { shapley, shapleyBruteForce } from '../../../src/lib/attribution/shapley';
import { intBetween, mulberry32 } from '../../../src/lib/util/random';
import { byName, expectClose, expectConserved, makeSet, pathsSet, type J } from './rule-helpers';

/** Random path sets over up to 8 channels, with repeats, non-converting paths and paths without touches. */
function randomSet(seed: number): JourneySet {
  const rng = mulberry32(seed);
  const names = 'abcdefgh'.slice(0, intBetween(rng, 1, 8)).split('');
  const js: J[] = Array.from({ length: intBetween(rng, 1, 12) }, () => {
    const path = Array.from({ length: intBetween(rng, 0, 6) }, () => names[intBetween(rng, 0, names.length - 1)]).join(' > ');
    const conversions = intBetween(rng, 0, 4);
    return { path, conversions, value: conversions * 7.5 * intBetween(rng, 1, 9) };
  });
  return makeSet(js);
}

describe('shapley()', () => {
  it('splits each conversion and its value equally over the distinct channels of its journey', () => {
    const set = makeSet([{ path: 'a > b > a', conversions: 3, value: 30 }, { path: 'c', conversions: 1, value: 4 }, { path: 'a > c', conversions: 0 }]);
    const c = shapley(set);
    expectClose(byName(set, c), { a: 1.5, b: 1.5, c: 1 });
    expectClose(byName(set, c, 'value'), { a: 15, b: 15, c: 4 });
  });

  it('equals the brute-force 2^n Shapley value on random path sets', () => {
    for (let seed = 1; seed <= 60; seed++) {
      const set = randomSet(seed);
      const fast = shapley(set), brute = shapleyBruteForce(set);
      set.channels.forEach((ch, i) => {
        expect(fast.conversions[i], `seed ${seed} ${ch}`).toBeCloseTo(brute.conversions[i], 10);
        expect(fast.value[i], `seed ${seed} ${ch} value`).toBeCloseTo(brute.value[i], 9);
      });
      expectConserved(set, fast);
    }
  });

  it('reproduces the published Shapley numbers on the ChannelAttribution file, fast and by brute force', async () => {
    const set = await pathsSet();
    const fast = shapley(set), brute = shapleyBruteForce(set);
    const i = (c: string) => set.channels.indexOf(c);
    for (const c of [fast, brute]) {
      expect(c.conversions[i('alpha')]).toBeCloseTo(7627.944, 3);
      expect(c.conversions[i('beta')]).toBeCloseTo(1982.7393, 4);
      expect(c.conversions[i('iota')]).toBeCloseTo(3505.044, 3);
      expectConserved(set, c);
    }
    set.channels.forEach((ch, k) => expect(brute.value[k], ch).toBeCloseTo(fast.value[k], 8));
  });

  it('gives 0 to channels in no converting journey and ignores journeys without touches', () => {
    const set = makeSet([{ path: 'a' }, { path: 'b', conversions: 0 }, { path: '', conversions: 2 }]);
    expect([...shapley(set).conversions]).toEqual([1, 0]);
    expect([...shapleyBruteForce(set).conversions]).toEqual([1, 0]);
  });

  it('does not mutate its input', () => {
    const set = randomSet(7);
    const before = structuredClone(set);
    shapley(set);
    shapleyBruteForce(set);
    expect(set).toEqual(before);
  });

  it('shapleyBruteForce() refuses more than 20 channels', () => {
    const set = makeSet([{ path: Array.from({ length: 21 }, (_, i) => `c${i}`).join(' > ') }]);
    expect(() => shapleyBruteForce(set)).toThrow(/21 channels .* at most 20/);
  });
});
