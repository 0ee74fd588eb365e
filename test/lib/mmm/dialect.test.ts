// The same simulated data written as a Finnish spreadsheet (';', '1 234,56', d.m.yyyy, Finnish headers) reads into
// the same table and fits to the same numbers as the table itself.
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { fitMmm } from '../../../src/lib/mmm/fit';
import { buildMixTable } from '../../../src/lib/mmm/table';
import type { MixTable } from '../../../src/lib/mmm/types';
import { simulate } from './simulate';

/** 1234567.891 -> "1 234 567,891" (every digit kept, so the numbers survive exactly). */
const fi = (v: number) => {
  const [int, frac] = String(v).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return frac ? `${grouped},${frac}` : grouped;
};
const fiDate = (iso: string) => { const [y, m, d] = iso.split('-').map(Number); return `${d}.${m}.${y}`; };

function finnishCsv(t: MixTable): string {
  const headers = ['Viikko', 'Liikevaihto', ...t.channels.map((c) => `${c.name} kulut`), 'kysyntä', 'pyhäpäivä'];
  const rows = t.weeks.map((w, i) => [fiDate(w), fi(t.outcome[i]), ...t.channels.map((c) => fi(c.spend[i])), ...t.controls.map((c) => fi(c.values[i]))]);
  return Papa.unparse([headers, ...rows], { delimiter: ';' });
}

describe('a Finnish spreadsheet of the simulated data', () => {
  it('reads into the same weeks, outcome, spend and controls, and fits to the same numbers', () => {
    const { table } = simulate(4, 80);
    const csv = finnishCsv(table);
    expect(csv.split('\n')[1]).toMatch(/^3\.1\.2022;\d{3} \d{3},\d+;/);
    const parsed = Papa.parse<string[]>(csv, { delimiter: ';' }).data;
    const read = buildMixTable({ headers: parsed[0], rows: parsed.slice(1) });
    expect(read.problems).toEqual([]);
    const t = read.table!;
    expect(t.weeks).toEqual(table.weeks);
    expect(t.outcome).toEqual(table.outcome);
    expect(t.channels).toEqual(table.channels);
    expect(t.controls.map((c) => [c.kind, c.values])).toEqual(table.controls.map((c) => [c.kind, c.values]));
    const quick = { evalsPerDim: 30, bootstrap: 2 };
    const a = fitMmm(t, quick), b = fitMmm(table, quick);
    expect(a.channels).toEqual(b.channels);
    expect(a.fit).toEqual(b.fit);
  }, 30_000);
});
