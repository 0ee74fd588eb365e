import { describe, expect, it } from 'vitest';
import { timeDecay } from '../../../src/lib/attribution/time-decay';
import type { Credit } from '../../../src/lib/attribution/types';
import type { ModelResult } from '../../../src/lib/attribution/types';
import { byName, exampleSet, expectClose, expectConserved, makeSet, pathsSet } from './rule-helpers';
import { english } from '../../../src/lib/messages';

const ok = (r: ModelResult): Credit => {
  if (!r.ok) throw new Error(english(r.reason));
  return r.credit;
};

describe('timeDecay()', () => {
  it('weighs touches 14, 7 and 0 days before the conversion 1/4, 1/2 and 1 with a 7-day half-life', () => {
    const set = makeSet([{ path: 'A > B > C', daysBefore: [14, 7, 0] }]);
    const total = 0.25 + 0.5 + 1;
    expectClose(byName(set, ok(timeDecay(set, 7))), { A: 0.25 / total, B: 0.5 / total, C: 1 / total });
    expectClose(byName(set, ok(timeDecay(set, 7)), 'value'), { A: 2.5 / total, B: 5 / total, C: 10 / total });
  });

  const table: [string, number[], number, Record<string, number>][] = [
    ['A', [30], 7, { A: 1 }],
    ['A > B', [3, 3], 7, { A: 0.5, B: 0.5 }],
    ['A > B', [1, 0], 1, { A: 1 / 3, B: 2 / 3 }],
    ['A > B > A', [2, 1, 0], 1, { A: (0.25 + 1) / 1.75, B: 0.5 / 1.75 }],
    // Far from the conversion, all weights are tiny but their ratios still hold.
    ['A > B', [20001, 20000], 1, { A: 1 / 3, B: 2 / 3 }],
  ];
  it.each(table)('credits %s with touches %j days before the conversion, half-life %d: %j', (path, daysBefore, h, expected) => {
    const set = makeSet([{ path, daysBefore }]);
    expectClose(byName(set, ok(timeDecay(set, h))), expected);
  });

  it('uses the last touch time when a conversion has no time', () => {
    const set = makeSet([{ path: 'A > B', daysBefore: [7, 0] }]);
    const noTime = { ...set, journeys: set.journeys.map((j) => ({ ...j, conversionTime: undefined })) };
    expectClose(byName(noTime, ok(timeDecay(noTime, 7))), { A: 1 / 3, B: 2 / 3 });
  });

  it('scales by conversions and value, and skips non-converting journeys and journeys without touches', () => {
    const set = makeSet([
      { path: 'A > B', daysBefore: [7, 0], conversions: 3, value: 30 },
      { path: 'C', daysBefore: [0], conversions: 0 },
      { path: '', daysBefore: [], conversions: 1 },
    ]);
    expectClose(byName(set, ok(timeDecay(set, 7))), { A: 1, B: 2 });
    expectClose(byName(set, ok(timeDecay(set, 7)), 'value'), { A: 10, B: 20 });
  });

  it('is unavailable without timestamps, saying why', async () => {
    const r = timeDecay(await pathsSet(), 7);
    expect(r).toEqual({ ok: false, reason: { key: 'attribution.timeDecayUntimed', params: {} } });
    if (!r.ok) expect(english(r.reason)).toBe('Time decay needs timestamps; path tables have none.');
  });

  it.each([0, -1, NaN, Infinity])('is unavailable for a half-life of %d days', (h) => {
    const r = timeDecay(makeSet([{ path: 'A', daysBefore: [0] }]), h);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(english(r.reason)).toContain('half-life');
  });

  it('credits every conversion and all value of the example data', async () => {
    const set = await exampleSet();
    expect(set.timed).toBe(true);
    expectConserved(set, ok(timeDecay(set, 7)));
  });

  it('does not mutate the set', () => {
    const set = makeSet([{ path: 'A > B > A', daysBefore: [9, 3, 1], conversions: 2 }]);
    const before = structuredClone(set);
    timeDecay(set, 7);
    expect(set).toEqual(before);
  });
});
