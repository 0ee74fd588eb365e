import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { JourneySet } from '../../../src/lib/types';
import { journeySet, touchesOf } from '../../../src/lib/journeys/store';
import { MAX_DAYS, MAX_LENGTH, pathStats } from '../../../src/lib/attribution/path-stats';
import { exampleSet, makeSet, pathsSet } from './rule-helpers';

const DAY = 86_400_000;

/** The slow, obvious way: group by the path text, count, sort; every day and length kept exact. */
function bruteForce(set: JourneySet) {
  const groups: Record<string, { journeys: number; conversions: number; value: number }> = {};
  const lengths: Record<number, number> = {};
  const days: number[] = [];
  for (const j of set.journeys) {
    const touches = touchesOf(set, j);
    if (touches.length === 0) continue;
    const key = touches.map((t) => set.channels[t.channel]).join(' > ');
    groups[key] ??= { journeys: 0, conversions: 0, value: 0 };
    groups[key].journeys += j.conversions + j.nulls;
    groups[key].conversions += j.conversions;
    groups[key].value += j.value;
    lengths[touches.length] = (lengths[touches.length] ?? 0) + j.conversions + j.nulls;
    if (set.timed && j.conversions > 0) {
      const end = j.conversionTime ?? touches.at(-1)!.time!;
      for (let k = 0; k < j.conversions; k++) days.push((end - touches[0].time!) / DAY);
    }
  }
  days.sort((a, b) => a - b);
  const n = days.length;
  const median = n === 0 ? null : (days[Math.floor((n - 1) / 2)] + days[Math.ceil((n - 1) / 2)]) / 2;
  return { groups, lengths, days, median };
}

function expectMatchesBruteForce(set: JourneySet) {
  const s = pathStats(set, { top: 50 });
  const b = bruteForce(set);
  expect(s.totalPaths).toBe(Object.keys(b.groups).length);
  const counts = Object.values(b.groups).map((g) => g.journeys).sort((x, y) => y - x);
  expect(s.topPaths.map((p) => p.journeys)).toEqual(counts.slice(0, 50));
  for (const p of s.topPaths) {
    const g = b.groups[p.path.join(' > ')];
    expect(p).toEqual({ path: p.path, journeys: g.journeys, conversions: g.conversions, conversionRate: g.conversions / g.journeys, value: expect.closeTo(g.value, 6) });
  }
  for (const l of s.lengths.filter((r) => r.length <= MAX_LENGTH)) expect(l.journeys).toBe(b.lengths[l.length] ?? 0);
  const longer = Object.entries(b.lengths).filter(([k]) => Number(k) > MAX_LENGTH).reduce((a, [, v]) => a + v, 0);
  expect(s.lengths.find((r) => r.length === MAX_LENGTH + 1)?.journeys ?? 0).toBe(longer);
  return { s, b };
}

describe('pathStats()', () => {
  const set = makeSet([
    { path: 'A > B', conversions: 2, value: 30, nulls: 2 },
    { path: 'A > B', conversions: 0, nulls: 1 },
    { path: 'B', conversions: 1, value: 5, nulls: 0 },
    { path: 'B > A', conversions: 0, nulls: 3 },
    { path: 'A > A > B', conversions: 1, value: 7 },
    { path: '', conversions: 4 },
  ]);

  it('aggregates journeys by channel sequence, repeats kept, and sorts by journeys', () => {
    const s = pathStats(set);
    expect(s.totalPaths).toBe(4);
    expect(s.topPaths).toEqual([
      { path: ['A', 'B'], journeys: 5, conversions: 2, conversionRate: 0.4, value: 30 },
      { path: ['B', 'A'], journeys: 3, conversions: 0, conversionRate: 0, value: 0 },
      { path: ['A', 'A', 'B'], journeys: 1, conversions: 1, conversionRate: 1, value: 7 },
      { path: ['B'], journeys: 1, conversions: 1, conversionRate: 1, value: 5 },
    ]);
  });

  it('lists converting paths by conversions and non-converting paths by journeys without a conversion, apart', () => {
    const s = pathStats(set);
    // By hand from the four rows: A>B 2 conversions of 5, B>A 0 of 3, A>A>B 1 of 1, B 1 of 1.
    expect(s.topConverting.map((p) => [p.path.join('>'), p.conversions])).toEqual([['A>B', 2], ['A>A>B', 1], ['B', 1]]);
    expect(s.topNonConverting.map((p) => [p.path.join('>'), p.journeys - p.conversions])).toEqual([['A>B', 3], ['B>A', 3]]); // a tie of 3, by path text
    expect(s.convertingPaths).toBe(3);
    expect(s.nonConvertingPaths).toBe(2);
    expect(pathStats(set, { top: 1 }).topConverting).toHaveLength(1);
  });

  it('keeps only the top N paths, and N = 0 gives none', () => {
    expect(pathStats(set, { top: 2 }).topPaths.map((p) => p.path.join('>'))).toEqual(['A>B', 'B>A']);
    expect(pathStats(set, { top: 0 }).topPaths).toEqual([]);
    expect(() => pathStats(set, { top: -1 })).toThrow('top must be a whole number >= 0; you passed -1');
  });

  it('counts path lengths from 1 to the longest, leaving out journeys without touches', () => {
    expect(pathStats(set).lengths).toEqual([
      { length: 1, journeys: 1, conversions: 1 },
      { length: 2, journeys: 8, conversions: 2 },
      { length: 3, journeys: 1, conversions: 1 },
    ]);
  });

  it('puts paths longer than 10 touches into one bucket of length 11, with empty lengths as zeros', () => {
    const long = makeSet([{ path: 'A > B > C' }, { path: Array(12).fill('A').join(' > ') }, { path: Array(30).fill('B').join(' > '), conversions: 0 }]);
    const lengths = pathStats(long).lengths;
    expect(lengths.map((l) => l.length)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(lengths[10]).toEqual({ length: 11, journeys: 2, conversions: 1 });
    expect(lengths[0]).toEqual({ length: 1, journeys: 0, conversions: 0 });
  });

  it('has no time to conversion when the set has no timestamps', () => {
    const s = pathStats(set);
    expect(s.timeToConversion).toBeNull();
    expect(s.medianDaysToConversion).toBeNull();
  });

  it('buckets whole days from the first touch to the conversion, more than 90 days in one bucket', () => {
    const timed = makeSet([
      { path: 'A > B', daysBefore: [3.5, 1] },
      { path: 'A', daysBefore: [0.2] },
      { path: 'A > B', daysBefore: [120, 2], conversions: 2 },
      { path: 'B', daysBefore: [50], conversions: 0 },
    ]);
    const s = pathStats(timed);
    const t = s.timeToConversion!;
    expect(t).toHaveLength(MAX_DAYS + 2);
    expect(t[0]).toEqual({ days: 0, conversions: 1 });
    expect(t[3]).toEqual({ days: 3, conversions: 1 });
    expect(t[MAX_DAYS + 1]).toEqual({ days: 91, conversions: 2 });
    expect(t.reduce((a, r) => a + r.conversions, 0)).toBe(4);
    // conversions at 0.2, 3.5, 120, 120 days: the median is the mean of the middle two.
    expect(s.medianDaysToConversion).toBeCloseTo((3.5 + 120) / 2, 9);
  });

  it('ends the days at the latest conversion and uses the last touch when the conversion has no time', () => {
    const timed = makeSet([{ path: 'A > B', daysBefore: [5, 2] }]);
    const j = timed.journeys[0];
    timed.journeys[0] = { ...j, conversionTime: undefined };
    const s = pathStats(timed);
    expect(s.timeToConversion).toEqual([0, 0, 0, 1].map((c, d) => ({ days: d, conversions: c })));
    expect(s.medianDaysToConversion).toBe(3);
  });

  it('gives empty lists for a set without journeys', () => {
    const s = pathStats(journeySet({ channels: [], journeys: [], timed: true }));
    expect(s).toEqual({ topPaths: [], lengths: [], timeToConversion: [], medianDaysToConversion: null, totalPaths: 0, topConverting: [], topNonConverting: [], convertingPaths: 0, nonConvertingPaths: 0 });
  });

  it('does not mutate the journey set', () => {
    const before = structuredClone(set);
    pathStats(set);
    expect(set).toEqual(before);
  });

  it('matches a brute-force count on the example touchpoint data', async () => {
    const example = await exampleSet();
    const before = structuredClone(example);
    const { s, b } = expectMatchesBruteForce(example);
    expect(example).toEqual(before);
    expect(example.timed).toBe(true);
    expect(s.medianDaysToConversion).toBeCloseTo(b.median!, 9);
    const t = s.timeToConversion!;
    for (const r of t.filter((x) => x.days <= MAX_DAYS)) expect(r.conversions, `day ${r.days}`).toBe(b.days.filter((d) => Math.floor(d) === r.days).length);
    expect(t.reduce((a, r) => a + r.conversions, 0)).toBe(b.days.length);
  });

  it("matches a brute-force count on ChannelAttribution's path table (88,387 journeys)", async () => {
    const paths = await pathsSet();
    const { s } = expectMatchesBruteForce(paths);
    expect(s.lengths.reduce((a, l) => a + l.journeys, 0)).toBe(88_387);
    expect(paths.journeys).toHaveLength(10_000);
    // 10,000 rows, but some rows repeat a channel sequence: they are one path here.
    expect(s.totalPaths).toBe(new Set(paths.journeys.map((j) => j.id.replace(/\s+/g, ''))).size);
    expect(s.timeToConversion).toBeNull();
  });
});

describe('pathStats() lists', () => {
  /** The lists as pathStats() made them before it picked the first N: three full stable sorts. */
  function fullSorts(set: JourneySet, top: number) {
    const byPath = new Map<string, { path: string[]; journeys: number; conversions: number; value: number }>();
    for (const j of set.journeys) {
      if (j.end === j.start) continue;
      const codes = Array.from(set.touches.channel.subarray(j.start, j.end));
      const row = byPath.get(codes.join(',')) ?? { path: codes.map((c) => set.channels[c]), journeys: 0, conversions: 0, value: 0 };
      byPath.set(codes.join(','), row);
      row.journeys += j.conversions + j.nulls;
      row.conversions += j.conversions;
      row.value += j.value;
    }
    const rows = [...byPath.values()].map((r) => ({ ...r, conversionRate: r.journeys > 0 ? r.conversions / r.journeys : 0 }));
    const text = (p: { path: string[] }) => p.path.join('\u0000');
    rows.sort((a, b) => b.journeys - a.journeys || b.conversions - a.conversions || text(a).localeCompare(text(b)));
    const converting = rows.filter((r) => r.conversions > 0).sort((a, b) => b.conversions - a.conversions || b.journeys - a.journeys || text(a).localeCompare(text(b)));
    const nulls = (r: { journeys: number; conversions: number }) => r.journeys - r.conversions;
    const nonConverting = rows.filter((r) => nulls(r) > 0).sort((a, b) => nulls(b) - nulls(a) || text(a).localeCompare(text(b)));
    return { topPaths: rows.slice(0, top), topConverting: converting.slice(0, top), topNonConverting: nonConverting.slice(0, top), convertingPaths: converting.length, nonConvertingPaths: nonConverting.length };
  }

  it('breaks a tie of collation-equal paths as the full sorts did: by journeys, then first appearance', () => {
    // 'é' and 'e\u0301' compare equal (localeCompare 0) and have one journey without a conversion each.
    const set = makeSet([
      { path: '\u00e9', conversions: 0, nulls: 1 },
      { path: 'e\u0301', conversions: 1, nulls: 1, value: 5 },
      { path: 'e\u0301 > A', conversions: 1, nulls: 0 },
      { path: '\u00e9 > A', conversions: 1, nulls: 0 },
    ]);
    const { topPaths, topConverting, topNonConverting, convertingPaths, nonConvertingPaths } = pathStats(set, { top: 3 });
    expect(topNonConverting.map((p) => p.path)).toEqual([['e\u0301'], ['\u00e9']]);
    expect({ topPaths, topConverting, topNonConverting, convertingPaths, nonConvertingPaths }).toEqual(fullSorts(set, 3));
  });

  it('gives the first N of a full stable sort, ties and collation-equal names (é as one or two characters) included', () => {
    fc.assert(fc.property(
      fc.array(fc.record({
        path: fc.array(fc.constantFrom('A', 'B', 'b', '\u00e9', 'e\u0301', 'Direct'), { minLength: 0, maxLength: 4 }),
        conversions: fc.integer({ min: 0, max: 2 }), nulls: fc.integer({ min: 0, max: 2 }), value: fc.integer({ min: 0, max: 9 }),
      }), { maxLength: 120 }),
      fc.integer({ min: 0, max: 30 }),
      (journeys, top) => {
        const set = makeSet(journeys.map((j) => ({ path: j.path.join(' > '), conversions: j.conversions, nulls: j.nulls, value: j.value })));
        const s = pathStats(set, { top });
        const { topPaths, topConverting, topNonConverting, convertingPaths, nonConvertingPaths } = s;
        expect({ topPaths, topConverting, topNonConverting, convertingPaths, nonConvertingPaths }).toEqual(fullSorts(set, top));
      },
    ), { numRuns: 300 });
  });
});
