// A/B tests in the browser: a 3-arm test with a sample ratio mismatch, a per-user test monitored over time,
// the forest plot exported, and the planner's inputs kept in the URL.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openPage, useApp, SHOTS } from './harness';

const app = useApp();
const shots = SHOTS;

describe('A/B test view', () => {
  it('warns about a sample ratio mismatch in words above a 3-arm comparison', async () => {
    const { page, outside, errors } = await openPage(app());
    await page.getByLabel('Add CSV files').setInputFiles('test/fixtures/ab-three-arms-srm.csv');
    await expect.poll(() => page.getByRole('row').filter({ hasText: 'ab-three-arms-srm.csv' }).count(), { timeout: 20_000 }).toBe(1);
    await page.getByRole('tab', { name: 'A/B tests' }).click();
    const panel = page.getByRole('tabpanel', { name: 'A/B tests' });
    await expect.poll(() => panel.getByRole('alert').filter({ hasText: 'not what was planned' }).count(), { timeout: 20_000 }).toBe(1);
    expect(await panel.getByRole('alert').first().innerText()).toMatch(/bug in assignment or tracking/);
    expect(await panel.getByText(/Variant B converts 18% better than Control/).count()).toBe(1);
    const table = panel.getByRole('table').filter({ hasText: 'Variants compared with Control' });
    expect(await table.getByRole('row').count()).toBe(2 + 3);
    expect(await table.getByRole('columnheader', { name: 'Frequentist' }).count()).toBe(1);
    expect(await table.getByRole('columnheader', { name: /Bayesian/ }).count()).toBe(1);
    await page.screenshot({ path: join(shots, 'ab-srm.png'), fullPage: true });
    const [csv] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Export CSV of the A/B test variants' }).click()]);
    const lines = readFileSync(await csv.path(), 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toMatch(/^Control,10000,500,0\.05,/);
    const [png] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Export PNG' }).first().click()]);
    expect(png.suggestedFilename()).toBe('ab-test-lift.png');
    expect(readFileSync(await png.path()).subarray(1, 4).toString()).toBe('PNG');
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('monitors a per-user test over time and says whether it is safe to stop', async () => {
    const { page } = await openPage(app());
    await page.getByLabel('Add CSV files').setInputFiles('test/fixtures/ab-users.csv');
    await expect.poll(() => page.getByRole('row').filter({ hasText: 'ab-users.csv' }).count(), { timeout: 20_000 }).toBe(1);
    await page.getByRole('tab', { name: 'A/B tests' }).click();
    const panel = page.getByRole('tabpanel', { name: 'A/B tests' });
    await expect.poll(() => panel.getByText(/safe to stop/i).count(), { timeout: 20_000 }).toBe(1);
    expect(await panel.getByRole('img', { name: /confidence sequence/ }).count()).toBe(1);
    expect(await panel.getByText(/CUPED for treatment/).count()).toBe(1);
    expect(await panel.getByRole('img', { name: /Cumulative conversion rate/ }).count()).toBe(1);
    await panel.getByLabel('Planned users per arm').fill('5000');
    await panel.getByLabel('Planned users per arm').dispatchEvent('change');
    await expect.poll(() => panel.getByRole('alert').filter({ hasText: /reached 39% of its planned 5,000 users per arm/ }).count()).toBe(1);
    expect(await panel.getByRole('table').filter({ hasText: 'Revenue per user (Welch t-test)' }).count()).toBe(1);
  });

  it('plans a test like Evan Miller and keeps the inputs in the address', async () => {
    const { page } = await openPage(app());
    await page.getByRole('tab', { name: 'A/B tests' }).click();
    const plan = page.getByRole('region', { name: /Plan a test/ });
    await expect.poll(() => plan.getByRole('row', { name: /Evan Miller/ }).innerText()).toContain('1,030');
    expect(await plan.getByRole('row', { name: /Pooled/ }).innerText()).toContain('1,094');
    await plan.getByLabel('Baseline conversion rate (%)').fill('10');
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('plan=10%3B5');
    await page.reload();
    await page.getByRole('tab', { name: 'A/B tests' }).click().catch(() => undefined);
    expect(await page.getByLabel('Baseline conversion rate (%)').inputValue()).toBe('10');
  });
});
