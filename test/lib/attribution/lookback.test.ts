import { describe, expect, it } from 'vitest';
import { applyLookback } from '../../../src/lib/attribution/lookback';
import type { JourneySet } from '../../../src/lib/types';
import { journeySet, touchesOf } from '../../../src/lib/journeys/store';
import { exampleSet, makeSet, pathsSet, type J } from './rule-helpers';

/** Channel names of each journey. */
const paths = (set: JourneySet) => set.journeys.map((j) => touchesOf(set, j).map((t) => set.channels[t.channel]).join(' > '));

describe('applyLookback()', () => {
  const table: [string, J, number, string][] = [
    ['keeps touches within the window', { path: 'A > B > C', daysBefore: [40, 20, 0] }, 30, 'B > C'],
    ['keeps a touch exactly `days` before', { path: 'A > B', daysBefore: [30, 0] }, 30, 'A > B'],
    ['keeps everything in a long window', { path: 'A > B', daysBefore: [300, 0] }, 1000, 'A > B'],
    ['drops all but same-instant touches with 0 days', { path: 'A > B > C', daysBefore: [2, 0, 0] }, 0, 'B > C'],
    ['leaves a journey without touches when all are too old', { path: 'A > B', daysBefore: [40, 35] }, 30, ''],
    ['measures non-converting paths from their last touch', { path: 'A > B > C', daysBefore: [50, 35, 10], conversions: 0 }, 30, 'B > C'],
  ];
  it.each(table)('%s', (_name, j, days, expected) => expect(paths(applyLookback(makeSet([j]), days))).toEqual([expected]));

  it('keeps touches without a time, and the conversions and value of emptied journeys', () => {
    const made = makeSet([{ path: 'A > B', daysBefore: [90, 80], conversions: 2, value: 7 }]);
    const j = made.journeys[0];
    const set = journeySet({ ...made, timed: true, journeys: [{ ...j, touches: [{ channel: 0 }, ...touchesOf(made, j)] }] });
    const out = applyLookback(set, 30);
    expect(paths(out)).toEqual(['A']);
    expect(out.journeys[0]).toMatchObject({ conversions: 2, value: 7, conversionTime: set.journeys[0].conversionTime });
  });

  it('keeps every touch of a path table (no times)', async () => {
    const set = await pathsSet();
    expect(applyLookback(set, 1)).toBe(set);
  });

  it('drops touches of the example data and keeps every conversion', async () => {
    const set = await exampleSet();
    const out = applyLookback(set, 7);
    const count = (s: JourneySet) => s.journeys.reduce((n, j) => n + j.end - j.start, 0);
    expect(count(out)).toBeLessThan(count(set));
    expect(out.journeys.map((j) => j.conversions)).toEqual(set.journeys.map((j) => j.conversions));
    expect(out.channels).toBe(set.channels);
  });

  it.each([-1, NaN])('throws on %d days, naming the value', (days) => {
    expect(() => applyLookback(makeSet([]), days)).toThrow(`invalid lookback days: ${days}`);
  });

  it('returns a new set and does not mutate the input', () => {
    const set = makeSet([{ path: 'A > B > C', daysBefore: [40, 20, 0] }, { path: 'A', daysBefore: [1] }]);
    const before = structuredClone(set);
    const out = applyLookback(set, 30);
    expect(out).not.toBe(set);
    expect(set).toEqual(before);
  });
});
