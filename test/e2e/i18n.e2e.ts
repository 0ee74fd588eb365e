// The Finnish UI in the browser: a fi-FI browser gets Finnish labels and Finnish number formats; the switch brings English back.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { SHOTS, useApp } from './harness';

const app = useApp();
const NBSP = '\u00a0';

describe('Finnish UI', () => {
  it('opens in Finnish for a fi-FI browser, formats numbers the Finnish way, and switches to English', async () => {
    const context = await app().browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fi-FI', timezoneId: 'Europe/Helsinki' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(app().url);
    expect(await page.locator('html').getAttribute('lang')).toBe('fi');
    expect(await page.getByRole('tab', { name: 'Aineisto' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Lataa esimerkkiaineisto' }).click();

    // Data: the loaded files, Finnish headers and grouped numbers with a no-break space.
    await expect.poll(() => page.getByRole('row').filter({ hasText: 'example-forecast.csv' }).count(), { timeout: 30_000 }).toBe(1);
    const list = page.getByRole('table').filter({ hasText: 'example-forecast.csv' });
    expect(await list.getByRole('columnheader', { name: 'Tiedosto' }).count()).toBe(1);
    expect(await page.getByRole('heading', { name: 'Ladattu aineisto' }).count()).toBe(1);
    expect(await list.innerText()).toMatch(new RegExp(`\\d${NBSP}\\d{3}`));

    // Attribution: Finnish summary with euros written 1 234,56 €.
    await page.getByRole('tab', { name: 'Attribuutio' }).click();
    const attribution = page.getByRole('tabpanel', { name: 'Attribuutio' });
    expect(await attribution.getByRole('heading', { name: 'Attribuutio: kaikki mallit rinnakkain' }).count()).toBe(1);
    await expect.poll(() => attribution.locator('.summary').count(), { timeout: 30_000 }).toBe(1);
    const summary = await attribution.locator('.summary').innerText();
    // Large amounts in whole euros, grouped with a no-break space.
    expect(summary).toMatch(new RegExp(`konversiota \\(arvo \\d{1,3}(${NBSP}\\d{3})+${NBSP}€\\)`));
    expect(await attribution.getByRole('button', { name: 'Vie PNG' }).count()).toBeGreaterThan(0);
    expect(await attribution.getByRole('columnheader', { name: /Lineaarinen/ }).count()).toBeGreaterThan(0);

    // KPIs: Finnish KPI names and numbers.
    await page.getByRole('tab', { name: 'KPI:t' }).click();
    const kpis = page.getByRole('tabpanel', { name: 'KPI:t' });
    await expect.poll(() => kpis.getByRole('article').count(), { timeout: 30_000 }).toBe(5);
    expect(await kpis.getByRole('heading', { name: 'KPI:t ja tavoitteet' }).count()).toBe(1);
    expect(await kpis.getByRole('article', { name: 'Liidit' }).innerText()).toContain(`1${NBSP}500`);
    const table = kpis.getByRole('table').filter({ hasText: 'Kaikki KPI:t' });
    expect(await table.getByRole('rowheader', { name: 'Liidikohtainen hinta (CPL)' }).count()).toBe(1);
    expect(await table.innerText()).toMatch(new RegExp(`\\d,\\d${NBSP}%`));

    // Back to English: the words and formats of the English UI, kept after a reload.
    await page.getByRole('button', { name: 'English' }).click();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByRole('article', { name: 'Leads' }).innerText()).toContain('1,500');
    await page.getByRole('tab', { name: 'Data' }).click();
    expect(await page.getByRole('button', { name: 'Load example data' }).count()).toBe(1);
    await page.reload();
    expect(await page.getByRole('button', { name: 'Load example data' }).count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says the engine\'s sentences in Finnish: the SRM warning, the verdicts and why a file was not loaded', async () => {
    const context = await app().browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fi-FI', timezoneId: 'Europe/Helsinki' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(app().url);
    await page.getByLabel('Lisää CSV-tiedostoja').setInputFiles(['test/fixtures/ab-three-arms-srm.csv', 'test/fixtures/workbook.xlsx', 'test/fixtures/unclosed-quote.csv']);
    await expect.poll(() => page.getByRole('row').filter({ hasText: 'ab-three-arms-srm.csv' }).count(), { timeout: 20_000 }).toBe(1);
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'Ei ladattu' }).count(), { timeout: 20_000 }).toBe(2);
    const notLoaded = await page.getByRole('alert').filter({ hasText: 'Ei ladattu' }).allInnerTexts();
    expect(notLoaded.join('\n')).toMatch(/workbook\.xlsx on Excel-työkirja tai ZIP-arkisto \(\.xlsx\/\.zip\) eikä CSV-tiedosto\. .*tallenna se CSV-muodossa/);
    expect(notLoaded.join('\n')).toMatch(/unclosed-quote\.csv: rivillä \d+ alkaa lainausmerkeillä/);
    await page.screenshot({ path: join(SHOTS, 'fi-file-problems.png'), fullPage: true });

    await page.getByRole('tab', { name: 'A/B-testit' }).click();
    const panel = page.getByRole('tabpanel', { name: 'A/B-testit' });
    await expect.poll(() => panel.getByRole('alert').filter({ hasText: 'Otossuhteen poikkeama (SRM)' }).count(), { timeout: 20_000 }).toBe(1);
    const srm = await panel.getByRole('alert').filter({ hasText: 'Otossuhteen poikkeama (SRM)' }).innerText();
    expect(srm).toContain(`toteutunut Control 33,4${NBSP}%, Variant B 31,8${NBSP}%, Variant C 34,8${NBSP}%; khiin neliö -testi p < 0,001`);
    expect(srm).not.toMatch(/not what was planned|bug in assignment/);
    expect(await panel.getByText(/Variant B konvertoi 18\s%\sparemmin kuin Control/).count()).toBe(1);
    expect(await panel.getByText(/converts|chance that/).count()).toBe(0);
    await page.screenshot({ path: join(SHOTS, 'fi-ab-srm.png'), fullPage: true });
    expect(errors).toEqual([]);
    await context.close();
  });
});
