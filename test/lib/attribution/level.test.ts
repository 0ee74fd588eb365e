import { describe, expect, it } from 'vitest';
import { atLevel } from '../../../src/lib/attribution/level';
import { ruleModel } from '../../../src/lib/attribution/rules';
import type { Level } from '../../../src/lib/attribution/types';
import type { JourneySet } from '../../../src/lib/types';
import { touchesOf } from '../../../src/lib/journeys/store';
import { byName, exampleSet, expectConserved, makeSet, pathsSet } from './rule-helpers';

const paths = (set: JourneySet) => set.journeys.map((j) => touchesOf(set, j).map((t) => set.channels[t.channel]).join(' > '));
const _ = undefined;
const fixture = () => makeSet([
  { path: 'Email > Ads > Email', campaigns: ['spring', _, 'spring'], types: ['newsletter', 'click', _] },
  { path: 'Ads', campaigns: ['fall'], types: ['click'] },
]);

describe('atLevel()', () => {
  it('returns the set itself at channel level', () => {
    const set = fixture();
    expect(atLevel(set, 'channel')).toBe(set);
  });

  const table: [Level, string[], string[]][] = [
    ['campaign', ['spring', 'fall', '(not set)'], ['spring > (not set) > spring', 'fall']],
    ['touch_type', ['newsletter', 'click', '(not set)'], ['newsletter > click > (not set)', 'click']],
  ];
  it.each(table)('at %s level, channels are %j', (level, channels, expected) => {
    const out = atLevel(fixture(), level);
    expect(out.channels).toEqual(channels);
    expect(paths(out)).toEqual(expected);
  });

  it('keeps types, stages, campaigns, times, counts and the other fields', () => {
    const set = makeSet([{ path: 'A > B', daysBefore: [3, 0], campaigns: ['x', 'y'], stages: ['lead', _], conversions: 2, value: 5 }]);
    const out = atLevel(set, 'campaign');
    expect(out).toMatchObject({ types: set.types, stages: set.stages, campaigns: set.campaigns, timed: true });
    expect(out.journeys[0]).toMatchObject({ id: 'j0', conversions: 2, value: 5, conversionTime: set.journeys[0].conversionTime });
    expect(touchesOf(out, out.journeys[0]).map((t) => [t.time, t.stage, t.campaign])).toEqual(touchesOf(set, set.journeys[0]).map((t) => [t.time, t.stage, t.campaign]));
    expect(out.touches.time).toBe(set.touches.time);
  });

  it('adds no (not set) entry when every touch has a campaign, and reuses one that exists', () => {
    expect(atLevel(makeSet([{ path: 'A', campaigns: ['x'] }]), 'campaign').channels).toEqual(['x']);
    const out = atLevel(makeSet([{ path: 'A > B', campaigns: ['(not set)', _] }]), 'campaign');
    expect(out.channels).toEqual(['(not set)']);
    expect(paths(out)).toEqual(['(not set) > (not set)']);
  });

  it('puts every touch of a path table under (not set)', async () => {
    const out = atLevel(await pathsSet(), 'touch_type');
    expect(out.channels).toEqual(['(not set)']);
  });

  it('feeds the models: campaign credit of the example data adds up', async () => {
    const set = atLevel(await exampleSet(), 'campaign');
    expectConserved(set, ruleModel(set, 'linear'));
    expect(Object.keys(byName(set, ruleModel(set, 'first'))).length).toBeGreaterThan(1);
  });

  it('throws on an unknown level, naming it', () => {
    expect(() => atLevel(fixture(), 'source' as Level)).toThrow('invalid level: source');
  });

  it('does not mutate the set', () => {
    const set = fixture();
    const before = structuredClone(set);
    atLevel(set, 'campaign');
    atLevel(set, 'touch_type');
    expect(set).toEqual(before);
  });
});
