// The view the Mix model part shows: a fit without draws, its allocation and one curve per channel.
import { describe, expect, it } from 'vitest';
import { fitMmm, fitMmmAsync } from '../../../src/lib/mmm/fit';
import { allocateMmm } from '../../../src/lib/mmm/allocate';
import { mmmView, viewOfFit } from '../../../src/lib/mmm/view';
import { FIVE, simulate } from './simulate';

const table = simulate(4, 60, FIVE.slice(0, 2)).table;

describe('mmmView()', () => {
  it('returns the fit without its draws, the allocation on it and one curve per channel marking current and recommended spend', () => {
    const out = mmmView(table, { seed: 3, allocation: { bounds: [0.8, 1.5] } });
    if (!out.ok) throw new Error(out.reason.key);
    const { view } = out;
    const full = fitMmm(table, { seed: 3 });
    expect('draws' in view.result).toBe(false);
    expect(view.result.channels).toEqual(full.channels);
    expect(view.weeks).toBe(60);
    expect(view.allocation).toEqual(allocateMmm(full, { bounds: [0.8, 1.5] }));
    expect(view.curves.map((c) => c.name)).toEqual(full.channels.map((c) => c.name));
    view.curves.forEach((c, i) => {
      expect(c.currentWeekly).toBe(full.channels[i].meanWeekly);
      expect(c.recommendedWeekly).toBe(view.allocation.channels[i].recommendedWeekly);
      expect(c.low.length).toBe(c.spend.length);
    });
    expect(JSON.parse(JSON.stringify(view.allocation))).toEqual(JSON.parse(JSON.stringify(viewOfFit(full, { bounds: [0.8, 1.5] }).allocation)));
  });

  it('says why a table cannot be fitted, and that a cancelled fit was cancelled', () => {
    const short = { ...table, weeks: table.weeks.slice(0, 5), outcome: table.outcome.slice(0, 5), channels: table.channels.map((c) => ({ ...c, spend: c.spend.slice(0, 5) })), controls: [] };
    expect(mmmView(short, {})).toEqual({ ok: false, reason: { key: 'mmm.tooFewWeeks', params: { weeks: 5 } } });
    const idle = { ...table, channels: table.channels.map((c) => ({ ...c, spend: new Float64Array(60) })) };
    expect(mmmView(idle, {})).toEqual({ ok: false, reason: { key: 'mmm.noSpend', params: {} } });
    expect(mmmView(table, {}, { shouldStop: () => true })).toEqual({ ok: false, reason: { key: 'mmm.cancelled', params: {} } });
  });
});

describe('fitMmmAsync()', () => {
  it('gives the same result as fitMmm(), pausing between steps', async () => {
    let pauses = 0;
    const r = await fitMmmAsync(table, { seed: 5, evalsPerDim: 40, bootstrap: 3 }, { pause: () => { pauses++; } });
    expect(r).toEqual(fitMmm(table, { seed: 5, evalsPerDim: 40, bootstrap: 3 }));
    expect(pauses).toBeGreaterThan(5);
  });
});
