// Exports as they come, in real Chromium: a zipped CSV, a gzipped CSV, an .xlsx workbook (and its second sheet),
// a Parquet file DuckDB wrote, and the platform-against-log table once a platform report and a log are both loaded.
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DuckDBInstance } from '@duckdb/node-api';
import type { Page } from 'playwright-core';
import { openPage, settled, useApp, SHOTS } from './harness';
import { serial, workbook, zip } from '../lib/parsing/xlsx-fixture';

const app = useApp();
const dir = mkdtempSync(join(tmpdir(), 'mittari-files-e2e-'));
const path = (name: string) => join(dir, name);

/** A daily Google Ads report by channel with its conversions: 2 + 3 + 4 Google Ads, 5 Meta Ads in 1–3 Mar. */
const ADS = 'Day,Channel,Cost,Clicks,Conversions\n2026-03-01,Google Ads,10,5,2\n2026-03-02,Google Ads,12,6,3\n2026-03-03,Google Ads,9,4,4\n2026-03-02,Meta Ads,20,9,5\n';
/** Last touches: Google Ads twice, Meta Ads once, Email once, all in 1–3 Mar. */
const LOG = `contact_id,timestamp,channel,converted
c1,2026-03-01T09:00:00Z,Google Ads,1
c2,2026-03-01T10:00:00Z,Meta Ads,0
c2,2026-03-02T10:00:00Z,Google Ads,1
c3,2026-03-02T11:00:00Z,Meta Ads,1
c4,2026-03-03T11:00:00Z,Email,1
`;

beforeAll(async () => {
  writeFileSync(path('ads-report.zip'), zip([{ name: 'google-ads.csv', text: ADS }]));
  writeFileSync(path('touchpoints.csv.gz'), gzipSync(LOG));
  writeFileSync(path('hubspot-export.xlsx'), workbook([
    { name: 'All deals', rows: [['Record ID', 'Deal Name', 'Deal Stage', 'Close Date', 'Amount'], [9001, 'Acme', 'Closed won', { date: serial('2026-03-02') }, 12500], [9002, 'Beta', 'Closed lost', { date: serial('2026-03-03') }, 4000]] },
    { name: 'Ad spend', rows: [['Day', 'Channel', 'Cost'], [{ date: serial('2026-03-01') }, 'LinkedIn Ads', 250.5], [{ date: serial('2026-03-02') }, 'LinkedIn Ads', 199.5]] },
  ]));
  const instance = await DuckDBInstance.create(':memory:');
  const con = await instance.connect();
  await con.run(`COPY (SELECT * FROM (VALUES
      (123456789012345678::BIGINT, TIMESTAMP '2026-03-01 10:15:00', 'google', 'cpc', 'page_view'),
      (123456789012345678::BIGINT, TIMESTAMP '2026-03-02 08:00:30', 'newsletter', 'email', 'purchase'),
      (223456789012345678::BIGINT, TIMESTAMP '2026-03-03 12:00:00', 'linkedin', 'paid_social', 'page_view')
    ) AS t(user_pseudo_id, event_timestamp, source, medium, event_name)) TO '${path('ga4-export.parquet')}' (FORMAT parquet, COMPRESSION snappy)`);
  con.closeSync();
  instance.closeSync();
});

/** The dataset list's row of a file, once it is there. */
async function rowOf(page: Page, file: string): Promise<string> {
  const row = page.getByRole('row').filter({ hasText: file });
  await expect.poll(() => row.count(), { timeout: 30_000 }).toBe(1);
  return row.innerText();
}

describe('files from the wild', () => {
  it('loads a zipped and a gzipped CSV, and sets the platform\'s conversions against the log\'s', async () => {
    const { page, errors, outside } = await openPage(app());
    await page.getByLabel('Add CSV files').setInputFiles([path('ads-report.zip'), path('touchpoints.csv.gz')]);
    expect(await rowOf(page, 'google-ads.csv')).toContain('Spend');
    expect(await rowOf(page, 'touchpoints.csv')).toContain('Touchpoints');
    await settled(page);
    const table = page.getByRole('table', { name: /^Conversions in google-ads\.csv and touchpoints\.csv/ });
    await expect.poll(() => table.count()).toBe(1);
    // Google Ads: 9 reported, 2 last touches; Meta Ads: 5 and 1. Totals 14 and 3.
    expect(await table.getByRole('row', { name: /^Google Ads/ }).innerText()).toMatch(/Google Ads\s+9\s+2\s+\+7\s+4\.50×/);
    expect(await table.getByRole('row', { name: /^Meta Ads/ }).innerText()).toMatch(/Meta Ads\s+5\s+1\s+\+4\s+5\.00×/);
    expect(await table.getByRole('row', { name: /^Total/ }).innerText()).toMatch(/Total\s+14\s+3\s+\+11\s+4\.67×/);
    expect(await page.getByText(/From 2026-03-01 to 2026-03-03, the days both files cover/).count()).toBe(1);
    await page.screenshot({ path: join(SHOTS, 'files-reconcile.png'), fullPage: true });
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
  });

  it('reads an .xlsx workbook\'s first sheet, then its second sheet picked in the data view', async () => {
    const { page, errors } = await openPage(app());
    await page.getByLabel('Add CSV files').setInputFiles(path('hubspot-export.xlsx'));
    const first = await rowOf(page, 'hubspot-export.xlsx: All deals');
    expect(first).toContain('Deals');
    expect(first).toContain('Excel · sheet All deals');
    await settled(page);
    const picker = page.getByRole('combobox', { name: /^Sheet\b/ });
    expect(await picker.inputValue()).toBe('All deals');
    await picker.selectOption('Ad spend');
    const second = await rowOf(page, 'hubspot-export.xlsx: Ad spend');
    expect(second).toContain('Spend');
    await settled(page);
    expect(await page.getByRole('row').filter({ hasText: 'All deals' }).count()).toBe(0);
    await expect.poll(() => page.getByText('450.00').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(SHOTS, 'files-xlsx.png'), fullPage: true });
    expect(errors).toEqual([]);
  });

  it('reads a Parquet file as touchpoints, its 64-bit ids as text', async () => {
    const { page, errors } = await openPage(app());
    await page.getByLabel('Add CSV files').setInputFiles(path('ga4-export.parquet'));
    const row = await rowOf(page, 'ga4-export.parquet');
    expect(row).toContain('Touchpoints');
    expect(row).toContain('Parquet');
    await settled(page);
    await expect.poll(() => page.getByText('123456789012345678').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });
});
