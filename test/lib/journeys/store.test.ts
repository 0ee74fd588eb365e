import { describe, expect, it } from 'vitest';
import { journeySet, touchesOf, TouchWriter } from '../../../src/lib/journeys/store';
import { buildJourneys } from '../../../src/lib/journeys/build';
import { journeysFromPaths } from '../../../src/lib/journeys/paths';
import { mulberry32, intBetween } from '../../../src/lib/util/random';

describe('TouchWriter', () => {
  it('grows past its capacity and keeps every touch in order', () => {
    const w = new TouchWriter(1);
    const n = 1000;
    for (let k = 0; k < n; k++) expect(w.push(k % 7, k === 3 ? NaN : k * 10, k % 3 ? k % 3 : -1, -1, k)).toBe(k);
    const c = w.finish();
    expect(c.channel.length).toBe(n);
    expect([c.channel[999], c.time[999], c.type[999], c.stage[999], c.campaign[999]]).toEqual([999 % 7, 9990, 999 % 3 || -1, -1, 999]);
    expect(Number.isNaN(c.time[3])).toBe(true);
    expect(c.type[0]).toBe(-1);
  });

  it('copies a touch from other columns, optionally with another channel', () => {
    const from = new TouchWriter();
    from.push(2, 5, 1, 0, 3);
    const src = from.finish();
    const w = new TouchWriter();
    w.copy(src, 0);
    w.copy(src, 0, 9);
    const c = w.finish();
    expect(Array.from(c.channel)).toEqual([2, 9]);
    expect(Array.from(c.campaign)).toEqual([3, 3]);
  });

  it('finishes with columns trimmed to the touches written, not sharing the writer buffers', () => {
    const w = new TouchWriter(64);
    w.push(0, 1, -1, -1, -1);
    const c = w.finish();
    expect(c.time.length).toBe(1);
    w.push(1, 2, -1, -1, -1);
    expect(c.channel.length).toBe(1);
  });
});

describe('journeySet() and touchesOf()', () => {
  it('round-trip touch objects: what goes in comes out, undefined fields left out', () => {
    const touches = [{ channel: 1, time: 10, type: 0 }, { channel: 0 }, { channel: 1, stage: 2, campaign: 0, time: 0 }];
    const set = journeySet({ channels: ['a', 'b'], journeys: [{ id: 'x', touches, conversions: 1, value: 2, nulls: 0 }, { id: 'y', touches: [], conversions: 1, value: 0, nulls: 0 }] });
    expect(touchesOf(set, set.journeys[0])).toEqual(touches);
    expect(touchesOf(set, set.journeys[1])).toEqual([]);
    expect(set.journeys.map((j) => [j.start, j.end])).toEqual([[0, 3], [3, 3]]);
    expect(set.timed).toBe(false); // one touch has no time
    expect(set).toMatchObject({ types: [], stages: [], campaigns: [] });
  });

  it('is timed by default only when every touch has a time', () => {
    expect(journeySet({ channels: ['a'], journeys: [{ id: 'x', touches: [{ channel: 0, time: 1 }], conversions: 1, value: 0, nulls: 0 }] }).timed).toBe(true);
    expect(journeySet({ channels: [], journeys: [] }).timed).toBe(false);
  });

  it('stores what buildJourneys() builds without one object per touch: random rows read back in time order', () => {
    const rng = mulberry32(7);
    const rows = Array.from({ length: 2000 }, () => ({
      journey: `j${intBetween(rng, 0, 199)}`, channel: `c${intBetween(rng, 0, 5)}`, time: intBetween(rng, 0, 50),
      conversion: rng() < 0.1, type: rng() < 0.5 ? `t${intBetween(rng, 0, 2)}` : undefined,
    }));
    const set = buildJourneys(rows);
    expect(set.touches.channel).toBeInstanceOf(Int32Array);
    expect(set.touches.time).toBeInstanceOf(Float64Array);
    expect(set.touches.channel.length).toBe(rows.length); // every row here has a channel
    let last = -1;
    for (const j of set.journeys) {
      expect(j.start).toBeGreaterThanOrEqual(last);
      last = j.end;
      const times = touchesOf(set, j).map((t) => t.time as number);
      expect(times).toEqual([...times].sort((a, b) => a - b));
    }
    expect(last).toBe(rows.length);
  });

  it('puts path-table touches in one set of columns, one run per row', () => {
    const set = journeysFromPaths([{ path: 'a > b', conversions: 1, value: 1, nulls: 0 }, { path: 'b', conversions: 0, value: 0, nulls: 2 }], ' > ');
    expect(Array.from(set.touches.channel)).toEqual([0, 1, 1]);
    expect(Array.from(set.touches.type)).toEqual([-1, -1, -1]);
  });
});
