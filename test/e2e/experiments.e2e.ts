// A/B tests in the browser: a 3-arm test with a sample ratio mismatch, a per-user test monitored over time,
// the forest plot exported, and the planner's inputs kept in the URL.
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

  it('tells a 288k-user test with nothing worth having that it can stop, and plans from the loaded test', async () => {
    // Issue 14's test (the public ab_data.csv's shape): 144,000 users an arm over 23 days of January 2017, 12.1% vs
    // 11.96% converted, and 1,895 users seen in both arms. Its 95% interval is about -3.1% to +0.8%.
    const rows = ['user_id,timestamp,group,landing_page,converted'];
    const day = (i: number) => new Date(Date.UTC(2017, 0, 2) + Math.floor((i * 23 * 86_400_000) / 144_000) + 7_000).toISOString().replace('T', ' ').replace('Z', '');
    for (const [arm, page, x] of [['control', 'old_page', 17_424], ['treatment', 'new_page', 17_220]] as const) {
      for (let i = 0; i < 144_000; i++) rows.push(`${arm === 'control' ? 2 * i : 2 * i + 1},${day(i)},${arm},${page},${Math.floor(((i + 1) * x) / 144_000) - Math.floor((i * x) / 144_000)}`);
    }
    for (let i = 0; i < 1_895; i++) rows.push(`${900_000 + i},${day(i)},control,old_page,0`, `${900_000 + i},${day(i + 7)},treatment,new_page,0`);
    const file = join(tmpdir(), 'ab_data.csv');
    writeFileSync(file, rows.join('\n'));
    const { page, errors } = await openPage(app());
    await page.getByLabel('Add CSV files').setInputFiles(file);
    await expect.poll(() => page.getByRole('row').filter({ hasText: 'ab_data.csv' }).count(), { timeout: 60_000 }).toBe(1);
    await page.getByRole('tab', { name: 'A/B tests' }).click();
    const panel = page.getByRole('tabpanel', { name: 'A/B tests' });
    await expect.poll(() => panel.getByText(/^No meaningful difference; you can stop: the 95% CI of treatment against control \(-3\.1% to \+0\.8%\) rules out a lift of \+5\.0%/).count(), { timeout: 60_000 }).toBe(1);
    expect(await panel.getByText(/^No meaningful difference; you can stop: the always-valid interval/).count()).toBe(1);
    expect(await panel.getByText(/Not safe to stop yet/).count()).toBe(0);
    expect(await panel.getByText('1,895 users appeared in more than one variant and were left out.').count()).toBe(1);
    expect(await panel.getByText(/The split of users was checked and is as planned \(planned 50\.0% \/ 50\.0%/).count()).toBe(1);
    // The planner starts from the test: its control rate, its traffic (288,000 users in 23 days) and its size.
    const plan = page.getByRole('region', { name: /Plan a test/ });
    expect(await plan.getByLabel('Baseline conversion rate (%)').inputValue()).toBe('12.1');
    expect(await plan.getByLabel('Users per day (all arms)').inputValue()).toBe('12522');
    expect(await plan.getByLabel('Users per arm you have').inputValue()).toBe('144000');
    expect(await panel.getByLabel('Smallest lift worth having (%)').getAttribute('placeholder')).toBe('5');
    // The date axes' labels do not run into each other.
    const overlaps = await panel.locator('svg.chart').evaluateAll((svgs) => svgs.flatMap((svg) => {
      const boxes = [...svg.querySelectorAll('.axis-x text')].map((t) => (t as SVGTextElement).getBBox());
      return boxes.slice(1).filter((b, i) => b.x < boxes[i].x + boxes[i].width + 2).map((b) => Math.round(b.x));
    }));
    expect(overlaps).toEqual([]);
    await page.screenshot({ path: join(shots, 'ab-futility.png'), fullPage: true });
    // A stricter margin: the interval reaches +0.5%, so no verdict to stop.
    await panel.getByLabel('Smallest lift worth having (%)').fill('0.5');
    await panel.getByLabel('Smallest lift worth having (%)').dispatchEvent('change');
    await expect.poll(() => panel.getByText(/^No clear winner yet/).count(), { timeout: 20_000 }).toBe(1);
    expect(errors).toEqual([]);
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

  it('reads a per-user test from the wild: the user picks the primary metric, the others are secondary with Holm across them (issue 16)', async () => {
    const { page, errors } = await openPage(app());
    await page.getByLabel('Add CSV files').setInputFiles('test/fixtures/wild/cookie-cats.csv');
    await expect.poll(() => page.getByRole('row').filter({ hasText: 'cookie-cats.csv' }).count(), { timeout: 20_000 }).toBe(1);
    await page.getByRole('tab', { name: 'A/B tests' }).click();
    const panel = page.getByRole('tabpanel', { name: 'A/B tests' });
    const secondary = panel.getByRole('table', { name: /^Secondary metrics: 2 comparisons, p-values adjusted across all of them \(Holm\)/ });
    await expect.poll(() => secondary.count(), { timeout: 20_000 }).toBe(1);
    expect(await secondary.getByRole('rowheader').allInnerTexts()).toEqual(['retention_7 (rate)', 'sum_gamerounds (mean)']);
    await panel.getByLabel('Primary metric').selectOption('sum_gamerounds');
    await expect.poll(() => panel.getByRole('table', { name: 'sum_gamerounds: mean per user (Welch t-test)' }).count(), { timeout: 20_000 }).toBe(1);
    expect(await panel.getByRole('table', { name: /^Secondary metrics/ }).getByRole('rowheader').allInnerTexts()).toEqual(['retention_1 (rate)', 'retention_7 (rate)']);
    expect(await panel.getByText(/^sum_gamerounds is a number per user/).count()).toBe(1);
    await panel.getByLabel('Several variants').selectOption('bh');
    await expect.poll(() => panel.getByRole('table', { name: /\(Benjamini–Hochberg\)$/ }).count(), { timeout: 20_000 }).toBe(1);
    expect(errors).toEqual([]);
  });

  it('names in the data view the users in two arms, the repeated rows and the rows with no group (issue 16)', async () => {
    const { page, errors } = await openPage(app());
    await page.getByLabel('Add CSV files').setInputFiles('test/fixtures/wild/ab-test-classic.csv');
    await expect.poll(() => page.getByRole('row').filter({ hasText: 'ab-test-classic.csv' }).count(), { timeout: 20_000 }).toBe(1);
    await expect.poll(() => page.getByText(/^3 users appear in two variants \(6 rows\) and are left out of every number; 1 row repeats/).count(), { timeout: 20_000 }).toBe(1);
    expect(await page.getByText(/2 rows have no variant and were not used/).count()).toBe(1);
    expect(await page.getByText('User seen in two variants (left out)').count()).toBeGreaterThan(0);
    await page.getByRole('tab', { name: 'A/B tests' }).click();
    const panel = page.getByRole('tabpanel', { name: 'A/B tests' });
    await expect.poll(() => panel.getByText('3 users appeared in more than one variant and were left out.').count(), { timeout: 20_000 }).toBe(1);
    expect(errors).toEqual([]);
  });
});
