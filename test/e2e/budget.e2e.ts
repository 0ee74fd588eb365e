// Budget in the browser: the example data gives a reallocation with robustness badges, curves and a sweep.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { settled, openPage, useApp, SHOTS } from './harness';

const app = useApp();
const shots = SHOTS;

describe('budget view', () => {
  it('suggests which channels to grow or shrink, how sure that is across models, and exports the chart', async () => {
    const { page, errors, outside } = await openPage(app());
    await page.getByRole('button', { name: 'Load example data' }).click();
    // Every example file, the weekly table last: the Budget tab's parts depend on it.
    await expect.poll(() => page.getByRole('row').filter({ hasText: 'example-weekly-mix.csv' }).count(), { timeout: 30_000 }).toBe(1);
    await page.getByRole('tab', { name: 'Budget' }).click();
    const panel = page.getByRole('tabpanel', { name: 'Budget' });
    // The example has weekly data too, so the mix model's part comes first; this test is about the attribution part.
    await panel.getByRole('radio', { name: 'Attribution credit' }).check();
    await settled(page);
    const table = panel.getByRole('table').filter({ hasText: 'Current and recommended spend (' });
    await expect.poll(() => table.count(), { timeout: 30_000 }).toBe(1);
    expect(await table.getByRole('row').count()).toBeGreaterThan(3);
    expect(await panel.getByText(/estimated from attribution, not incrementality/).count()).toBeGreaterThan(0);
    const badges = await table.locator('.badge').allInnerTexts();
    expect(badges.length).toBeGreaterThan(2);
    for (const b of badges) expect(['increase in every model', 'decrease in every model', 'depends on the model']).toContain(b);
    expect(await panel.getByText(/go from/).innerText()).toMatch(/go from [\d.,]+ to [\d.,]+/);
    // One recommendation per channel: the rule is the named alternative, and the bounds that bind say so.
    expect(await table.getByRole('columnheader', { name: 'Alternative: threshold rule' }).count()).toBe(1);
    expect(await table.getByText(/held at \+30 %: your upper bound/).count()).toBeGreaterThan(0);
    await expect.poll(() => panel.getByText(/^Follow the Recommended column/).count()).toBe(1);
    // Both files cover the same weeks: no note about periods. The unused weekly fits are folded away, in plain words.
    expect(await panel.getByText(/should cover the same period/).count()).toBe(0);
    expect(await panel.getByText(/R²|one-point/).count()).toBe(0);
    expect(await panel.getByRole('img', { name: /weekly spend and results with the fitted curve/ }).count()).toBe(0);
    await panel.getByText(/weekly fits? not used/).click();
    await expect.poll(() => panel.getByRole('img', { name: /weekly spend and results with the fitted curve/ }).count()).toBeGreaterThan(0);
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

  it('plans from a Google Ads report alone: CPA per campaign, as reported by the platform, at three widths in both languages', async () => {
    const { page, errors, outside } = await openPage(app(), { width: 1400, height: 900 });
    await page.getByLabel('Add CSV files').setInputFiles('test/fixtures/reports/google-ads-july.csv');
    await expect.poll(() => page.getByRole('row').filter({ hasText: 'google-ads-july.csv' }).count(), { timeout: 30_000 }).toBe(1);
    await page.getByRole('tab', { name: 'Budget' }).click();
    const panel = page.getByRole('tabpanel', { name: 'Budget' });
    const table = panel.getByRole('table', { name: /^Current and recommended spend \(/ });
    await expect.poll(() => table.count(), { timeout: 30_000 }).toBe(1);
    expect(await panel.getByRole('alert').count()).toBe(0);
    expect(await panel.getByLabel('Credit').locator('option:checked').innerText()).toBe('Conversions in google-ads-july.csv, as reported by the platform');
    // CPA per campaign: 1,550 / 124, 3,720 / 93, 1,240 / 15.5; Brand held at 1.3 x 1,550, Display at 0.7 x 1,240.
    expect(await table.getByRole('row', { name: /^Brand/ }).innerText()).toMatch(/2,015[\s\S]*held at \+30 %: your upper bound[\s\S]*12\.50/);
    expect(await table.getByRole('row', { name: /^Generic/ }).innerText()).toMatch(/40\.00/);
    expect(await table.getByRole('row', { name: /^Display/ }).innerText()).toMatch(/868[\s\S]*held at −30 %: your lower bound[\s\S]*80\.00/);
    expect(await panel.getByText(/as reported by the platform: it counts the conversions its own ads touched/).count()).toBe(1);
    for (const lang of ['en', 'fi']) {
      if (lang === 'fi') {
        await page.getByRole('button', { name: 'Suomi' }).click();
        await expect.poll(() => page.getByRole('tabpanel', { name: 'Budjetti' }).getByText(/alustan raportoimina/).count()).toBeGreaterThan(0);
      }
      for (const width of [1400, 800, 390]) {
        await page.setViewportSize({ width, height: 900 });
        await page.waitForTimeout(300);
        await page.screenshot({ path: join(shots, `budget-platform-${lang}-${width}.png`), fullPage: true });
      }
    }
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('shows the attribution budget at three widths in Finnish and English, for looking at', async () => {
    const { page, errors } = await openPage(app(), { width: 1400, height: 900 });
    await page.getByRole('button', { name: 'Load example data' }).click();
    await expect.poll(() => page.getByRole('row').filter({ hasText: 'example-spend.csv' }).count(), { timeout: 30_000 }).toBe(1);
    await page.getByRole('tab', { name: 'Budget' }).click();
    await page.getByRole('tabpanel', { name: 'Budget' }).getByRole('radio', { name: 'Attribution credit' }).check();
    await expect.poll(() => page.getByRole('table', { name: /^Current and recommended spend \(/ }).count(), { timeout: 30_000 }).toBe(1);
    for (const lang of ['en', 'fi']) {
      if (lang === 'fi') {
        await page.getByRole('button', { name: 'Suomi' }).click();
        await expect.poll(() => page.getByRole('table', { name: /^Nykyiset ja suositellut mediakulut \(/ }).count()).toBe(1);
      }
      for (const width of [1400, 800, 390]) {
        await page.setViewportSize({ width, height: 900 });
        await page.waitForTimeout(300);
        await page.screenshot({ path: join(shots, `budget-attribution-${lang}-${width}.png`), fullPage: true });
      }
    }
    expect(errors).toEqual([]);
  });
});
