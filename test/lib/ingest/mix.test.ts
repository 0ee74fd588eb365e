// Wide marketing-mix tables through the loader: the demo files of Robyn, Meridian and PyMC-Marketing load untouched
// as marketing_mix, into the same weeks the model's own reader makes, and the column mapper can change every role.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadBytes, remapDataset, type Dataset, type LoadResult } from '../../../src/lib/ingest/load';
import { buildMixTable } from '../../../src/lib/mmm/table';
import { rolesForKind } from '../../../src/lib/schema/detect';
import type { DatasetData } from '../../../src/lib/types';
import { DEMO_DIR, DEMOS, readDemo } from '../mmm/demo';

const enc = (s: string) => new TextEncoder().encode(s);

function ok(result: LoadResult): Dataset {
  if (!result.ok) throw new Error(`expected a dataset, got ${result.problem.code}`);
  return result.dataset;
}
const demo = async (file: string) => ok(await loadBytes(file, new Uint8Array(readFileSync(DEMO_DIR + file))));
const mix = (d: Dataset): Extract<DatasetData, { kind: 'marketing_mix' }> => {
  if (d.data.kind !== 'marketing_mix') throw new Error(`expected marketing_mix, got ${d.data.kind}`);
  return d.data;
};
const keys = (d: Dataset) => d.summary.warnings.map((w) => w.key);

describe('marketing_mix datasets', () => {
  it.each(Object.entries(DEMOS))('%s loads untouched as marketing_mix, into the weeks the model reads from it', async (_, file) => {
    const d = await demo(file);
    expect(d.summary.kind).toBe('marketing_mix');
    expect(d.summary.mappingProblem).toBeNull();
    const read = buildMixTable(readDemo(file));
    expect(mix(d).table).toEqual(read.table);
    for (const n of read.notes) expect(d.summary.warnings).toContainEqual(n);
  });

  it('summarises weeks, channels, outcome and the date range', async () => {
    const d = await demo(DEMOS.robyn);
    const stats = d.summary.stats;
    if (stats.type !== 'marketing_mix') throw new Error(stats.type);
    expect(stats.weeks).toBe(208);
    expect(stats.outcome).toBe('revenue');
    expect(stats.channels.map((c) => c.name)).toEqual(['tv', 'ooh', 'print', 'search', 'facebook']);
    expect(stats.firstWeek).toBe('2015-11-23');
    expect(d.summary.dateRange).toEqual([Date.UTC(2015, 10, 23), Date.parse(stats.lastWeek)]);
    expect(d.summary.columns.find((c) => c.name === 'facebook_I')?.role).toBe('exposure');
    expect(d.summary.columns.find((c) => c.name === 'competitor_sales_B')?.role).toBe('control');
    expect(d.summary.columns.find((c) => c.name === 'events')?.role).toBe('event');
  });

  it('says when geos are summed and daily rows become weeks', async () => {
    expect(keys(await demo(DEMOS.meridianGeo))).toContain('mmm.geoSummed');
    const days = ['date,revenue,tv_spend,search_spend'];
    for (let i = 0; i < 70; i++) days.push(`${new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10)},${100 + i},${10 + (i % 3)},${5 + (i % 5)}`);
    const d = ok(await loadBytes('daily.csv', enc(days.join('\n'))));
    expect(d.summary.kind).toBe('marketing_mix');
    expect(mix(d).table.weeks.length).toBe(10);
    expect(keys(d)).toContain('mmm.dailySummed');
  });

  it('reads the Finnish dialect (semicolons, decimal commas, d.m.yyyy) and Finnish headers', async () => {
    const rows = ['Päivämäärä;Myynti;Google kulut;Meta kulut;Hinta'];
    for (let i = 0; i < 30; i++) rows.push(`${new Date(Date.UTC(2024, 0, 1 + 7 * i)).toISOString().slice(0, 10).split('-').reverse().map(Number).join('.')};${1000 + i},5;${20 + (i % 4)},25;${10 + (i % 3)};${9 + (i % 2)},9`);
    const d = ok(await loadBytes('fi.csv', enc(rows.join('\n'))));
    expect(d.summary.kind).toBe('marketing_mix');
    const t = mix(d).table;
    expect(t.channels.map((c) => c.name)).toEqual(['Google', 'Meta']);
    expect(t.outcome[0]).toBe(1000.5);
    expect(t.channels[0].spend[1]).toBe(21.25);
    expect(t.weeks[0]).toBe('2024-01-01');
    expect(t.controls).toEqual([expect.objectContaining({ name: 'Hinta', kind: 'control' })]);
  });

  it('leaves the other kinds alone: a long spend file stays spend', async () => {
    const long = ok(await loadBytes('spend.csv', enc('date,channel,spend\n2024-01-01,tv,100\n2024-01-08,tv,120\n2024-01-01,search,50\n')));
    expect(long.summary.kind).toBe('spend');
    const unknown = ok(await loadBytes('x.csv', enc('a,b\n1,2\n')));
    expect(unknown.summary.kind).toBe('unknown');
  });

  it('lets the mapper set any role: outcome, spend, exposure, control, event, date, geo, ignore', async () => {
    expect(rolesForKind('marketing_mix')).toEqual(expect.arrayContaining(['outcome', 'spend', 'exposure', 'control', 'event', 'date', 'geo', 'ignore']));
    const d = await demo(DEMOS.robyn);
    const mapping = d.summary.columns.map((c) => c.role);
    const at = (name: string) => d.summary.columns.findIndex((c) => c.name === name);
    const changed = [...mapping];
    changed[at('newsletter')] = 'ignore';
    changed[at('print_S')] = 'exposure';
    changed[at('facebook_I')] = 'spend';
    const r = remapDataset(d, 'marketing_mix', changed);
    expect(r.summary.mappingProblem).toBeNull();
    const t = mix(r).table;
    expect(t.channels.map((c) => c.name)).toEqual(['tv', 'ooh', 'facebook_I', 'search', 'facebook']);
    expect(t.controls.map((c) => c.name)).not.toContain('newsletter');
    // The kind's notes are not added twice by a remap.
    expect(r.summary.warnings).toEqual(remapDataset(r, 'marketing_mix', changed).summary.warnings);
    const noOutcome = [...mapping];
    noOutcome[at('revenue')] = 'ignore';
    expect(remapDataset(d, 'marketing_mix', noOutcome).summary.mappingProblem?.key).toBe('mapping.missing');
    // Another kind and back: the guess comes back.
    const back = remapDataset(remapDataset(d, 'spend'), 'marketing_mix');
    expect(mix(back).table).toEqual(mix(d).table);
  });
});
