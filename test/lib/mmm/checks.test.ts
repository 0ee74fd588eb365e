// What the data can tell, and fits against common sense: the warnings as data.
import { describe, expect, it } from 'vitest';
import { planUnits } from '../../../src/lib/mmm/checks';
import { senseWarnings } from '../../../src/lib/mmm/describe';
import { fitMmm, holdoutSize } from '../../../src/lib/mmm/fit';
import { mmmMessages } from '../../../src/lib/mmm/messages';
import { english, type Msg } from '../../../src/lib/messages';
import type { MixTable, MmmChannel } from '../../../src/lib/mmm/types';
import { mulberry32 } from '../../../src/lib/util/random';
import { FIVE, simulate } from './simulate';

function table(weeks: number, spends: Record<string, (t: number, r: () => number) => number>): MixTable {
  const rng = mulberry32(5);
  return {
    weeks: Array.from({ length: weeks }, (_, t) => new Date(Date.UTC(2024, 0, 1 + 7 * t)).toISOString().slice(0, 10)),
    outcome: Float64Array.from({ length: weeks }, () => 100 + 10 * rng()),
    channels: Object.entries(spends).map(([name, f]) => ({ name, spend: Float64Array.from({ length: weeks }, (_, t) => f(t, rng)) })),
    controls: [],
  };
}

describe('planUnits()', () => {
  it('groups channels whose spends correlate above 0.8 (chains included) and leaves out channels without spend', () => {
    const t = table(60, {
      tv: (t) => (t % 6 < 3 ? 100 : 0), radio: (t, r) => (t % 6 < 3 ? 50 : 0) + r(), ooh: (t, r) => (t % 6 < 3 ? 20 : 0) + 5 * r(),
      search: (_, r) => 100 * r(), print: () => 0,
    });
    const { units, skipped, warnings } = planUnits(t, 0.8);
    expect(units.map((u) => u.name)).toEqual(['tv + radio + ooh', 'search']);
    expect(Array.from(units[0].spend.slice(0, 1))[0]).toBeCloseTo(100 + t.channels[1].spend[0] + t.channels[2].spend[0], 9);
    expect(skipped).toEqual(['print']);
    const grouped = warnings.find((w) => w.key === 'mmm.grouped')!;
    expect(grouped.params).toMatchObject({ channels: ['tv', 'radio', 'ooh'] });
    expect(english(grouped)).toMatch(/^tv, radio and ooh move together \(correlation (9\d|100)/);
    expect(warnings.map((w) => w.key)).toEqual(['mmm.zeroSpend', 'mmm.grouped']);
  });

  it('warns about under a year of weeks and about spend that hardly varies', () => {
    const { warnings } = planUnits(table(40, { tv: (_, r) => 100 + 5 * r(), search: (_, r) => 100 * r() }), 0.8);
    expect(warnings.map((w) => w.key)).toEqual(['mmm.shortData', 'mmm.flatSpend']);
    expect(warnings[1].params).toMatchObject({ channel: 'tv' });
  });
});

describe('holdout and ridge', () => {
  it('holds out max(8, 10%) of the weeks when at least 26 remain, else none', () => {
    expect([holdoutSize(156, 0), holdoutSize(60, 0), holdoutSize(33, 0), holdoutSize(30, 0), holdoutSize(100, 20)]).toEqual([16, 8, 0, 0, 20]);
  });
  it('reports no held-out error, and says why, when the table is too short to hold weeks out', () => {
    const r = fitMmm(simulate(3, 30, FIVE.slice(0, 2)).table, { evalsPerDim: 20, bootstrap: 0 });
    expect(r.fit.holdoutMape).toBeNull();
    expect(r.fit.holdoutWeeks).toBe(0);
    expect(r.warnings.map((w) => w.key)).toEqual(expect.arrayContaining(['mmm.shortData', 'mmm.noHoldout']));
  });
  it('chooses the ridge strength from the options on the held-out weeks', () => {
    const r = fitMmm(simulate(3, 80, FIVE.slice(0, 2)).table, { evalsPerDim: 20, bootstrap: 0, ridge: [0.5, 0.05] });
    expect([0.5, 0.05]).toContain(r.fit.ridge);
    expect(r.fit.holdoutMape).toBeGreaterThan(0);
  });
});

describe('senseWarnings()', () => {
  const ch = (name: string, spend: number, contribution: number, interval: [number, number] | null = null): MmmChannel => ({
    name, members: [name], memberSpend: [spend], spend, meanWeekly: spend / 52, contribution, share: contribution / 1000, roi: contribution / spend,
    roiInterval: interval && { low: interval[0], high: interval[1] }, contributionInterval: null, mroi: 0, beta: 0, shape: { theta: 0, alpha: 1, gamma: 1 },
    halfLifeWeeks: 0, halfSaturationWeekly: 0, saturationWeekly: 0,
  });
  const base = (n: number, negative = 0) => Float64Array.from({ length: n }, (_, t) => (t < negative ? -1 : 10));
  it('flags a channel with no effect only when it has a real share of spend', () => {
    const keys = senseWarnings([ch('a', 100, 0), ch('b', 2, 0), ch('c', 898, 100)], base(52), 1000).map((w) => w.params);
    expect(keys).toEqual([{ channel: 'a', spendShare: 0.1 }]);
  });
  it('flags an ROI over five times the median, media explaining over 80%, a baseline below zero in over a tenth of the weeks, and wide intervals', () => {
    const w = senseWarnings([ch('a', 100, 100), ch('b', 100, 120), ch('c', 100, 700, [2, 30])], base(52, 6), 1000);
    expect(w.map((m) => m.key)).toEqual(['mmm.roiOutlier', 'mmm.wideInterval', 'mmm.mediaDominates', 'mmm.negativeBaseline']);
    expect(senseWarnings([ch('a', 100, 100), ch('b', 100, 120), ch('c', 100, 130, [1, 1.5])], base(52, 5), 1000)).toEqual([]);
  });
});

describe('mmmMessages', () => {
  it('renders every key in English from plain parameters', () => {
    const samples: Msg[] = (Object.keys(mmmMessages) as Msg['key'][]).map((key) => ({
      key, params: { row: 3, value: 'x', column: 'tv_S', count: 2, geos: 20, rows: 70, weeks: 10, outcome: 'conversions', columns: ['x1', 'x2'], levels: ['event1'],
        channel: 'tv', cv: 0.05, channels: ['tv', 'radio'], r: 0.93, name: 'population', spendShare: 0.2, roi: 12, median: 2, share: 0.85, low: 1, high: 9, group: 'tv + radio', budget: 1000,
        r2: 0.9, mape: 0.05, holdout: null, interval: null, best: 'tv', bestRoi: 3, worst: 'radio', worstRoi: 1, media: 0.3, from: 10, to: 12, gain: 1, weekly: 10, held: false },
    } as unknown as Msg));
    for (const m of samples) expect(english(m)).toMatch(/\w.*[.:)]?$/);
    expect(english({ key: 'mmm.grouped', params: { channels: ['tv', 'radio'], r: 0.93 } })).toBe('tv and radio move together (correlation 93%): the data cannot split their effect, so they are fitted and reported as one group.');
  });
});
