// Budget in the browser: the example data gives a reallocation with robustness badges, curves and a sweep.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openPage, useApp, SHOTS } from './harness';

const app = useApp();
const shots = SHOTS;

describe('budget view', () => {
  it('suggests which channels to grow or shrink, how sure that is across models, and exports the chart', async () => {
    const { page, errors, outside } = await openPage(app());
    await page.getByRole('button', { name: 'Load example data' }).click();
    await expect.poll(() => page.getByRole('row').filter({ hasText: 'example-spend.csv' }).count(), { timeout: 30_000 }).toBe(1);
    await page.getByRole('tab', { name: 'Budget' }).click();
    const panel = page.getByRole('tabpanel', { name: 'Budget' });
    // The example has weekly data too, so the mix model's part comes first; this test is about the attribution part.
    await panel.getByRole('radio', { name: 'Attribution credit' }).check();
    const table = panel.getByRole('table').filter({ hasText: 'Current and recommended spend (' });
    await expect.poll(() => table.count(), { timeout: 30_000 }).toBe(1);
    expect(await table.getByRole('row').count()).toBeGreaterThan(3);
    expect(await panel.getByText(/estimated from attribution, not incrementality/).count()).toBeGreaterThan(0);
    const badges = await table.locator('.badge').allInnerTexts();
    expect(badges.length).toBeGreaterThan(2);
    for (const b of badges) expect(['increase in every model', 'decrease in every model', 'depends on the model']).toContain(b);
    expect(await panel.getByText(/go from/).innerText()).toMatch(/go from [\d.,]+ to [\d.,]+/);
    expect(await panel.getByRole('img', { name: /weekly spend and credit with the fitted curve/ }).count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(shots, 'budget.png'), fullPage: true });

    // Each channel's own bounds: Trade show may only grow, by at most 5%.
    await table.getByLabel('Minimum of Trade show, times current spend').fill('1');
    await table.getByLabel('Minimum of Trade show, times current spend').dispatchEvent('change');
    await expect.poll(async () => (await table.getByRole('row', { name: /Trade show/ }).locator('td').nth(2).innerText())).toMatch(/^\+[0-9]%$/);

    // Locking a channel keeps its spend where it is.
    await table.getByLabel('Keep Google Ads at its current spend').check();
    await expect.poll(async () => (await table.getByRole('row', { name: /Google Ads/ }).locator('td').nth(2).innerText())).toMatch(/^[+−]0%$/);

    // Tighter bounds: every change stays within ±10%.
    await panel.getByLabel('Min (× current)').fill('0.9');
    await panel.getByLabel('Min (× current)').dispatchEvent('change');
    await panel.getByLabel('Max (× current)').fill('1.1');
    await panel.getByLabel('Max (× current)').dispatchEvent('change');
    await expect.poll(async () => (await table.innerText()).includes('+30%')).toBe(false);
    const changes = await table.locator('tbody tr td:nth-child(4)').allInnerTexts();
    for (const c of changes) if (c !== '—') expect(Number(c.replace(/[^\d.]/g, ''))).toBeLessThanOrEqual(10);

    const [png] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Export PNG' }).first().click()]);
    expect(png.suggestedFilename()).toMatch(/^budget-current-vs-recommended_\d{4}-\d\d-\d\d_\d{4}-\d\d-\d\d\.png$/);
    expect(readFileSync(await png.path()).subarray(1, 4).toString()).toBe('PNG');

    const [saved] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Save scenario' }).click()]);
    const scenario = JSON.parse(readFileSync(await saved.path(), 'utf8'));
    expect(scenario).toMatchObject({ mode: 'max_response' });
    expect(scenario.channels.length).toBeGreaterThan(3);
    await panel.getByLabel('Load scenario').setInputFiles(await saved.path());
    await expect.poll(() => panel.getByText(/Solved from the saved scenario/).count()).toBe(1);
    await panel.getByLabel('Load scenario').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"mode": "max_response", "channels": [{"name": "A"}]}') });
    await expect.poll(() => panel.getByRole('alert').filter({ hasText: 'broken.json is not a scenario' }).count()).toBe(1);
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
  });
});
