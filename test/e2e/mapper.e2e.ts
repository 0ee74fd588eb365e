// The column mapper and read settings in the browser: map an unknown file by hand, have the choice remembered,
// and read a file again with another delimiter.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { detailsOf, openPage, useApp, SHOTS } from './harness';

const app = useApp();
const shots = SHOTS;

describe('column mapper', () => {
  it('maps an unknown file by hand and remembers the choice for files with the same headers', async () => {
    const { page } = await openPage(app());
    const input = page.getByLabel('Add CSV files');
    await input.setInputFiles('test/fixtures/unknown-columns.csv');
    const row = page.getByRole('row').filter({ hasText: 'unknown-columns.csv' });
    await expect.poll(() => row.count(), { timeout: 20_000 }).toBe(1);
    expect(await row.innerText()).toContain('Needs mapping');
    await page.getByLabel('Kind of data').selectOption('spend');
    await expect.poll(async () => (await row.innerText()).includes('Spend')).toBe(true);
    await page.getByLabel('Role of column where').selectOption('channel');
    await page.getByLabel('Role of column amount').selectOption('spend');
    await page.getByRole('button', { name: 'Apply mapping' }).click();
    await expect.poll(() => page.getByText('12.50').count()).toBeGreaterThan(0);
    expect(await row.innerText()).toContain('OK');
    await page.screenshot({ path: join(shots, 'mapper-manual.png'), fullPage: true });

    // Removed from the workspace, so the reload does not restore it: the mapping must come from memory.
    await page.getByRole('button', { name: 'Remove unknown-columns.csv' }).click();
    await expect.poll(() => row.count()).toBe(0);
    await page.reload();
    await page.getByLabel('Add CSV files').setInputFiles('test/fixtures/unknown-columns.csv');
    const again = page.getByRole('row').filter({ hasText: 'unknown-columns.csv' });
    await expect.poll(() => again.count(), { timeout: 20_000 }).toBe(1);
    expect(await again.innerText()).toContain('Spend');
    expect(await page.getByText('12.50').count()).toBeGreaterThan(0);
  });

  it('reads a file again with the delimiter the user picks', async () => {
    const { page } = await openPage(app());
    await page.getByLabel('Add CSV files').setInputFiles('test/fixtures/unknown-columns.csv');
    const row = page.getByRole('row').filter({ hasText: 'unknown-columns.csv' });
    await expect.poll(() => row.count(), { timeout: 20_000 }).toBe(1);
    await page.getByLabel('Delimiter').selectOption(';');
    await expect.poll(async () => (await row.innerText()).includes('semicolon')).toBe(true);
    expect(await page.getByRole('rowheader', { name: 'who,where,amount' }).count()).toBe(1);

    await page.getByLabel('Add CSV files').setInputFiles('test/fixtures/fi-spend-cp1252.csv');
    const fi = page.getByRole('row').filter({ hasText: 'fi-spend-cp1252.csv' });
    await expect.poll(() => fi.count(), { timeout: 20_000 }).toBe(1);
    await fi.getByRole('button', { name: /Map columns/ }).click();
    // Read with commas, the Finnish file is one odd column; back with semicolons it is spend again.
    const details = detailsOf(page, 'fi-spend-cp1252.csv');
    await details.getByLabel('Delimiter').selectOption(',');
    await expect.poll(async () => (await fi.innerText()).includes('comma')).toBe(true);
    expect(await fi.innerText()).toContain('Needs mapping');
    await details.getByLabel('Delimiter').selectOption(';');
    await expect.poll(async () => (await fi.innerText()).includes('semicolon')).toBe(true);
    await expect.poll(() => page.getByText('8,700.16').count()).toBeGreaterThan(0);
  });
});
