import { describe, expect, it } from 'vitest';
import { attribute } from '../../../src/lib/attribution/attribute';
import { MODEL_NAMES } from '../../../src/lib/attribution/types';
import { exampleSet, makeSet, pathsSet } from './rule-helpers';
import { english } from '../../../src/lib/messages';

describe('attribute()', () => {
  it('runs every model on timed touchpoints with stages, and each shares out exactly the attributable conversions', async () => {
    const set = await exampleSet();
    const before = JSON.stringify(set);
    const r = attribute(set, 'touchpoints');
    expect(Object.keys(r.models).sort()).toEqual([...MODEL_NAMES].sort());
    expect(r.unavailable).toEqual({});
    for (const credit of Object.values(r.models)) {
      expect(credit.conversions.reduce((a, b) => a + b, 0)).toBeCloseTo(r.conversions, 9);
      expect(credit.value.reduce((a, b) => a + b, 0)).toBeCloseTo(r.conversionValue, 6);
      expect(credit.conversions.every((c) => c >= 0)).toBe(true);
    }
    expect(r.markov?.order).toBe(1);
    expect(JSON.stringify(set)).toBe(before);
  });

  it('says why time decay and the milestone models do not apply to a path table, and ignores a lookback there', async () => {
    const r = attribute(await pathsSet(), 'paths', { lookbackDays: 30 });
    expect(Object.keys(r.unavailable).sort()).toEqual(['full_path', 'time_decay', 'w_shaped']);
    expect(english(r.unavailable.time_decay!)).toMatch(/timestamps/);
    expect(english(r.notes[0])).toMatch(/lookback window needs timestamps/);
    expect(r.journeys).toBe(88_387);
  });

  it('counts conversions left without touches by the lookback as unattributed', () => {
    const set = makeSet([
      { path: 'A > B', daysBefore: [40, 2] },
      { path: 'A', daysBefore: [40] },
    ]);
    const r = attribute(set, 'touchpoints', { models: ['first', 'linear'], lookbackDays: 30 });
    expect(r.unattributed).toBe(1);
    expect(r.conversions).toBe(1);
    expect(Object.fromEntries(r.channels.map((c, i) => [c, r.models.first?.conversions[i]]))).toMatchObject({ B: 1 });
  });

  it('attributes at the campaign level when asked', () => {
    const set = makeSet([{ path: 'A > B', campaigns: ['spring', undefined] }]);
    const r = attribute(set, 'touchpoints', { models: ['linear'], level: 'campaign' });
    expect(r.channels.sort()).toEqual(['(not set)', 'spring']);
    expect(r.models.linear?.conversions).toEqual([0.5, 0.5]);
  });

  it('computes only the requested models, with the options it was given', () => {
    const r = attribute(makeSet([{ path: 'A > B > C' }]), 'touchpoints', { models: ['custom'], weights: { first: 2, middle: 1, last: 1 } });
    expect(Object.keys(r.models)).toEqual(['custom']);
    expect(r.models.custom?.conversions).toEqual([0.5, 0.25, 0.25]);
    expect(r.options.weights).toEqual({ first: 2, middle: 1, last: 1 });
    expect(r.options.halfLifeDays).toBe(7);
  });
});
