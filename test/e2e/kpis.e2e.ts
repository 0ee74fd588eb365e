// The KPI dashboard in the browser: pinned cards, a SMART goal with a projection, a threshold alert, pins kept.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadExample, openPage, SHOTS, useApp } from './harness';

const app = useApp();
const shots = SHOTS;

describe('KPI dashboard', () => {
  it('shows pinned KPIs with goals and alerts, every KPI with its formula, and what is missing', async () => {
    const { page, errors, outside } = await openPage(app());
    await loadExample(page);
    await page.getByRole('tab', { name: 'KPIs' }).click();
    const panel = page.getByRole('tabpanel', { name: 'KPIs' });
    await expect.poll(() => panel.getByRole('article').count(), { timeout: 30_000 }).toBe(5);
    const leads = panel.getByRole('article', { name: 'Leads' });
    expect(await leads.innerText()).toContain('1,500');
    const table = panel.getByRole('table').filter({ hasText: 'Every KPI' });
    for (const name of ['Cost per lead (CPL)', 'Marketing ROI', 'Churn rate', 'Customer lifetime value (CLV)', 'Net Promoter Score (NPS)', 'Forecast error (MAPE)']) {
      expect(await table.getByRole('rowheader', { name }).count(), name).toBe(1);
    }
    expect(await panel.getByText(/open rate/).count()).toBeGreaterThan(0);
    const [csv] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Export CSV of the KPI table' }).click()]);
    expect(readFileSync(await csv.path(), 'utf8').replace(/^\uFEFF/, '').split('\r\n')[0]).toBe('KPI,Value,2025-01,2025-02,2025-03,2025-04,2025-05,2025-06');
    expect(await panel.getByText(/95% interval 21\.2 to 38\.6/).count()).toBe(1);
    expect(await panel.getByRole('img', { name: 'Won deals by length of the sales cycle' }).count()).toBe(1);
    const byChannel = panel.getByRole('table', { name: /^KPIs by channel: / });
    expect(await byChannel.getByRole('rowheader', { name: 'LinkedIn Ads' }).count()).toBe(1);

    // MQLs by the user's own rule: only demo requests qualify.
    const mqls = () => table.getByRole('row', { name: /^MQLs/ }).locator('td').first().innerText();
    const before = await mqls();
    await panel.getByLabel('MQL means').selectOption('touch_types');
    await panel.getByLabel('Touch types (comma-separated)').fill('demo request');
    await panel.getByLabel('Touch types (comma-separated)').dispatchEvent('change');
    await expect.poll(mqls).not.toBe(before);

    // A goal: 2,000 leads in all by the end of 2025, with a projection at the complete months' pace.
    await leads.getByRole('button', { name: 'Goal & alert for Leads' }).click();
    await leads.getByLabel('Goal: at least').fill('2000');
    await leads.getByLabel('Counted').selectOption('total');
    await leads.getByLabel('By', { exact: true }).fill('2025-12-31');
    await leads.getByLabel('Alert below').fill('100');
    await leads.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => leads.getByText(/Goal: at least 2,000 by 2025-12-31 — (on|off) track \(1,500 so far, heading for [\d,]+\)\./).count()).toBe(1);
    expect(await leads.getByRole('progressbar').count()).toBe(1);
    // The last month has 63 leads: below the limit of 100, so it is flagged on the card and listed at the top.
    await expect.poll(() => panel.getByRole('list', { name: 'Alerts' }).innerText()).toMatch(/Leads.*below your limit of 100: 63 in 2025-06/);
    await page.screenshot({ path: join(shots, 'kpis.png'), fullPage: true });

    await leads.getByRole('button', { name: 'Unpin Leads' }).click();
    await expect.poll(() => panel.getByRole('article').count()).toBe(4);
    await page.reload();
    await page.getByRole('tab', { name: 'KPIs' }).click();
    await expect.poll(() => page.getByRole('tabpanel', { name: 'KPIs' }).getByRole('article').count(), { timeout: 30_000 }).toBe(4);
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
  });
});
