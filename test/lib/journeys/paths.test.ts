import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { journeyTotals } from '../../../src/lib/journeys/build';
import { detectPathSeparator, journeysFromPaths, splitPath, type PathRow } from '../../../src/lib/journeys/paths';
import { touchesOf } from '../../../src/lib/journeys/store';
import { CHANNELATTRIBUTION_PATHS } from '../../shared';

/** ChannelAttribution's example path table (`;`-separated, ' > ' between channels). */
function readChannelAttribution(): PathRow[] {
  const text = readFileSync(CHANNELATTRIBUTION_PATHS, 'utf8');
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  expect(lines[0]).toBe('path;total_conversions;total_conversion_value;total_null');
  return lines.slice(1).map((line) => {
    const [path, conversions, value, nulls] = line.split(';');
    return { path, conversions: Number(conversions), value: Number(value), nulls: Number(nulls) };
  });
}

describe('detectPathSeparator()', () => {
  it.each([
    [['a > b', 'c'], ' > '],
    [['a>b>c', 'b'], '>'],
    [['a -> b', 'c -> d'], ' -> '],
    [['a->b', 'c->d'], '->'],
    [['a | b', 'c'], ' | '],
    [['a,b', 'c,d'], ','],
    [['google / cpc > (direct) / (none)', 'google / cpc'], ' > '],
    [['a, b > c'], ' > '],
    [['a', 'b'], ' > '],
    [[], ' > '],
  ])('detectPathSeparator(%j) is %j', (samples, expected) => {
    expect(detectPathSeparator(samples)).toBe(expected);
  });
});

describe('splitPath()', () => {
  it.each([
    ['a > b > c', ' > ', ['a', 'b', 'c']],
    ['a>b >  c', ' > ', ['a', 'b', 'c']],
    [' a ->  -> b ', ' -> ', ['a', 'b']],
    ['Paid Search,Email', ',', ['Paid Search', 'Email']],
    ['', ' > ', []],
    [' > ', ' > ', []],
  ])('splitPath(%j, %j) is %j', (path, sep, expected) => {
    expect(splitPath(path, sep)).toEqual(expected);
  });
});

describe('journeysFromPaths()', () => {
  it('makes one journey per row with a shared channel dictionary', () => {
    const set = journeysFromPaths(
      [
        { path: 'b > a', conversions: 2, value: 10, nulls: 1 },
        { path: 'a', conversions: 0, value: 0, nulls: 5 },
      ],
      ' > ',
    );
    expect(set.channels).toEqual(['b', 'a']);
    expect(set.journeys.map((j) => ({ ...j, touches: touchesOf(set, j) }))).toEqual([
      { id: 'b > a', start: 0, end: 2, touches: [{ channel: 0 }, { channel: 1 }], conversions: 2, value: 10, nulls: 1 },
      { id: 'a', start: 2, end: 3, touches: [{ channel: 1 }], conversions: 0, value: 0, nulls: 5 },
    ]);
    expect(set.timed).toBe(false);
  });

  it('keeps a row with an empty path as a journey without touches', () => {
    const set = journeysFromPaths([{ path: '', conversions: 3, value: 1, nulls: 0 }], ' > ');
    expect(touchesOf(set, set.journeys[0])).toEqual([]);
    expect(set.journeys[0].conversions).toBe(3);
  });

  it('does not mutate its input', () => {
    const rows = [{ path: 'a > b', conversions: 1, value: 2, nulls: 3 }];
    const before = JSON.stringify(rows);
    journeysFromPaths(rows, ' > ');
    expect(JSON.stringify(rows)).toBe(before);
  });

  describe('with the ChannelAttribution example table', () => {
    const rows = readChannelAttribution();
    const separator = detectPathSeparator(rows.slice(0, 200).map((r) => r.path));
    const set = journeysFromPaths(rows, separator);

    it('reads the published totals', () => {
      expect(separator).toBe(' > ');
      const totals = journeyTotals(set, 'paths');
      expect(totals.paths).toBe(10_000);
      expect(set.channels).toHaveLength(12);
      expect(totals.conversions).toBe(19_785);
      expect(totals.conversionValue).toBeCloseTo(74_802.97158721, 6);
      expect(totals.nulls).toBe(68_602);
      expect(totals.journeys).toBe(19_785 + 68_602);
    });

    it('keeps channel order: first- and last-touch counts match the published ChannelAttribution results', () => {
      const first = new Map<string, number>();
      const last = new Map<string, number>();
      for (const j of set.journeys) {
        const f = set.channels[set.touches.channel[j.start]];
        const l = set.channels[set.touches.channel[j.end - 1]];
        first.set(f, (first.get(f) ?? 0) + j.conversions);
        last.set(l, (last.get(l) ?? 0) + j.conversions);
      }
      expect([first.get('alpha'), first.get('beta'), first.get('iota')]).toEqual([6308, 2831, 4606]);
      expect([last.get('alpha'), last.get('beta'), last.get('iota')]).toEqual([8447, 989, 3355]);
    });

    it('agrees with a brute-force split of the raw text', () => {
      rows.forEach((row, i) => {
        const raw = row.path.split('>').map((s) => s.trim());
        expect(touchesOf(set, set.journeys[i]).map((t) => set.channels[t.channel])).toEqual(raw);
      });
    });
  });
});
