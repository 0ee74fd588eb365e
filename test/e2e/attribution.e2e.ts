// Attribution in the browser: the example data compared across models, a custom-weight slider moving the
// numbers, and the chart exported as a real PNG and SVG.
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openPage, useApp, SHOTS } from './harness';

const app = useApp();
const shots = SHOTS;

describe('attribution view', () => {
  it('compares every model on the example data, moves with a custom weight and exports the chart', async () => {
    const { page, outside, errors } = await openPage(app(), undefined, ['clipboard-read', 'clipboard-write']);
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
    expect(png.suggestedFilename()).toBe('attribution-by-model-conversions_2025-01-01_2025-06-30.png');
    expect([...bytes.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
    expect(bytes.readUInt32BE(16)).toBe(860 * 2); // width at the default 2x
    const chartHeight = Number(await page.locator('svg.chart').first().getAttribute('viewBox').then((v) => v?.split(' ')[3]));
    expect(bytes.readUInt32BE(20)).toBe((chartHeight + 78) * 2); // the footer is below the chart
    expect(bytes.length).toBeGreaterThan(10_000);
    writeFileSync(join(shots, 'export.png'), bytes);
    // The PNG is not blank: decode it in the page and count non-white pixels.
    const inked = await page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = img.height;
      const ctx = c.getContext('2d') as CanvasRenderingContext2D;
      ctx.drawImage(img, 0, 0);
      const d = ctx.getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let i = 0; i < d.length; i += 4) if (d[i] < 200 || d[i + 1] < 200 || d[i + 2] < 200) n++;
      return n / (d.length / 4);
    }, bytes.toString('base64'));
    expect(inked).toBeGreaterThan(0.02);
    // Transparent: the SVG has no background rectangle.
    await page.getByLabel('Transparent').first().check();
    const [clear] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export SVG' }).first().click()]);
    expect(readFileSync(await clear.path(), 'utf8')).not.toMatch(/<rect width="100%" height="100%" fill="#ffffff"/);
    await page.getByLabel('Transparent').first().uncheck();
    await page.getByLabel('PNG size').selectOption('1');
    const [small] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export PNG' }).click()]);
    expect(readFileSync(await small.path()).readUInt32BE(16)).toBe(860);
    const [svg] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export SVG' }).click()]);
    const text = readFileSync(await svg.path(), 'utf8');
    expect(text).toMatch(/^<svg[^>]+xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(text).toContain('LinkedIn Ads');
    expect(text).not.toContain('foreignObject');
    expect(text).toMatch(/<rect width="100%" height="100%" fill="#ffffff"/);
    expect(text).toContain('Source: example-touchpoints.csv · Data 2025-01-01 – 2025-06-30');
    expect(text).toContain('Credited conversions by channel and attribution model');

    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV of the model comparison' }).click()]);
    const rows = readFileSync(await csv.path(), 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(csv.suggestedFilename()).toBe('attribution-by-model.csv');
    expect(rows[0]).toMatch(/^Channel,First touch,Last touch,/);
    expect(rows).toHaveLength(9);

    await page.getByRole('button', { name: 'Copy image' }).click();
    await expect.poll(() => page.locator('.export .message').first().innerText().catch(() => ''), { timeout: 10_000 }).toBe('Image copied: paste it into your slides or message.');
    const types = await page.evaluate(async () => (await navigator.clipboard.read()).flatMap((item) => item.types));
    expect(types).toContain('image/png');

    // The whole view as one report image: title, key sentence, every chart and the footer.
    const [report] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export report' }).click()]);
    expect(report.suggestedFilename()).toBe('attribution-report_2025-01-01_2025-06-30.png');
    const r = readFileSync(await report.path());
    expect(r.subarray(1, 4).toString()).toBe('PNG');
    expect(r.readUInt32BE(16)).toBe(1800);
    expect(r.readUInt32BE(20)).toBeGreaterThan(1500);
    writeFileSync(join(shots, 'report.png'), r);
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
  });
});
