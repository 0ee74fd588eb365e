import { describe, expect, it } from 'vitest';
import { customKeys, customModel } from '../../../src/lib/attribution/custom';
import { ruleModel } from '../../../src/lib/attribution/rules';
import type { PositionWeights } from '../../../src/lib/attribution/types';
import { byName, exampleSet, expectClose, expectConserved, makeSet, pathsSet, type J } from './rule-helpers';

const EVEN: PositionWeights = { first: 1, middle: 1, last: 1 };
const run = (js: J[], weights: PositionWeights, typeWeights: Record<string, number> = {}) => {
  const set = makeSet(js);
  return byName(set, customModel(set)(weights, typeWeights));
};
const W = 'webinar', S = 'sales call', _ = undefined;

describe('customModel()', () => {
  const table: [string, J, PositionWeights, Record<string, number>, Record<string, number>][] = [
    ['splits evenly with the defaults', { path: 'A > B > C' }, EVEN, {}, { A: 1 / 3, B: 1 / 3, C: 1 / 3 }],
    ['uses first / middle / last', { path: 'A > B > C > D' }, { first: 40, middle: 10, last: 40 }, {}, { A: 0.4, B: 0.1, C: 0.1, D: 0.4 }],
    ['has no middle on 2 touches', { path: 'A > B' }, { first: 1, middle: 5, last: 3 }, {}, { A: 0.25, B: 0.75 }],
    ['gives 1 touch 100% whatever the weights', { path: 'A', types: [W] }, { first: 0, middle: 1, last: 0 }, { webinar: 0 }, { A: 1 }],
    ['multiplies by the type', { path: 'A > B > C', types: [W, S, _] }, EVEN, { webinar: 2, 'sales call': 3 }, { A: 2 / 6, B: 3 / 6, C: 1 / 6 }],
    ['multiplies by the channel when a touch has no type', { path: 'A > B', types: [W, _] }, EVEN, { B: 3 }, { A: 0.25, B: 0.75 }],
    ['treats a missing multiplier as 1', { path: 'A > B', types: [W, S] }, EVEN, { other: 5 }, { A: 0.5, B: 0.5 }],
    ['treats a negative multiplier as 0', { path: 'A > B > C', types: [W, S, W] }, EVEN, { 'sales call': -2 }, { A: 0.5, C: 0.5 }],
    ['treats negative and NaN position weights as 0', { path: 'A > B > C' }, { first: -1, middle: NaN, last: 1 }, {}, { C: 1 }],
    ['falls back to linear when all weights are 0', { path: 'A > B' }, { first: 0, middle: 1, last: 0 }, {}, { A: 0.5, B: 0.5 }],
    ['falls back to linear when all multipliers are 0', { path: 'A > B > C', types: [W, W, W] }, EVEN, { webinar: 0 }, { A: 1 / 3, B: 1 / 3, C: 1 / 3 }],
    ['adds up repeats of a channel', { path: 'A > B > A', types: [W, _, S] }, { first: 1, middle: 2, last: 1 }, { webinar: 3 }, { A: 4 / 6, B: 2 / 6 }],
    ['ignores inherited property names', { path: 'A > B', types: ['constructor', _] }, EVEN, {}, { A: 0.5, B: 0.5 }],
  ];
  it.each(table)('%s', (_name, j, weights, typeWeights, expected) => expectClose(run([j], weights, typeWeights), expected));

  it('scales by conversions (3) and value (30) and skips non-converting journeys and journeys without touches', () => {
    const set = makeSet([{ path: 'A > B', conversions: 3, value: 30 }, { path: 'C', conversions: 0 }, { path: '', conversions: 4 }]);
    const c = customModel(set)({ first: 1, middle: 1, last: 2 }, {});
    expectClose(byName(set, c), { A: 1, B: 2 });
    expectClose(byName(set, c, 'value'), { A: 10, B: 20 });
  });

  it('reproduces linear with the default weights: exactly on a path table, to 1e-12 on touchpoints', async () => {
    const paths = await pathsSet();
    const ca = customModel(paths)(EVEN, {});
    expect(ca).toEqual(ruleModel(paths, 'linear'));
    const example = await exampleSet();
    const linear = ruleModel(example, 'linear');
    const custom = customModel(example)(EVEN, {});
    for (let i = 0; i < example.channels.length; i++) {
      expect(custom.conversions[i]).toBeCloseTo(linear.conversions[i], 12);
      expect(custom.value[i] / linear.value[i]).toBeCloseTo(1, 12);
    }
  });

  it('credits every conversion and all value of the example data for any weights', async () => {
    const set = await exampleSet();
    const recompute = customModel(set);
    const keys = customKeys(set);
    expectConserved(set, recompute({ first: 5, middle: 0.5, last: 2 }, Object.fromEntries(keys.map((k, i) => [k, i]))));
  });

  it('does not mutate the set or the weights', () => {
    const set = makeSet([{ path: 'A > B > A', types: [W, S, _], conversions: 2 }, { path: '' }]);
    const weights = { first: 2, middle: 1, last: 3 };
    const typeWeights = { webinar: 2 };
    const before = structuredClone({ set, weights, typeWeights });
    customModel(set)(weights, typeWeights);
    expect({ set, weights, typeWeights }).toEqual(before);
  });
});

describe('customKeys()', () => {
  it('lists type names, or the channel of a touch without type, most frequent first, ties by name', () => {
    const set = makeSet([
      { path: 'A > B > C > D', types: [S, W, W, _] },
      { path: 'A > E', types: [S, W] },
      { path: 'F', types: ['trade show'], conversions: 0 },
    ]);
    expect(customKeys(set)).toEqual(['webinar', 'sales call', 'D']);
  });

  it('lists channels when the data has no types', async () => {
    const set = await pathsSet();
    expect([...customKeys(set)].sort()).toEqual([...set.channels].sort());
  });
});

/** n journeys over 12 channels and 6 types (skewed to the low codes), 1-8 touches, from a seeded LCG. */
