// The Mix model part of Budget in the browser: Robyn's demo file (dt_simulated_weekly) loads as marketing_mix, fits in
// the worker with progress, shows its charts and tables, exports the decomposition as PNG, and a new weekly budget
// re-allocates without a new fit. Screenshots in English and Finnish at 1400 and 390 px wide.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openPage, settled, useApp, SHOTS } from './harness';
import { sharedPath } from '../shared';

const app = useApp();
const ROBYN = sharedPath('data', 'mmm', 'robyn_dt_simulated_weekly.csv');

describe('mix model view', () => {
  it('fits Robyn’s demo file, exports the decomposition and re-allocates a new weekly budget', async () => {
    const { page, errors, outside } = await openPage(app(), { width: 1400, height: 900 });
    await page.getByLabel('Add CSV files').setInputFiles(ROBYN);
    await expect.poll(() => page.getByRole('row').filter({ hasText: 'robyn_dt_simulated_weekly.csv' }).count(), { timeout: 30_000 }).toBe(1);
    await page.getByRole('tab', { name: 'Budget' }).click();
    const panel = page.getByRole('tabpanel', { name: 'Budget' });
    await panel.getByRole('radio', { name: 'Mix model' }).check();
    // The fit runs in the worker: the page answers (the tab list still switches) while the progress bar moves.
    await expect.poll(() => panel.getByRole('progressbar', { name: 'Fitting the model' }).count(), { timeout: 30_000 }).toBe(1);
    await settled(page, 120_000);
    const allocation = panel.getByRole('table', { name: 'Current and recommended weekly spend and steady weekly response per channel' });
    expect(await allocation.count()).toBe(1);
    expect(await panel.getByRole('table', { name: 'Data check', exact: true }).innerText()).toMatch(/Weeks\s+208/);
    const channels = panel.getByRole('table', { name: 'Per channel', exact: true });
    expect(await channels.getByRole('row').count()).toBe(1 + 5 + 1);
    expect(await panel.getByRole('img', { name: /steady weekly response by weekly spend/ }).count()).toBe(5);
    await page.screenshot({ path: join(SHOTS, 'mmm-en-1400.png'), fullPage: true });

    const decomposition = panel.locator('.figure').filter({ has: page.getByRole('heading', { name: 'What made the outcome, week by week' }) });
    const [png] = await Promise.all([page.waitForEvent('download'), decomposition.getByRole('button', { name: 'Export PNG' }).click()]);
    expect(png.suggestedFilename()).toMatch(/^mmm-decomposition.*\.png$/);
    expect(readFileSync(await png.path()).subarray(1, 4).toString()).toBe('PNG');

    // A new weekly budget: the recommended spends sum to it, and the table changes.
    const before = await allocation.innerText();
    const budget = panel.getByRole('spinbutton', { name: 'Weekly budget' });
    const current = Number((await budget.getAttribute('placeholder'))?.replace(/[^\d]/g, ''));
    expect(current).toBeGreaterThan(0);
    await budget.fill(String(Math.round(current * 1.5)));
    await budget.dispatchEvent('change');
    await expect.poll(() => allocation.innerText(), { timeout: 30_000 }).not.toBe(before);
    await settled(page);
    // The recommended weekly spends add up to the new budget (the bounds allow 2× each channel).
    const total = await allocation.locator('tfoot td').nth(1).innerText();
    expect(Number(total.replace(/[^\d]/g, '')) / Math.round(current * 1.5)).toBeCloseTo(1, 2);
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);

    // The same view in Finnish, and both languages at a phone's width.
    await page.setViewportSize({ width: 390, height: 900 });
    await page.screenshot({ path: join(SHOTS, 'mmm-en-390.png'), fullPage: true });
    await page.getByRole('button', { name: 'Suomi' }).click();
    await settled(page);
    await page.screenshot({ path: join(SHOTS, 'mmm-fi-390.png'), fullPage: true });
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.screenshot({ path: join(SHOTS, 'mmm-fi-1400.png'), fullPage: true });
    expect(await page.getByRole('tabpanel', { name: 'Budjetti' }).getByRole('table', { name: 'Nykyinen ja suositeltu viikkokulu ja tasainen viikkovaste kanavittain' }).count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('on the example data: the mix model comes first, stands beside the attribution budget, and calibrates with the A/B test', async () => {
    const { page, errors, outside } = await openPage(app(), { width: 1400, height: 900 });
    await page.getByRole('button', { name: 'Load example data' }).click();
    await expect.poll(() => page.getByRole('row').filter({ hasText: 'example-weekly-mix.csv' }).count(), { timeout: 30_000 }).toBe(1);
    await page.getByRole('tab', { name: 'Budget' }).click();
    const panel = page.getByRole('tabpanel', { name: 'Budget' });
    expect(await panel.getByRole('radio', { name: 'Mix model' }).isChecked()).toBe(true);
    await settled(page, 120_000);
    const compare = panel.getByRole('table', { name: /by the mix model and by the attribution-based budget/ });
    await expect.poll(() => compare.count(), { timeout: 60_000 }).toBe(1);
    // The five paid channels of the weekly table are all in the attribution budget too.
    expect(await compare.locator('tbody tr').count()).toBe(5);
    expect(await compare.innerText()).toMatch(/same direction: act|they disagree: test first/);
    expect(await compare.innerText()).not.toContain('not in the attribution budget');

    // A lift test from the A/B view's numbers, on Email (the newsletter test), over the data's last four weeks.
    const form = panel.getByRole('form', { name: 'Add lift test' });
    await form.getByLabel('Channel').selectOption('Email');
    await panel.getByRole('button', { name: 'Take numbers from the A/B test' }).click();
    await expect.poll(() => panel.getByRole('status').filter({ hasText: /extra (revenue|conversions) of/ }).count(), { timeout: 30_000 }).toBe(1);
    const measured = Number(await form.getByLabel('Measured lift').inputValue());
    expect(measured).toBeGreaterThan(0);
    await form.getByRole('button', { name: 'Add lift test' }).click();
    const lifts = panel.getByRole('table', { name: /Each lift test beside/ });
    await expect.poll(() => lifts.count(), { timeout: 30_000 }).toBe(1);
    await settled(page, 120_000);
    await expect.poll(() => lifts.getByRole('row', { name: /^Email/ }).innerText(), { timeout: 60_000 }).toMatch(/se\).*se\)/s);
    await page.screenshot({ path: join(SHOTS, 'mmm-example-en-1400.png'), fullPage: true });
    await page.getByRole('button', { name: 'Suomi' }).click();
    await settled(page);
    await page.screenshot({ path: join(SHOTS, 'mmm-example-fi-1400.png'), fullPage: true });
    await page.setViewportSize({ width: 800, height: 900 });
    await page.screenshot({ path: join(SHOTS, 'mmm-example-fi-800.png'), fullPage: true });
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
  });
});
