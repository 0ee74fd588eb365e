// The data workspace in real Chromium: example data, a Finnish Excel file, a broken file, cancel, privacy.
import { describe, expect, it } from 'vitest';
import { openPage, useApp, SHOTS } from './harness';
import { join } from 'node:path';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';

const app = useApp();
const shots = SHOTS;

describe('data workspace', () => {
  it('loads the example data with one click and shows its datasets and totals', async () => {
    const { page, outside, errors } = await openPage(app());
    await page.getByRole('button', { name: 'Load example data' }).click();
    const list = page.getByRole('table').filter({ hasText: 'example-touchpoints.csv' }).first();
    await expect.poll(() => list.locator('tbody tr').count(), { timeout: 30_000 }).toBe(8);
    await expect.poll(() => page.getByText('Touches by channel').count()).toBe(1);
    await page.screenshot({ path: join(shots, 'example.png'), fullPage: true });
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('reads a semicolon, decimal-comma, Windows-1252 Excel file with the right totals', async () => {
    const { page, errors } = await openPage(app());
    await page.getByLabel('Add CSV files').setInputFiles('test/fixtures/fi-spend-cp1252.csv');
    const row = page.getByRole('row').filter({ hasText: 'fi-spend-cp1252.csv' });
    await expect.poll(() => row.count(), { timeout: 20_000 }).toBe(1);
    const text = await row.innerText();
    expect(text).toContain('Spend');
    expect(text).toContain('WINDOWS-1252');
    expect(text).toContain('semicolon');
    // 1 234,56 + 2 345,10 + 5 000,00 + 120,5; the "Yhteensä" total row is skipped, not added.
    await expect.poll(() => page.getByText('8,700.16').count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByRole('cell', { name: 'Sähköposti', exact: true }).count()).toBe(1);
    await page.screenshot({ path: join(shots, 'mapper.png'), fullPage: true });
    expect(errors).toEqual([]);
  });

  it('explains a broken file and keeps the datasets loaded before it', async () => {
    const { page } = await openPage(app());
    await page.getByLabel('Add CSV files').setInputFiles('test/fixtures/fi-spend-cp1252.csv');
    await expect.poll(() => page.getByRole('row').filter({ hasText: 'fi-spend-cp1252.csv' }).count(), { timeout: 20_000 }).toBe(1);
    await page.getByLabel('Add CSV files').setInputFiles(['test/fixtures/workbook.xlsx', 'test/fixtures/unclosed-quote.csv']);
    const alerts = page.getByRole('alert');
    await expect.poll(() => alerts.count(), { timeout: 20_000 }).toBe(2);
    expect(await alerts.nth(0).innerText()).toMatch(/workbook\.xlsx.*save it as CSV/s);
    expect(await alerts.nth(1).innerText()).toMatch(/unclosed-quote\.csv.*row 2/s);
    expect(await page.getByRole('row').filter({ hasText: 'fi-spend-cp1252.csv' }).count()).toBe(1);
    expect(await page.getByText('8,700.16').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(shots, 'broken.png'), fullPage: true });
  });

  it('accepts files dropped on the drop zone', async () => {
    const { page } = await openPage(app());
    await page.evaluate(() => {
      const dt = new DataTransfer();
      dt.items.add(new File(['variant,users,conversions\nControl,1000,100\nB,1000,130\n'], 'ab.csv', { type: 'text/csv' }));
      const zone = document.querySelector('section.drop') as HTMLElement;
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    });
    await expect.poll(() => page.getByRole('row').filter({ hasText: 'ab.csv' }).count(), { timeout: 20_000 }).toBe(1);
    expect(await page.getByRole('row').filter({ hasText: 'ab.csv' }).innerText()).toContain('A/B test');
  });

  it('loads a zip of two ad reports as two datasets and a .csv.gz as one, and brings them back after a reload (issue 16)', async () => {
    const { page, errors, outside } = await openPage(app());
    await page.getByLabel('Add CSV files').setInputFiles(['test/fixtures/wild/spend-reports.zip', 'test/fixtures/wild/tiktok-ads.csv.gz']);
    const names = ['spend-reports.zip: tiktok-ads.csv', 'spend-reports.zip: linkedin-campaign-manager.csv', 'tiktok-ads.csv'];
    for (const name of names) await expect.poll(() => page.getByRole('row').filter({ hasText: name }).count(), { timeout: 20_000 }).toBeGreaterThan(0);
    for (const name of names) expect(await page.getByRole('row').filter({ hasText: name }).first().innerText()).toContain('Spend');
    await page.reload();
    for (const name of names) await expect.poll(() => page.getByRole('row').filter({ hasText: name }).count(), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('offers channel names that differ only in spelling for merging, merges them in every file and remembers it (issue 16)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mittari-names-'));
    writeFileSync(join(dir, 'touch.csv'), 'journey_id,channel,converted\nA,google_ads,1\nB,Google Ads,1\nC,Email,0\n');
    writeFileSync(join(dir, 'spend.csv'), 'date,channel,spend\n2025-01-06,google / cpc,10\n2025-01-06,Email,5\n');
    const { page, errors } = await openPage(app());
    await page.getByLabel('Add CSV files').setInputFiles([join(dir, 'touch.csv'), join(dir, 'spend.csv')]);
    const region = page.getByRole('region', { name: 'Names that look like one channel' });
    await expect.poll(() => region.count(), { timeout: 20_000 }).toBe(1);
    await region.getByLabel('Call them').selectOption('Google Ads');
    await region.getByRole('button', { name: 'Merge as Google Ads' }).click();
    await expect.poll(() => region.count(), { timeout: 20_000 }).toBe(0);
    await page.getByRole('button', { name: 'spend.csv', exact: true }).click();
    await expect.poll(() => page.getByRole('table', { name: 'Spend by channel' }).getByRole('cell', { name: 'Google Ads', exact: true }).count(), { timeout: 20_000 }).toBe(1);
    await page.reload();
    await expect.poll(() => page.getByRole('row').filter({ hasText: 'spend.csv' }).count(), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(await region.count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
