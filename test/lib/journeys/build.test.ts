import { describe, expect, it } from 'vitest';
import { buildJourneys, journeyTotals, type TouchRow } from '../../../src/lib/journeys/build';
import { journeySet, touchesOf } from '../../../src/lib/journeys/store';

const touch = (journey: string, channel: string, time?: number, extra: Partial<TouchRow> = {}): TouchRow => ({
  journey, channel, time, conversion: false, ...extra,
});
const convert = (journey: string, time?: number, value?: number, channel?: string): TouchRow => ({
  journey, time, channel, conversion: true, value,
});

/** Channel names of each path, for readable expectations. */
function names(rows: TouchRow[]): string[][] {
  const set = buildJourneys(rows);
  return set.journeys.map((j) => touchesOf(set, j).map((t) => set.channels[t.channel]));
}

describe('buildJourneys()', () => {
  it('groups rows by journey in order of first appearance', () => {
    const set = buildJourneys([touch('b', 'Email', 1), touch('a', 'Direct', 2), touch('b', 'Webinar', 3)]);
    expect(set.journeys.map((j) => j.id)).toEqual(['b', 'a']);
    expect(set.channels).toEqual(['Email', 'Webinar', 'Direct']);
  });

  it('sorts touches by time', () => {
    expect(names([touch('a', 'C', 30), touch('a', 'A', 10), touch('a', 'B', 20)])).toEqual([['A', 'B', 'C']]);
  });

  it('keeps file order for ties', () => {
    const rows = [touch('a', 'Z', 10), touch('a', 'Y', 5), touch('a', 'X', 10), touch('a', 'W', 10)];
    expect(names(rows)).toEqual([['Y', 'Z', 'X', 'W']]);
  });

  it('keeps rows without a time in their place', () => {
    expect(names([touch('a', 'C', 30), touch('a', 'U'), touch('a', 'A', 10)])).toEqual([['A', 'U', 'C']]);
    expect(names([touch('a', 'P'), touch('a', 'Q')])).toEqual([['P', 'Q']]);
  });

  it('splits a journey at each conversion and keeps trailing touches as a non-converting path', () => {
    const set = buildJourneys([
      touch('a', 'LinkedIn', 1),
      touch('a', 'Email', 2),
      convert('a', 3, 5000),
      touch('a', 'Webinar', 4),
      convert('a', 5, 7000),
      touch('a', 'Direct', 6),
    ]);
    expect(set.journeys.map(({ start, end, ...j }) => ({ ...j, touches: touchesOf(set, { ...j, start, end }) }))).toEqual([
      { id: 'a', touches: [{ channel: 0, time: 1 }, { channel: 1, time: 2 }], conversions: 1, value: 5000, nulls: 0, conversionTime: 3 },
      { id: 'a', touches: [{ channel: 2, time: 4 }], conversions: 1, value: 7000, nulls: 0, conversionTime: 5 },
      { id: 'a', touches: [{ channel: 3, time: 6 }], conversions: 0, value: 0, nulls: 1 },
    ]);
  });

  it('counts a converting row with a channel as a touch of its own path', () => {
    expect(names([touch('a', 'Email', 1), convert('a', 2, 100, 'Direct')])).toEqual([['Email', 'Direct']]);
  });

  it('ends a path at a conversion row without a channel', () => {
    const set = buildJourneys([touch('a', 'Email', 1), convert('a', 2, 100)]);
    expect(set.journeys).toHaveLength(1);
    expect(touchesOf(set, set.journeys[0])).toHaveLength(1);
    expect(set.journeys[0].conversions).toBe(1);
  });

  it('keeps a conversion without touches as an empty converting path', () => {
    const set = buildJourneys([convert('a', 1, 10), touch('a', 'Email', 2), convert('a', 3), convert('a', 4)]);
    expect(set.journeys.map((j) => [j.end - j.start, j.conversions, j.value])).toEqual([
      [0, 1, 10],
      [1, 1, 0],
      [0, 1, 0],
    ]);
  });

  it('takes the conversion time from the row, else from the last touch', () => {
    const set = buildJourneys([touch('a', 'Email', 7), convert('a', undefined, 1)]);
    expect(set.journeys[0].conversionTime).toBe(7);
    expect(buildJourneys([touch('b', 'Email'), convert('b')]).journeys[0].conversionTime).toBeUndefined();
  });

  it('dictionary-encodes types, stages and campaigns in order of first appearance', () => {
    const set = buildJourneys([
      touch('a', 'LinkedIn Ads', 1, { type: 'ad click', stage: 'lead', campaign: 'CFO Q1' }),
      touch('a', 'Webinar', 2, { type: 'webinar attendance', stage: 'MQL' }),
      touch('b', 'LinkedIn Ads', 3, { type: 'ad click', stage: 'lead', campaign: 'CFO Q1' }),
    ]);
    expect(set.types).toEqual(['ad click', 'webinar attendance']);
    expect(set.stages).toEqual(['lead', 'MQL']);
    expect(set.campaigns).toEqual(['CFO Q1']);
    expect(touchesOf(set, set.journeys[0])[1]).toEqual({ channel: 1, time: 2, type: 1, stage: 1 });
    expect(set.touches.campaign[set.journeys[0].start + 1]).toBe(-1);
  });

  it('is timed only when every touch has a time', () => {
    expect(buildJourneys([touch('a', 'A', 1), touch('a', 'B', 2)]).timed).toBe(true);
    expect(buildJourneys([touch('a', 'A', 1), touch('a', 'B')]).timed).toBe(false);
    expect(buildJourneys([]).timed).toBe(false);
  });

  it('does not mutate its input', () => {
    const rows = [touch('a', 'C', 30), touch('a', 'A', 10), convert('a', 40, 5)];
    const before = JSON.stringify(rows);
    buildJourneys(rows);
    expect(JSON.stringify(rows)).toBe(before);
  });
});

describe('journeyTotals()', () => {
  it('counts distinct journey ids for touchpoint sets', () => {
    const set = buildJourneys([touch('a', 'A', 1), convert('a', 2, 10), touch('a', 'B', 3), touch('b', 'C', 1)]);
    expect(journeyTotals(set, 'touchpoints')).toEqual({
      journeys: 2, paths: 3, conversions: 1, conversionValue: 10, nulls: 2, touches: 3,
    });
  });

  it('counts conversions plus nulls as journeys for path sets', () => {
    const set = journeySet({
      channels: ['a'], timed: false,
      journeys: [{ id: 'a', touches: [{ channel: 0 }], conversions: 3, value: 9, nulls: 4 }],
    });
    expect(journeyTotals(set, 'paths')).toEqual({
      journeys: 7, paths: 1, conversions: 3, conversionValue: 9, nulls: 4, touches: 1,
    });
  });
});
