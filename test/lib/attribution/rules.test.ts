import { describe, expect, it } from 'vitest';
import { ruleModel, sequenceKey, type RuleModel } from '../../../src/lib/attribution/rules';
import { byName, exampleSet, expectClose, expectConserved, makeSet, pathsSet } from './rule-helpers';

const MODELS: RuleModel[] = ['first', 'last', 'last_non_direct', 'linear', 'position', 'j_shaped', 'inverse_j'];
const credit = (path: string, model: RuleModel, extra = {}) => {
  const set = makeSet([{ path, ...extra }]);
  return byName(set, ruleModel(set, model));
};

describe('ruleModel()', () => {
  // One converting journey each; expected conversions per channel.
  const table: [RuleModel, string, Record<string, number>][] = [
    ['first', 'A', { A: 1 }],
    ['first', 'A > B > C', { A: 1 }],
    ['last', 'A > B > C', { C: 1 }],
    ['linear', 'A', { A: 1 }],
    ['linear', 'A > B', { A: 0.5, B: 0.5 }],
    ['linear', 'A > B > C', { A: 1 / 3, B: 1 / 3, C: 1 / 3 }],
    ['linear', 'A > B > A > A', { A: 0.75, B: 0.25 }],
    ['position', 'A', { A: 1 }],
    ['position', 'A > B', { A: 0.5, B: 0.5 }],
    ['position', 'A > B > C', { A: 0.4, B: 0.2, C: 0.4 }],
    ['position', 'A > B > C > D > E', { A: 0.4, B: 0.2 / 3, C: 0.2 / 3, D: 0.2 / 3, E: 0.4 }],
    ['position', 'A > B > A', { A: 0.8, B: 0.2 }],
    ['j_shaped', 'A', { A: 1 }],
    ['j_shaped', 'A > B', { A: 0.25, B: 0.75 }], // 0.2 and 0.6 normalised
    ['j_shaped', 'A > B > C', { A: 0.2, B: 0.2, C: 0.6 }],
    ['j_shaped', 'A > B > C > D', { A: 0.2, B: 0.1, C: 0.1, D: 0.6 }],
    ['inverse_j', 'A', { A: 1 }],
    ['inverse_j', 'A > B', { A: 0.75, B: 0.25 }],
    ['inverse_j', 'A > B > C', { A: 0.6, B: 0.2, C: 0.2 }],
    ['inverse_j', 'A > B > C > D', { A: 0.6, B: 0.1, C: 0.1, D: 0.2 }],
    ['last_non_direct', 'A > B > Direct', { B: 1 }],
    ['last_non_direct', 'A > (direct) > DIRECT', { A: 1 }],
    ['last_non_direct', 'A > (direct) / (none)', { A: 1 }],
    ['last_non_direct', 'Direct > B', { B: 1 }],
    ['last_non_direct', 'Direct > direct', { direct: 1 }],
    ['last_non_direct', 'Direct mail > Direct', { 'Direct mail': 1 }],
  ];
  it.each(table)('%s gives %s the credit %j', (model, path, expected) => {
    expectClose(credit(path, model), expected);
  });

  it.each(MODELS)('%s multiplies by a path-table row\'s conversions (3) and value (30)', (model) => {
    const set = makeSet([{ path: 'A > B > C', conversions: 3, value: 30, nulls: 5 }]);
    const c = ruleModel(set, model);
    const one = byName(set, ruleModel(makeSet([{ path: 'A > B > C' }]), model));
    expectClose(byName(set, c), Object.fromEntries(Object.entries(one).map(([k, v]) => [k, 3 * v])));
    expectClose(byName(set, c, 'value'), Object.fromEntries(Object.entries(one).map(([k, v]) => [k, 30 * v])));
  });

  it.each(MODELS)('%s gives nothing for non-converting journeys and journeys without touches', (model) => {
    const set = makeSet([{ path: 'A > B', conversions: 0 }, { path: '', conversions: 2 }, { path: 'C' }]);
    expect(byName(set, ruleModel(set, model))).toEqual({ C: 1 });
    expect(byName(set, ruleModel(set, model), 'value')).toEqual({ C: 10 });
  });

  it('adds up identical paths, in any order of journeys', () => {
    const set = makeSet([{ path: 'A > B', value: 4 }, { path: 'B > A' }, { path: 'A > B', conversions: 2, value: 6 }]);
    expectClose(byName(set, ruleModel(set, 'j_shaped')), { A: 3 * 0.25 + 0.75, B: 3 * 0.75 + 0.25 });
    expectClose(byName(set, ruleModel(set, 'j_shaped'), 'value'), { A: 10 * 0.25 + 10 * 0.75, B: 10 * 0.75 + 10 * 0.25 });
  });

  it('returns arrays indexed like set.channels, zero for channels without credit', () => {
    const set = makeSet([{ path: 'A > B', conversions: 0 }, { path: 'C' }]);
    expect(Array.from(ruleModel(set, 'first').conversions)).toEqual([0, 0, 1]);
  });

  it('throws on an unknown model, naming it', () => {
    expect(() => ruleModel(makeSet([]), 'nope' as RuleModel)).toThrow('invalid rule model: nope');
  });

  it('does not mutate the set', () => {
    const set = makeSet([{ path: 'A > B > A', conversions: 3, value: 30 }, { path: '' }, { path: 'B', conversions: 0 }]);
    const before = structuredClone(set);
    for (const m of MODELS) ruleModel(set, m);
    expect(set).toEqual(before);
  });

  it('sequenceKey() tells apart sequences with codes above 0xffff', () => {
    const keys = [[1, 2], [12], [0xffff, 1], [0xffff], [0x10000, 2], [0x10000], [2, 0x10000], [1, 2, 3]].map(sequenceKey);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('ruleModel() on data', () => {
  it.each(MODELS)('%s credits every conversion and all value of the example data', async (model) => {
    const set = await exampleSet();
    expectConserved(set, ruleModel(set, model));
  });

  it('matches ChannelAttribution\'s heuristic_models() on its example paths', async () => {
    const set = await pathsSet();
    const pick = (model: RuleModel, field: 'conversions' | 'value' = 'conversions') => {
      const all = byName(set, ruleModel(set, model), field);
      return { alpha: all.alpha, beta: all.beta, iota: all.iota };
    };
    expectClose(pick('first'), { alpha: 6308, beta: 2831, iota: 4606 }, 6);
    expectClose(pick('last'), { alpha: 8447, beta: 989, iota: 3355 }, 6);
    expectClose(pick('linear'), { alpha: 7574.718594, beta: 2083.500145, iota: 3857.096221 }, 6);
    expect(pick('first', 'value').alpha).toBeCloseTo(19121.272356, 6);
    expect(pick('last', 'value').alpha).toBeCloseTo(28414.214274, 6);
    expect(pick('linear', 'value').alpha).toBeCloseTo(24524.709569, 6);
    expectConserved(set, ruleModel(set, 'position'));
  });
});
