// Attribution in the browser: the example data compared across models, a custom-weight slider moving the
// numbers, and the chart exported as a real PNG and SVG.
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openPage, settled, unzipStored, useApp, SHOTS } from './harness';

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
    // A 16:9 slide by default: 1920×1080 at the default 2x, whatever the chart's own size.
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1920, 1080]);
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
    expect(readFileSync(await small.path()).readUInt32BE(16)).toBe(960); // the slide at 1x
    const [svg] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export SVG' }).click()]);
    const text = readFileSync(await svg.path(), 'utf8');
    expect(text).toMatch(/^<svg[^>]+xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(text).toContain('LinkedIn Ads');
    expect(text).not.toContain('foreignObject');
    expect(text).toMatch(/<rect width="100%" height="100%" fill="#ffffff"/);
    expect(text).toContain('Source: example-touchpoints.csv · Data 2025-01-01 – 2025-06-30');
    expect(text).toContain('Credited conversions by channel and attribution model');
    // The slide's finding, made by the engine: the channel first touch and last touch credit most differently.
    expect(text).toMatch(/gets [\d.,]+ more conversions under (First|Last) touch than under (First|Last) touch: (First|Last) touch undervalues it\./);

    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV of the model comparison' }).click()]);
    const rows = readFileSync(await csv.path(), 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(csv.suggestedFilename()).toBe('attribution-by-model.csv');
    expect(rows[0]).toMatch(/^Channel,First touch,Last touch,/);
    expect(rows).toHaveLength(9);

    await page.getByRole('button', { name: 'Copy image' }).click();
    await expect.poll(() => page.locator('.export .message').first().innerText().catch(() => ''), { timeout: 10_000 }).toBe('Image copied: paste it into your slides or message.');
    const types = await page.evaluate(async () => (await navigator.clipboard.read()).flatMap((item) => item.types));
    expect(types).toContain('image/png');

    // The view as a deck: a title slide with the key sentences, the comparison table as an image, the chart with its
    // finding; each a 1920×1080 PNG in one .zip.
    const [report] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export report' }).click()]);
    expect(report.suggestedFilename()).toBe('attribution-report_2025-01-01_2025-06-30.zip');
    const slides = unzipStored(readFileSync(await report.path()));
    expect(slides.map((f) => f.name)).toEqual([
      '01-attribution-every-model-side-by-side.png',
      expect.stringMatching(/^02-credited-conversions-by-model/),
      '03-credit-by-channel.png',
    ]);
    for (const f of slides) {
      expect(f.bytes.subarray(1, 4).toString(), f.name).toBe('PNG');
      expect([f.bytes.readUInt32BE(16), f.bytes.readUInt32BE(20)], f.name).toEqual([1920, 1080]);
      writeFileSync(join(shots, `deck-${f.name}`), f.bytes);
    }
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('shows the custom result beside its sliders, ranges across models, one channel order, split paths, and refuses a bad lookback', async () => {
    const { page, errors } = await openPage(app());
    await page.getByRole('button', { name: 'Load example data' }).click();
    await expect.poll(() => page.getByRole('row').filter({ hasText: 'example-touchpoints.csv' }).count(), { timeout: 30_000 }).toBe(1);
    await page.getByRole('tab', { name: 'Attribution' }).click();
    const panel = page.getByRole('tabpanel', { name: 'Attribution' });
    const table = panel.getByRole('table').filter({ hasText: 'Credited conversions by model' });
    await expect.poll(() => table.count(), { timeout: 30_000 }).toBe(1);

    // The custom result stands next to the sliders: credit per channel and its change against the baseline.
    const custom = panel.getByRole('region', { name: 'Custom weights' });
    const live = custom.getByRole('table', { name: /custom weights' credit against Last touch/i });
    await expect.poll(() => live.count(), { timeout: 20_000 }).toBe(1);
    const email = live.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Email', exact: true }) });
    const change = (await email.getByRole('cell').allInnerTexts()).at(-1);
    expect(change).toMatch(/^([+−][\d,.]+|±0)$/);
    const slider = custom.getByLabel('Weight of the last touch');
    await slider.focus();
    for (let i = 0; i < 30; i++) await slider.press('ArrowRight');
    await expect.poll(async () => (await email.getByRole('cell').allInnerTexts()).at(-1)).not.toBe(change);
    // The sliders are close to the comparison table, not a long scroll below it.
    const gap = await page.evaluate(() => {
      const t = [...document.querySelectorAll('table')].find((x) => x.caption?.textContent?.startsWith('Credited conversions by model'))!;
      return document.getElementById('custom-title')!.getBoundingClientRect().top - t.getBoundingClientRect().bottom;
    });
    expect(gap).toBeLessThan(400);

    // Each channel's range across the models, with the models at its ends; not every channel is "model-dependent".
    const across = await table.getByRole('row').evaluateAll((rows) => rows.slice(1).map((r) => (r.lastElementChild as HTMLElement).innerText));
    expect(across).toHaveLength(8);
    for (const a of across) expect(a).toMatch(/^[\d,.]+ – [\d,.]+\n.+ … .+\n(robust|varies|model-dependent)$/);
    expect(across.filter((a) => a.includes('model-dependent')).length).toBeLessThan(8);

    // One channel order: the table, the chart and the heatmap list the channels the same way.
    const tableOrder = await table.getByRole('rowheader').allInnerTexts();
    const chartOrder = await panel.locator('svg.chart').first().locator('.axis-y text').allTextContents();
    expect(chartOrder.filter((x) => tableOrder.includes(x))).toEqual(tableOrder);
    await panel.getByRole('button', { name: 'Differences' }).click();
    await panel.getByText('Differences as a table').click();
    const heatOrder = await panel.getByRole('table', { name: /Credit difference to/ }).getByRole('rowheader').allInnerTexts();
    expect(heatOrder).toEqual(tableOrder);

    // The path explorer: converting paths apart from the paths that did not convert.
    await panel.getByRole('button', { name: 'Paths' }).click();
    const converting = panel.getByRole('table', { name: /Most common converting paths/ });
    await expect.poll(() => converting.count()).toBe(1);
    const conv = await converting.getByRole('row').evaluateAll((rows) => rows.slice(1).map((r) => Number((r.children[3] as HTMLElement).innerText.replace(/[^0-9.]/g, ''))));
    expect(conv.length).toBeGreaterThan(0);
    expect(conv.every((c) => c > 0)).toBe(true);
    expect(await panel.getByRole('table', { name: /Most common paths without a conversion/ }).count()).toBe(1);

    // A lookback of -5 is refused where it is typed, and the models keep their last result.
    await panel.getByRole('button', { name: 'Compare models' }).click();
    const lookback = panel.getByLabel('Lookback (days)');
    await lookback.fill('-5');
    await lookback.dispatchEvent('change');
    await expect.poll(() => lookback.getAttribute('aria-invalid')).toBe('true');
    expect(await panel.getByText('Enter a whole number of days from 1 up, or leave it empty for no lookback.').count()).toBe(1);
    await settled(page);
    expect(await panel.getByText(/Attribution failed/).count()).toBe(0);
    expect(await table.count()).toBe(1);
    await page.screenshot({ path: join(shots, 'attribution-live.png'), fullPage: true });
    expect(errors).toEqual([]);
  });
});
