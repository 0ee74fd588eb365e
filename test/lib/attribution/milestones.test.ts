import { describe, expect, it } from 'vitest';
import { milestoneModel, stageMilestone } from '../../../src/lib/attribution/milestones';
import type { Credit, ModelResult } from '../../../src/lib/attribution/types';
import { byName, exampleSet, expectClose, expectConserved, makeSet, pathsSet, type J } from './rule-helpers';
import { english } from '../../../src/lib/messages';

const ok = (r: ModelResult): Credit => {
  if (!r.ok) throw new Error(english(r.reason));
  return r.credit;
};
const run = (j: J, model: 'w_shaped' | 'full_path') => {
  const set = makeSet([j]);
  return byName(set, ok(milestoneModel(set, model)));
};
const L = 'lead', O = 'opportunity', V = 'visit', _ = undefined;

describe('stageMilestone()', () => {
  it.each([
    ['Lead', 1], ['MQL', 1], ['liidi', 1], ['Marketing Qualified Lead', 1], ['marketing-qualified lead', 1],
    ['Opportunity', 2], ['sql', 2], ['Deal', 2], ['Mahdollisuus', 2], ['MÄHDOLLISUUS', 2], ['Sales qualified lead', 2],
    ['awareness', 0], ['customer', 0], ['', 0],
  ] as const)('reads %j as milestone %d', (stage, m) => expect(stageMilestone(stage)).toBe(m));
});

describe('milestoneModel()', () => {
  const table: ['w_shaped' | 'full_path', J, Record<string, number>][] = [
    // W: 0.3 first, 0.3 lead, 0.3 opportunity, 0.1 shared by the others.
    ['w_shaped', { path: 'A > B > C > D > E', stages: [_, L, _, O, _] }, { A: 0.3, B: 0.3, C: 0.05, D: 0.3, E: 0.05 }],
    ['w_shaped', { path: 'A > B > C', stages: [_, L, O] }, { A: 1 / 3, B: 1 / 3, C: 1 / 3 }],
    ['w_shaped', { path: 'A', stages: [L] }, { A: 1 }],
    ['w_shaped', { path: 'A > B', stages: [L, O] }, { A: 0.6 / 0.9, B: 0.3 / 0.9 }], // first + lead add up
    ['w_shaped', { path: 'A > B > C', stages: [V, V, V] }, { A: 0.3 / 0.4, B: 0.05 / 0.4, C: 0.05 / 0.4 }], // no lead, no opportunity
    ['w_shaped', { path: 'A > B > C', stages: [_, L, L] }, { A: 0.3 / 0.7, B: 0.3 / 0.7, C: 0.1 / 0.7 }],
    ['w_shaped', { path: 'A > B > C', stages: [_, O, L] }, { A: 1 / 3, B: 1 / 3, C: 1 / 3 }],
    ['w_shaped', { path: 'A > B > A > C', stages: [_, L, _, O] }, { A: 0.3 + 0.1, B: 0.3, C: 0.3 }], // repeats add up
    // Full path: 0.225 first, lead, opportunity and last; 0.1 shared by the others.
    ['full_path', { path: 'A > B > C > D > E > F', stages: [_, L, _, O, _, _] }, { A: 0.225, B: 0.225, C: 0.05, D: 0.225, E: 0.05, F: 0.225 }],
    ['full_path', { path: 'A > B > C > D', stages: [_, L, O, _] }, { A: 0.25, B: 0.25, C: 0.25, D: 0.25 }],
    ['full_path', { path: 'A > B > C', stages: [_, L, O] }, { A: 0.225 / 0.9, B: 0.225 / 0.9, C: 0.45 / 0.9 }],
    ['full_path', { path: 'A > B > C', stages: [L, _, O] }, { A: 0.45, B: 0.1, C: 0.45 }],
    ['full_path', { path: 'A', stages: [V] }, { A: 1 }],
    ['full_path', { path: 'A > B', stages: [V, V] }, { A: 0.5, B: 0.5 }],
  ];
  it.each(table)('%s on %j gives %j', (model, j, expected) => expectClose(run(j, model), expected));

  it('scales by conversions and value, and skips non-converting journeys and journeys without touches', () => {
    const set = makeSet([
      { path: 'A > B', stages: [L, O], conversions: 3, value: 30 },
      { path: 'C', stages: [L], conversions: 0 },
      { path: '', conversions: 2 },
    ]);
    const c = ok(milestoneModel(set, 'w_shaped'));
    expectClose(byName(set, c), { A: 2, B: 1 });
    expectClose(byName(set, c, 'value'), { A: 20, B: 10 });
  });

  it.each(['w_shaped', 'full_path'] as const)('%s is unavailable without a stage column, naming it', async (model) => {
    const r = milestoneModel(await pathsSet(), model);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(english(r.reason)).toMatch(/needs a stage column/);
  });

  it.each(['w_shaped', 'full_path'] as const)('%s credits every conversion and all value of the example data', async (model) => {
    const set = await exampleSet();
    expect(set.stages.length).toBeGreaterThan(0);
    expectConserved(set, ok(milestoneModel(set, model)));
  });

  it('does not mutate the set', () => {
    const set = makeSet([{ path: 'A > B > A', stages: [_, 'MQL', 'SQL'], conversions: 2 }]);
    const before = structuredClone(set);
    milestoneModel(set, 'w_shaped');
    milestoneModel(set, 'full_path');
    expect(set).toEqual(before);
  });
});
