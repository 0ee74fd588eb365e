// The workspace survives a reload (IndexedDB) and "Forget all data" really forgets.
import { describe, expect, it } from 'vitest';
import { detailsOf, openPage, savedFiles, settled, useApp } from './harness';

const app = useApp();

describe('workspace', () => {
  it('opens a shared link (settings in the address) on the same files with the same view', async () => {
    const { page, errors } = await openPage(app());
    await page.getByRole('button', { name: 'Load example data' }).click();
    await expect.poll(() => page.getByRole('row').filter({ hasText: 'example-touchpoints.csv' }).count(), { timeout: 30_000 }).toBe(1);
    await expect.poll(async () => (await savedFiles(page)).length, { timeout: 10_000 }).toBe(1); // the example, saved
    await page.goto(`${app().url}#tab=attribution&attr=campaign,3,,2,value,linear&custom=first%3D80%2Cmiddle%3D10%2Clast%3D10`);
    await page.reload();
    const panel = page.getByRole('tabpanel', { name: 'Attribution' });
    await expect.poll(() => panel.getByRole('table').filter({ hasText: 'Credited conversion value by model' }).count(), { timeout: 30_000 }).toBe(1);
    expect(await panel.getByLabel('Level').inputValue()).toBe('campaign');
    expect(await panel.getByLabel('Baseline').inputValue()).toBe('linear');
    expect(await panel.getByLabel('Markov order').inputValue()).toBe('2');
    expect(await panel.getByLabel('Weight of the first touch').inputValue()).toBe('80');
    expect(await page.getByRole('tab', { name: 'Attribution' }).getAttribute('aria-selected')).toBe('true');
    expect(errors).toEqual([]);
  });

  it('brings back files, their mapping and the example data after a reload, and forgets them all on request', async () => {
    const { page, errors } = await openPage(app());
    await page.getByRole('button', { name: 'Load example data' }).click();
    await expect.poll(() => page.getByRole('row').filter({ hasText: 'example-spend.csv' }).count(), { timeout: 30_000 }).toBe(1);
    // A removed example file stays removed after a reload (issue 14, part 8).
    await page.getByRole('button', { name: 'Remove example-nps.csv' }).click();
    await expect.poll(() => page.getByRole('row').filter({ hasText: 'example-nps.csv' }).count()).toBe(0);
    await page.getByLabel('Add CSV files').setInputFiles('test/fixtures/unknown-columns.csv');
    const row = page.getByRole('row').filter({ hasText: 'unknown-columns.csv' });
    await expect.poll(() => row.count(), { timeout: 20_000 }).toBe(1);
    await row.getByRole('button', { name: /Map columns/ }).click();
    // The mapper of this file (the previous file's details stay up, inert, for one task after the click).
    await detailsOf(page, 'unknown-columns.csv').getByLabel('Kind of data').selectOption('spend');
    await expect.poll(async () => (await row.innerText()).includes('Spend')).toBe(true);
    await expect.poll(async () => (await savedFiles(page)).some((f) => f.endsWith(':spend')), { timeout: 10_000 }).toBe(true);

    await page.reload();
    await settled(page); // every saved file read back
    expect(await page.getByRole('row').filter({ hasText: 'unknown-columns.csv' }).count()).toBe(1);
    expect(await page.getByRole('row').filter({ hasText: /example-[a-z-]+\.csv/ }).count()).toBe(7);
    expect(await page.getByRole('row').filter({ hasText: 'example-nps.csv' }).count()).toBe(0);
    expect(await page.getByRole('row').filter({ hasText: 'unknown-columns.csv' }).innerText()).toContain('Spend');
    // The notice counts the files listed (7 of the example and this one), not the records they came from.
    expect(await page.getByRole('status').filter({ hasText: 'Restored 8 files' }).count()).toBe(1);

    // It asks first, and forgets the KPI pins and goals too (issue 14, part 8).
    await page.evaluate(() => localStorage.setItem('mittari.kpi.v1', JSON.stringify({ pins: ['leads'], goals: { leads: { target: 300, per: 'month' } }, limits: {} })));
    await page.getByRole('button', { name: 'Forget all data' }).click();
    expect(await page.getByRole('row').filter({ hasText: '.csv' }).count()).toBeGreaterThan(0);
    expect(await page.getByRole('alertdialog').innerText()).toMatch(/^Forget all \d+ files, remembered column mappings, and the KPI pins, goals, alerts and kept reviews\?/);
    await page.getByRole('button', { name: 'Forget everything' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'All data was forgotten' }).count()).toBe(1);
    expect(await page.evaluate(() => localStorage.getItem('mittari.kpi.v1'))).toBeNull();
    expect(await page.getByRole('row').filter({ hasText: '.csv' }).count()).toBe(0);
    expect(await savedFiles(page)).toEqual([]);
    await page.reload();
    await settled(page); // the (empty) workspace restored
    expect(await page.getByRole('row').filter({ hasText: '.csv' }).count()).toBe(0);
    expect(await page.getByRole('status').filter({ hasText: 'Restored' }).count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
