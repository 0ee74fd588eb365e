// Properties of the fit on small random simulated tables (kept small so each fit takes a fraction of a second).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fitMmm } from '../../../src/lib/mmm/fit';
import type { MixTable, MmmOptions } from '../../../src/lib/mmm/types';
import { FIVE, simulate } from './simulate';

const QUICK: Partial<MmmOptions> = { evalsPerDim: 30, bootstrap: 3 };
const small = (seed: number, weeks: number, channels: number) => simulate(seed, weeks, FIVE.slice(0, channels)).table;
const arbTable = fc.record({ seed: fc.integer({ min: 1, max: 1e6 }), weeks: fc.integer({ min: 40, max: 80 }), channels: fc.integer({ min: 1, max: 3 }) })
  .map(({ seed, weeks, channels }) => small(seed, weeks, channels));

const copy = (t: MixTable): MixTable => ({
  weeks: t.weeks.slice(), outcome: t.outcome.slice(),
  channels: t.channels.map((c) => ({ name: c.name, spend: c.spend.slice() })),
  controls: t.controls.map((c) => ({ ...c, values: c.values.slice() })),
});

describe('fitMmm() properties', () => {
  it('keeps every media coefficient and contribution at or above 0, in the point fit and every draw', () => {
    fc.assert(fc.property(arbTable, fc.integer({ min: 1, max: 100 }), (table, seed) => {
      const r = fitMmm(table, { ...QUICK, seed });
      for (const c of r.channels) {
        expect(c.beta).toBeGreaterThanOrEqual(0);
        expect(c.contribution).toBeGreaterThanOrEqual(0);
      }
      for (const d of r.draws) for (const b of d.beta) expect(b).toBeGreaterThanOrEqual(0);
      for (const cc of r.series.contributions) for (const v of cc) expect(v).toBeGreaterThanOrEqual(0);
    }), { numRuns: 5 });
  }, 60_000);

  it('adds baseline and contributions up to the fitted values, week by week and in total', () => {
    fc.assert(fc.property(arbTable, (table) => {
      const r = fitMmm(table, QUICK);
      const { fitted, baseline, contributions } = r.series;
      fitted.forEach((f, t) => {
        const parts = baseline[t] + contributions.reduce((s, cc) => s + cc[t], 0);
        expect(Math.abs(parts - f)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(f)));
      });
      const total = fitted.reduce((a, b) => a + b, 0);
      expect(r.baseline.share + r.channels.reduce((s, c) => s + c.share, 0)).toBeCloseTo(1, 9);
      expect(r.baseline.contribution + r.channels.reduce((s, c) => s + c.contribution, 0)).toBeCloseTo(total, 6);
    }), { numRuns: 5 });
  }, 60_000);

  it('gives the same result for the same table and seed, and does not mutate the table', () => {
    fc.assert(fc.property(arbTable, fc.integer({ min: 1, max: 100 }), (table, seed) => {
      const before = copy(table);
      const a = fitMmm(table, { ...QUICK, seed }), b = fitMmm(copy(table), { ...QUICK, seed });
      expect(b).toEqual(a);
      expect(table).toEqual(before);
    }), { numRuns: 3 });
  }, 60_000);

  it('changes nothing when a channel with zero spend is added anywhere', () => {
    fc.assert(fc.property(arbTable, fc.nat(), (table, at) => {
      const zero = { name: 'radio', spend: new Float64Array(table.weeks.length) };
      const channels = table.channels.slice();
      channels.splice(at % (channels.length + 1), 0, zero);
      const a = fitMmm(table, QUICK), b = fitMmm({ ...table, channels }, QUICK);
      expect(b.skipped).toEqual(['radio']);
      expect(b.warnings).toContainEqual({ key: 'mmm.zeroSpend', params: { channel: 'radio' } });
      expect({ ...b, skipped: [], warnings: [] }).toEqual({ ...a, skipped: [], warnings: [] });
      expect(b.warnings.filter((w) => w.key !== 'mmm.zeroSpend')).toEqual(a.warnings);
    }), { numRuns: 4 });
  }, 60_000);
});

describe('fitMmm() input checks', () => {
  const t = small(1, 60, 2);
  it('throws when a series does not match the weeks, naming it', () => {
    expect(() => fitMmm({ ...t, channels: [{ name: 'tv', spend: new Float64Array(3) }] })).toThrow('channel tv has 3 values for 60 weeks');
  });
  it('throws for negative spend and for values that are not finite', () => {
    expect(() => fitMmm({ ...t, channels: [{ name: 'tv', spend: new Float64Array(60).fill(-1) }] })).toThrow('spend must not be negative');
    expect(() => fitMmm({ ...t, outcome: new Float64Array(60).fill(NaN) })).toThrow('not a finite number');
  });
  it('stops with an error when shouldStop() says so, and reports progress up to the stop', () => {
    const seen: number[] = [];
    expect(() => fitMmm(t, QUICK, { onProgress: (p) => seen.push(p.done), shouldStop: () => seen.length >= 3 })).toThrow('MMM fit cancelled');
    expect(seen.length).toBe(3);
    const all: number[] = [];
    fitMmm(t, QUICK, { onProgress: (p) => all.push(p.done) });
    expect(all.at(-1)).toBe(1);
    expect(all.every((v, i) => i === 0 || v >= all[i - 1])).toBe(true);
  });
});
