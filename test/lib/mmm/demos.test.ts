// The three anchor tools' demo tables load untouched, fit without error, and their warnings match the data.
import { describe, expect, it } from 'vitest';
import { allocateMmm } from '../../../src/lib/mmm/allocate';
import { correlation, FLAT_CV, variation } from '../../../src/lib/mmm/checks';
import { fitMmm } from '../../../src/lib/mmm/fit';
import { english } from '../../../src/lib/messages';
import { buildMixTable } from '../../../src/lib/mmm/table';
import type { MixTable, MmmResult } from '../../../src/lib/mmm/types';
import { DEMOS, readDemo } from './demo';

/** Every data warning is there exactly when the data says so. */
function warningsMatchData(table: MixTable, r: MmmResult) {
  const keys = r.warnings.map((w) => w.key);
  expect(keys.includes('mmm.shortData')).toBe(table.weeks.length < 52);
  const grouped = r.warnings.flatMap((w) => (w.key === 'mmm.grouped' ? [w.params.channels] : []));
  const spend = (name: string) => table.channels.find((c) => c.name === name)!.spend;
  for (const a of table.channels) {
    for (const b of table.channels) {
      if (a === b) continue;
      const together = grouped.some((g) => g.includes(a.name) && g.includes(b.name));
      if (Math.abs(correlation(a.spend, b.spend)) > 0.8) expect(together).toBe(true);
    }
  }
  for (const g of grouped) expect(g.some((a) => g.some((b) => a !== b && Math.abs(correlation(spend(a), spend(b))) > 0.8))).toBe(true);
  for (const c of r.channels) {
    const flat = r.warnings.some((w) => w.key === 'mmm.flatSpend' && w.params.channel === c.name);
    expect(flat).toBe(variation(c.members.reduce((s, m) => s.map((v, t) => v + spend(m)[t]), new Float64Array(table.weeks.length))) < FLAT_CV);
  }
  for (const w of r.warnings) expect(english(w).length).toBeGreaterThan(10);
}

const fits = new Map<string, { table: MixTable; result: MmmResult; notes: string[] }>();
function fitDemo(file: string) {
  if (!fits.has(file)) {
    const read = buildMixTable(readDemo(file));
    expect(read.problems).toEqual([]);
    const table = read.table!;
    fits.set(file, { table, result: fitMmm(table, { bootstrap: 10 }), notes: read.notes.map((n) => n.key) });
  }
  return fits.get(file)!;
}

function sane(r: MmmResult) {
  for (const c of r.channels) {
    expect(Number.isFinite(c.roi) && c.roi >= 0).toBe(true);
    expect(c.roiInterval!.low).toBeLessThanOrEqual(c.roiInterval!.high);
    expect(Number.isFinite(c.mroi)).toBe(true);
  }
  expect(r.fit.holdoutMape).not.toBeNull();
  const a = allocateMmm(r);
  expect(a.recommendedResponse).toBeGreaterThanOrEqual(a.currentResponse - 1e-9 * a.currentResponse);
}

describe('demo tables', () => {
  it("Robyn's dt_simulated_weekly: 208 weeks, five spend channels, exposures kept out, named events split", () => {
    const { table, result, notes } = fitDemo(DEMOS.robyn);
    expect(table.weeks.length).toBe(208);
    expect(table.channels.map((c) => c.name)).toEqual(['tv', 'ooh', 'print', 'search', 'facebook']);
    expect(table.controls.map((c) => c.name)).toEqual(['competitor_sales_B', 'events: event1', 'events: event2', 'newsletter']);
    expect(notes).toEqual(['mmm.eventLevels']);
    expect(result.fit.r2).toBeGreaterThan(0.85);
    warningsMatchData(table, result);
    sane(result);
  }, 60_000);

  it("Meridian's national table: conversions times revenue per conversion, four channels, two controls", () => {
    const { table, result, notes } = fitDemo(DEMOS.meridianNational);
    expect(table.weeks.length).toBe(156);
    expect(table.channels.map((c) => c.name)).toEqual(['Channel0', 'Channel1', 'Channel2', 'Channel3']);
    expect(notes).toEqual(['mmm.valuePerOutcome']);
    expect(table.outcome[0]).toBeCloseTo(162516020 * 0.03494261, 0);
    warningsMatchData(table, result);
    sane(result);
  }, 60_000);

  it("Meridian's geo table: 20 geos summed to national with a note; the constant population is left out", () => {
    const { table, result, notes } = fitDemo(DEMOS.meridianGeo);
    expect(table.weeks.length).toBe(156);
    expect(notes).toEqual(expect.arrayContaining(['mmm.geoSummed', 'mmm.valuePerOutcome']));
    expect(result.warnings).toContainEqual({ key: 'mmm.constantControl', params: { name: 'population' } });
    warningsMatchData(table, result);
    sane(result);
  }, 60_000);

  it("PyMC-Marketing's mmm_example: x1 and x2 read as spend with a note, its time-index columns ignored", () => {
    const { table, result, notes } = fitDemo(DEMOS.pymc);
    expect(table.weeks.length).toBe(179);
    expect(table.channels.map((c) => c.name)).toEqual(['x1', 'x2']);
    expect(table.controls.map((c) => c.kind)).toEqual(['event', 'event']);
    expect(notes).toEqual(expect.arrayContaining(['mmm.timeIndexIgnored', 'mmm.spendGuessed']));
    expect(result.fit.r2).toBeGreaterThan(0.85);
    warningsMatchData(table, result);
    sane(result);
  }, 60_000);
});
