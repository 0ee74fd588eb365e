// Attribution in the browser: the example data compared across models, a custom-weight slider moving the
// numbers, and the chart exported as a real PNG and SVG.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { startApp, openPage, type App } from './harness';

let app: App;
const shots = process.env.MITTARI_SCREENSHOTS ?? join(tmpdir(), 'mittari-screens');

beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

describe('attribution view', () => {
  it('compares every model on the example data, moves with a custom weight and exports the chart', async () => {
    const { page, outside, errors } = await openPage(app);
    await page.getByRole('button', { name: 'Load example data' }).click();
    await expect.poll(() => page.getByRole('row').filter({ hasText: 'example-touchpoints.csv' }).count(), { timeout: 30_000 }).toBe(1);
    await page.getByRole('tab', { name: 'Attribution' }).click();
    const table = page.getByRole('table').filter({ hasText: 'Credited conversions by model' });
    await expect.poll(() => table.count(), { timeout: 30_000 }).toBe(1);
    for (const model of ['First touch', 'Last touch', 'Linear', 'Time decay', 'W-shaped', 'Markov', 'Shapley', 'Custom']) {
      expect(await table.getByRole('columnheader', { name: new RegExp(model) }).count()).toBeGreaterThan(0);
    }
    const emailRow = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Email', exact: true }) });
    const cells = () => emailRow.getByRole('cell').allInnerTexts();
    const before = await cells();
    const headers = await table.getByRole('columnheader').allInnerTexts();
    const customAt = headers.findIndex((h) => h.startsWith('Custom')) - 1;
    const linearAt = headers.findIndex((h) => h.startsWith('Linear')) - 1;
    // Defaults reproduce linear.
    expect(before[customAt].split('\n')[0]).toBe(before[linearAt].split('\n')[0]);
    await page.screenshot({ path: join(shots, 'attribution.png'), fullPage: true });

    const slider = page.getByLabel('Weight of the last touch');
    await slider.focus();
    for (let i = 0; i < 30; i++) await slider.press('ArrowRight');
    await expect.poll(async () => (await cells())[customAt].split('\n')[0]).not.toBe(before[customAt].split('\n')[0]);
    expect((await cells())[linearAt]).toBe(before[linearAt]);

    const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export PNG' }).click()]);
    const bytes = readFileSync(await png.path());
    expect(png.suggestedFilename()).toMatch(/^attribution-by-model.*\.png$/);
    expect([...bytes.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
    const width = bytes.readUInt32BE(16);
    expect(width).toBe(860 * 2);
    expect(bytes.length).toBeGreaterThan(10_000);
    const [svg] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export SVG' }).click()]);
    const text = readFileSync(await svg.path(), 'utf8');
    expect(text).toMatch(/^<svg[^>]+xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(text).toContain('LinkedIn Ads');
    expect(text).not.toContain('foreignObject');
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
  });
});
