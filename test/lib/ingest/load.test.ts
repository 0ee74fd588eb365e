import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadBytes, remapDataset, type Dataset, type LoadResult } from '../../../src/lib/ingest/load';
import { touchesOf } from '../../../src/lib/journeys/store';
import { CHANNELATTRIBUTION_PATHS } from '../../shared';
import { english } from '../../../src/lib/messages';

const enc = (s: string) => new TextEncoder().encode(s);
const fixture = (name: string) => new Uint8Array(readFileSync(`test/fixtures/${name}`));

function utf16le(text: string, bom = true): Uint8Array {
  const out = new Uint8Array((bom ? 2 : 0) + text.length * 2);
  if (bom) out.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    out[(bom ? 2 : 0) + 2 * i] = text.charCodeAt(i) & 0xff;
    out[(bom ? 2 : 0) + 2 * i + 1] = text.charCodeAt(i) >> 8;
  }
  return out;
}

function ok(result: LoadResult): Dataset {
  if (!result.ok) throw new Error(`expected a dataset, got ${result.problem.code}: ${result.problem.message}`);
  return result.dataset;
}

describe('loadBytes()', () => {
  it('reads the ChannelAttribution path table with its published totals', async () => {
    const s = ok(await loadBytes('paths.csv', new Uint8Array(readFileSync(CHANNELATTRIBUTION_PATHS)))).summary;
    expect(s).toMatchObject({ kind: 'paths', delimiter: ';', rows: 10_000, usedRows: 10_000, mappingProblem: null });
    if (s.stats.type !== 'journeys') throw new Error('expected journey stats');
    expect(s.stats.conversions).toBe(19_785);
    expect(s.stats.nulls).toBe(68_602);
    expect(s.stats.conversionValue).toBeCloseTo(74_802.97158721, 6);
    expect(s.stats.journeys).toBe(19_785 + 68_602);
    expect(s.stats.channels).toHaveLength(12);
  });

  it('reads a Finnish Excel file: Windows-1252, semicolons, decimal commas, euro signs, a total row', async () => {
    const s = ok(await loadBytes('fi.csv', fixture('fi-spend-cp1252.csv'))).summary;
    expect(s).toMatchObject({ kind: 'spend', encoding: 'windows-1252', delimiter: ';', decimal: ',', rows: 4 });
    expect(s.issues.byReason).toEqual({ footer: 1 });
    expect(s.issues.first[0]).toMatchObject({ row: 6, reason: 'footer', value: 'Yhteensä' });
    if (s.stats.type !== 'spend') throw new Error('expected spend stats');
    expect(s.stats.total).toBeCloseTo(1234.56 + 2345.1 + 5000 + 120.5, 9);
    expect(s.stats.channels.map((c) => c.name)).toContain('Sähköposti');
    expect(s.stats.channels.find((c) => c.name === 'Google Ads')?.impressions).toBe(120_500);
  });

  it('reads Google Ads "Excel CSV": UTF-16LE with BOM, tabs, a title and date line, total rows', async () => {
    const text = 'Campaign report\r\nJanuary 1, 2026 - January 31, 2026\r\nCampaign\tDay\tCost\tClicks\r\nBrand\t2026-01-01\t1,033.33\t100\r\nGeneric\t2026-01-02\t--\t9\r\nTotal: Account\t\t1,033.33\t109\r\n';
    const s = ok(await loadBytes('ads.csv', utf16le(text))).summary;
    expect(s).toMatchObject({ kind: 'spend', encoding: 'utf-16le', bom: true, delimiter: '\t', headerRow: 3, rows: 2 });
    expect(s.issues.byReason).toEqual({ preamble: 2, missing_value: 1, footer: 1 });
    expect(s.issues.first.find((i) => i.reason === 'missing_value')).toEqual({ row: 5, column: 'Cost', value: '--', reason: 'missing_value' });
    if (s.stats.type !== 'spend') throw new Error('expected spend stats');
    expect(s.stats.total).toBeCloseTo(1033.33, 9);
    // The Generic row has no cost and is skipped, so its date is not in the range.
    expect(s.dateRange).toEqual([Date.UTC(2026, 0, 1), Date.UTC(2026, 0, 1)]);
  });

  it('reads Finnish touchpoints with "klo" times and splits journeys at conversions', async () => {
    const text = '\uFEFFasiakas;aikaleima;kanava;vaihe;kauppa;arvo\n' +
      'A;1.2.2025 klo 9.05;LinkedIn;liidi;0;\n' +
      'A;3.2.2025 klo 14.30;Sähköposti;MQL;0;\n' +
      'A;5.2.2025 klo 10.00;Webinaari;mahdollisuus;1;12 500,00\n' +
      'A;9.2.2025 klo 10.00;Suora;;0;\n' +
      'B;2.2.2025 klo 8.00;Haku;liidi;0;\n';
    const d = ok(await loadBytes('fi-touch.csv', enc(text)));
    expect(d.summary).toMatchObject({ kind: 'touchpoints', encoding: 'utf-8', bom: true, delimiter: ';', mappingProblem: null });
    if (d.data.kind !== 'touchpoints') throw new Error('expected journeys');
    const journeys = d.data.journeys;
    expect(journeys.journeys.map((j) => [j.id, j.end - j.start, j.conversions, j.value, j.nulls])).toEqual([
      ['A', 3, 1, 12_500, 0],
      ['A', 1, 0, 0, 1],
      ['B', 1, 0, 0, 1],
    ]);
    expect(journeys.journeys[0].conversionTime).toBe(Date.UTC(2025, 1, 5, 10, 0));
    expect(d.summary.stats).toMatchObject({ journeys: 2, conversions: 1, conversionValue: 12_500 });
  });

  it('maps GA4 BigQuery rows: epoch microseconds and source/medium grouped into channels', async () => {
    const text = 'user_pseudo_id,event_timestamp,event_name,source,medium,campaign\n' +
      'u1,1735689600000000,page_view,google,organic,(organic)\n' +
      'u1,1735693200000000,page_view,linkedin.com,cpc,brand\n' +
      'u1,1735696800000000,purchase,(direct),(none),(direct)\n';
    const d = ok(await loadBytes('ga4.csv', enc(text)));
    expect(d.summary.kind).toBe('touchpoints');
    if (d.data.kind !== 'touchpoints') throw new Error('expected journeys');
    const set = d.data.journeys;
    expect(touchesOf(set, set.journeys[0]).map((t) => set.channels[t.channel])).toEqual(['Organic Search', 'Paid Social', 'Direct']);
    expect(set.journeys[0].conversions).toBe(1);
    expect(set.touches.time[set.journeys[0].start]).toBe(Date.UTC(2025, 0, 1));
  });

  it('reports row problems as data with row, column, value and reason, and skips those rows', async () => {
    const text = 'contact_id,timestamp,channel,converted,deal_value\n' +
      'c1,2025-01-01,Email,0,\n' +
      'c1,not a date,Direct,0,\n' +
      ',2025-01-03,Email,0,\n' +
      'c2,2025-01-04,Webinar,1,12x\n' +
      'c2,2025-01-05,Webinar,maybe,\n' +
      'c3,2025-01-06,,0,\n';
    const s = ok(await loadBytes('bad-rows.csv', enc(text))).summary;
    expect(s.rows).toBe(6);
    expect(s.usedRows).toBe(1);
    expect(s.issues.first).toEqual([
      { row: 3, column: 'timestamp', value: 'not a date', reason: 'not_a_date' },
      { row: 4, column: 'contact_id', value: '', reason: 'missing_value' },
      { row: 5, column: 'deal_value', value: '12x', reason: 'not_a_number' },
      { row: 6, column: 'converted', value: 'maybe', reason: 'not_a_flag' },
      { row: 7, column: 'channel', value: '', reason: 'missing_value' },
    ]);
    expect(s.issues.byReason).toEqual({ not_a_date: 1, missing_value: 2, not_a_number: 1, not_a_flag: 1 });
  });

  it.each([
    ['empty.csv', new Uint8Array(0), 'empty'],
    ['header.csv', enc('a,b,c\n'), 'header_only'],
    ['book.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0, 0, 0, 0, 0]), 'binary'],
    ['old.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]), 'binary'],
    ['quote.csv', enc('a,b\n1,"2\n3,4\n'), 'unmatched_quotes'],
  ])('refuses %s with a sentence that names the file (%s)', async (name, bytes, code) => {
    const result = await loadBytes(name, bytes);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.code).toBe(code);
    expect(english(result.problem.message)).toContain(name);
  });

  it('loads a file of unknown kind with a mapping problem instead of failing', async () => {
    const s = ok(await loadBytes('misc.csv', enc('foo,bar\n1,2\n'))).summary;
    expect(s.kind).toBe('unknown');
    expect(s.mappingProblem && english(s.mappingProblem)).toMatch(/column mapper/);
  });

  it('honours encoding, delimiter and remembered mapping overrides', async () => {
    const bytes = enc('a;b\nx;1\n');
    const s = ok(await loadBytes('o.csv', bytes, { delimiter: ',', encoding: 'windows-1252' })).summary;
    expect(s).toMatchObject({ delimiter: ',', encoding: 'windows-1252' });
    expect(s.columns.map((c) => c.name)).toEqual(['a;b']);
    const first = ok(await loadBytes('p.csv', enc('name,count\nEmail,3\n'))).summary;
    const remembered = { [first.headerKey]: { kind: 'spend' as const, mapping: ['channel', 'spend'] as const } };
    const again = ok(await loadBytes('p.csv', enc('name,count\nEmail,3\n'), { remembered: { [first.headerKey]: { ...remembered[first.headerKey], mapping: [...remembered[first.headerKey].mapping] } } })).summary;
    expect(again.kind).toBe('spend');
    expect(again.stats).toMatchObject({ type: 'spend', total: 3 });
  });

  it('reports progress and stops when cancelled', async () => {
    const text = 'contact_id,timestamp,channel\n' + Array.from({ length: 60_000 }, (_, i) => `c${i % 500},2025-01-01T00:00:${String(i % 60).padStart(2, '0')}Z,Email`).join('\n');
    const fractions: number[] = [];
    ok(await loadBytes('big.csv', enc(text), { onProgress: (p) => fractions.push(p.fraction) }));
    expect(fractions.at(-1)).toBe(1);
    expect(fractions.every((f, i) => i === 0 || f >= fractions[i - 1])).toBe(true);
    let calls = 0;
    const cancelled = await loadBytes('big.csv', enc(text), { onProgress: () => calls++, isCancelled: () => calls > 1, pauseBetweenChunks: () => Promise.resolve() });
    expect(cancelled.ok === false && cancelled.problem.code).toBe('cancelled');
  });

  it('does not mutate its input bytes', async () => {
    const bytes = fixture('fi-spend-cp1252.csv');
    const before = bytes.slice();
    await loadBytes('fi.csv', bytes);
    expect(bytes).toEqual(before);
  });
});

describe('remapDataset()', () => {
  it('applies a kind and roles the user chose without touching the original dataset', async () => {
    const d = ok(await loadBytes('m.csv', enc('who,where,amount\nc1,Email,5\nc2,Direct,7\n')));
    const before = JSON.stringify(d.summary);
    const spend = remapDataset(d, 'spend', ['ignore', 'channel', 'spend']);
    expect(spend.summary.kind).toBe('spend');
    expect(spend.summary.stats).toMatchObject({ type: 'spend', total: 12 });
    expect(JSON.stringify(d.summary)).toBe(before);
    const missing = remapDataset(d, 'touchpoints', ['ignore', 'channel', 'ignore']);
    expect(missing.summary.mappingProblem && english(missing.summary.mappingProblem)).toMatch(/journey id/);
  });
});
