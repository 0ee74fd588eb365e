// Every chart the app can show, exported in real Chromium: "Export PNG" (decodes, the size the scale asks for,
// not blank), "Export SVG" (parses, has the footer, no <foreignObject>) and "Copy image" (a PNG on the clipboard).
// One table of views and their charts; one page load per view, every sub-view reached by clicking.
import { describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { loadExample, openPage, settled, SHOTS, useApp } from './harness';
import { sharedPath } from '../shared';

const app = useApp();
const FOOTER_HEIGHT = 78; // export.ts: the footer drawn below the chart
const DATES = String.raw`(_\d{4}-\d\d-\d\d_\d{4}-\d\d-\d\d)?`;

interface ChartCase {
  /** The chart's accessible name (its <svg aria-label>). */
  img: string | RegExp;
  /** Slug of the exported file's name; the data's dates may follow. */
  file: string | RegExp;
  /** Title written in the exported footer. */
  title: string | RegExp;
  /** Small multiples: every chart with this name, at least one. */
  many?: boolean;
  /** The engine's finding written under the slide's title (issue 15). */
  finding?: RegExp;
  /** Bar charts: every bar carries its value on the slide. */
  values?: boolean;
}
interface Step {
  /** Brings the charts on screen: a sub-view button, another test file. */
  open?: (page: Page, panel: Locator) => Promise<void>;
  charts: ChartCase[];
}
interface ViewCase {
  name: string;
  tab: string;
  /** Loads the data; resolves when the view's files are in the dataset list. */
  load: (page: Page) => Promise<void>;
  /** A file name the footer's "Source:" line names. */
  source: string;
  steps: Step[];
}

const subView = (name: string) => async (page: Page, panel: Locator) => {
  await panel.getByRole('group', { name: 'Attribution views' }).getByRole('button', { name }).click();
};
const testFile = (file: string) => async (page: Page, panel: Locator) => {
  await panel.getByRole('combobox', { name: /^Test/ }).selectOption({ label: file });
};

const VIEWS: ViewCase[] = [
  {
    name: 'attribution',
    tab: 'Attribution',
    load: loadExample,
    source: 'example-touchpoints.csv',
    steps: [
      { charts: [{ img: 'Credited conversions by channel and model', file: 'attribution-by-model-conversions', title: 'Credited conversions by channel and attribution model',
        finding: /^.+ gets [\d.,]+ more conversions under .+ than under .+: .+ undervalues it\.$/, values: true }] },
      { open: subView('Differences'), charts: [{ img: /^Credit difference to .+ by channel and model$/, file: 'attribution-differences', title: /^Credit difference to /, finding: /^.+ gets [\d.,]+ more conversions under .+ than under .+: .+ undervalues it\.$/ }] },
      {
        open: subView('Markov details'),
        charts: [
          { img: 'Markov removal effect by channel', file: 'markov-removal-effects', title: 'Markov removal effect by channel', finding: /^Removing .+ would lose [\d.]+% of conversions, the most of any channel\.$/, values: true },
          { img: 'Markov transition probabilities from each state to the next', file: 'markov-transitions', title: 'Markov transition probabilities from each state to the next',
            finding: /^Journeys convert right after .+ most often: \d+% of its steps lead to a conversion\.$/ },
        ],
      },
      {
        open: subView('Paths'),
        charts: [
          { img: 'Journeys and conversions by number of touches', file: 'path-lengths', title: 'Journeys and conversions by number of touches',
            finding: /^(\d+% of conversions came after two or more touches|Every conversion came after \d+ or more touches)\.$/, values: true },
          { img: 'Conversions by days from the first touch', file: 'time-to-conversion', title: 'Conversions by days from the first touch',
            finding: /^Half of the conversions come within [\d.]+ days? of the first touch\.$/, values: true },
        ],
      },
    ],
  },
  {
    name: 'A/B tests',
    tab: 'A/B tests',
    load: async (page) => {
      await page.getByLabel('Add CSV files').setInputFiles(['test/fixtures/ab-three-arms-srm.csv', 'test/fixtures/ab-users.csv']);
      await expect.poll(() => page.getByRole('row').filter({ hasText: /ab-three-arms-srm\.csv|ab-users\.csv/ }).count(), { timeout: 30_000 }).toBe(2);
    },
    source: 'ab-',
    steps: [
      {
        open: testFile('ab-three-arms-srm.csv'),
        charts: [
          { img: 'Relative lift of each variant over the control', file: 'ab-test-lift', title: 'Relative lift over control with confidence intervals',
            finding: /^(Variant [BC] beats Control by \d+(\.\d)?%, with a .+ chance of being better|No clear winner yet: .+ more users per variant)\.$/ },
          { img: 'Posterior densities of the conversion rates', file: 'ab-test-posteriors', title: 'Posterior densities of the conversion rates',
            finding: /^.+ has a [\d.]+% chance of having the highest conversion rate\.$/ },
        ],
      },
      {
        open: testFile('ab-users.csv'),
        charts: [
          { img: 'Relative lift of each variant over the control', file: 'ab-test-lift', title: 'Relative lift over control with confidence intervals' },
          { img: 'Posterior densities of the conversion rates', file: 'ab-test-posteriors', title: 'Posterior densities of the conversion rates' },
          { img: 'Cumulative conversion rate of each variant by day', file: 'ab-test-cumulative-rate', title: 'Cumulative conversion rate by day' },
          { img: /^Relative lift of .+ over time with its confidence sequence$/, file: /^ab-test-sequential-[a-z0-9-]+$/, title: /: sequential confidence sequence$/, many: true },
        ],
      },
    ],
  },
  {
    name: 'KPIs',
    tab: 'KPIs',
    load: loadExample,
    source: 'example-',
    steps: [
      {
        charts: [
          { img: /^Scorecard: /, file: 'kpi-scorecard', title: 'Management scorecard' },
          { img: 'Leads reaching each funnel step', file: 'kpi-funnel', title: 'Funnel: how far leads get',
            finding: /^The funnel narrows most from .+ to .+: \d+\.\d% move on, [\d,]+ do not\.$/, values: true },
          { img: 'Won deals by length of the sales cycle', file: 'kpi-sales-cycle', title: 'Sales cycle length',
            finding: /^Half of the [\d,]+ won deals closed within [\d.]+ days of being created; the slowest tenth took over [\d.]+\.$/, values: true },
        ],
      },
    ],
  },
  {
    name: 'budget',
    tab: 'Budget',
    load: loadExample,
    source: 'example-spend.csv',
    steps: [
      {
        open: async (_page, panel) => {
          await panel.getByRole('radio', { name: 'Attribution credit' }).check();
          // The example's weekly fits are all unused: folded away, drawn once opened.
          await panel.getByText(/weekly fits? not used/).click();
        },
        charts: [
          { img: 'Current and recommended spend by channel', file: 'budget-current-vs-recommended', title: 'Current and recommended spend by channel',
            finding: /^Moving €[\d,]+ (mostly )?from .+ to .+ is expected to add [\d.,]+ conversions \(\+\d+\.\d%\)\.$/, values: true },
          { img: 'Estimated response by spend, per channel, with current and recommended points', file: 'budget-response-curves', title: 'Estimated response curves by channel',
            finding: /^(.+ is closest to saturation: its current spend already brings|(All|Both) channels are equally close to saturation: each one's current spend brings about) \d+% of the most it can\.$/ },
          { img: 'Cost of one more conversion by channel, now and recommended, with the level they meet at', file: 'budget-marginal-roi', title: 'Cost of one more conversion by channel, now and recommended', values: true },
          { img: /: weekly spend and results with the fitted curve \(it follows /, file: /^budget-fit-[a-z0-9-]+$/, title: /: weekly spend and results with the fitted curve/, many: true,
            finding: /^The fitted curve explains (only )?\d+% of .+'s week-to-week ups and downs/ },
          { img: 'Best achievable result by total budget', file: 'budget-sweep', title: 'Best achievable result by total budget' },
        ],
      },
    ],
  },
  {
    name: 'mix model',
    tab: 'Budget',
    load: async (page) => {
      await page.getByLabel('Add CSV files').setInputFiles(sharedPath('data', 'mmm', 'robyn_dt_simulated_weekly.csv'));
      await expect.poll(() => page.getByRole('row').filter({ hasText: 'robyn_dt_simulated_weekly.csv' }).count(), { timeout: 30_000 }).toBe(1);
    },
    source: 'robyn_dt_simulated_weekly.csv',
    steps: [
      {
        open: async (_page, panel) => panel.getByRole('radio', { name: 'Mix model' }).check(),
        charts: [
          { img: 'Weekly outcome, actual and predicted by the model', file: 'mmm-actual-vs-predicted', title: 'Weekly outcome, actual and predicted by the model',
            finding: /^The model explains \d+% of the weekly outcome's ups and downs \(R² -?\d\.\d\d\); its weeks are off by [\d.]+% on average \(MAPE\)/ },
          { img: 'Weekly outcome split into the baseline and each channel’s contribution, stacked', file: 'mmm-decomposition', title: 'Weekly outcome split into the baseline and each channel’s contribution, stacked' },
          { img: 'Contribution per channel with its 90% bootstrap interval', file: 'mmm-contribution', title: 'Contribution per channel with its 90% bootstrap interval',
            finding: /^.+ brings the largest share of the outcome, \d+%, with an ROI of \d+\.\d\d( \(90% interval [\d.-]+ to [\d.-]+\))?\.$/ },
          { img: 'Return on spend per channel with its 90% bootstrap interval', file: 'mmm-roi', title: 'Return on spend per channel with its 90% bootstrap interval', finding: /^.+ returns the most per unit of spend, ROI / },
          { img: /: steady weekly response by weekly spend, with the draws’ 90% band$/, file: /^mmm-curve-[a-z0-9-]+$/, title: /: steady weekly response by weekly spend/, many: true },
        ],
      },
    ],
  },
];

/** Clicks something that downloads a file; its name and bytes. */
async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [d] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: d.suggestedFilename(), bytes: readFileSync(await d.path()) };
}

/** Decodes a PNG in the page: its size, how many colours it has and the share of pixels that are not near-white. */
function pngFacts(page: Page, png: Buffer) {
  return page.evaluate(async (b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
    ctx.drawImage(bitmap, 0, 0);
    const d = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
    const colours = new Set<number>();
    let inked = 0;
    for (let i = 0; i < d.length; i += 4) {
      if (colours.size < 5000) colours.add((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]);
      if (d[i] < 200 || d[i + 1] < 200 || d[i + 2] < 200) inked++;
    }
    return { width: bitmap.width, height: bitmap.height, colours: colours.size, inked: inked / (d.length / 4) };
  }, png.toString('base64'));
}

/** Parses an SVG document in the page (DOMParser, as any viewer would). */
function svgFacts(page: Page, svg: string) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const root = doc.documentElement;
    return {
      error: doc.getElementsByTagName('parsererror')[0]?.textContent ?? null,
      root: root.localName,
      ns: root.namespaceURI,
      foreignObjects: doc.getElementsByTagName('foreignObject').length,
      texts: [...doc.getElementsByTagName('text')].map((t) => t.textContent ?? ''),
      // A slide: its own title (the root's first text) and where the plot (the nested chart) starts.
      titleY: Number([...root.children].find((c) => c.localName === 'text')?.getAttribute('y') ?? NaN),
      plotY: Number([...root.children].find((c) => c.localName === 'svg')?.getAttribute('y') ?? NaN),
      // The slide's title lines (24 px) as one text: a long title wraps to two lines.
      head: [...root.children].filter((c) => c.localName === 'text' && /font-size:24px/.test(c.getAttribute('style') ?? '')).map((t) => t.textContent ?? '').join(' '),
      // The finding under the title (smaller lines, still above the plot) and the bars' value labels in the plot.
      finding: [...root.children].filter((c) => c.localName === 'text' && /font-size:1[5-9]px/.test(c.getAttribute('style') ?? '')).map((t) => t.textContent ?? '').join(' '),
      findingY: Math.max(...[...root.children].filter((c) => c.localName === 'text' && /font-size:1[5-9]px/.test(c.getAttribute('style') ?? '')).map((t) => Number(t.getAttribute('y')))),
      bars: doc.querySelectorAll('rect.bar').length,
      barValues: [...doc.querySelectorAll('text.bar-value')].map((t) => t.textContent ?? ''),
    };
  }, svg);
}

/** "Exported <date>" as the footer writes it in the English UI. */
const today = (page: Page) => page.evaluate(() => new Date().toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' }));

const isPng = (b: Buffer) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
const matches = (s: string, p: string | RegExp) => (typeof p === 'string' ? s === p : p.test(s));
const fileRe = (slug: string | RegExp, ext: string) => new RegExp(`^(${typeof slug === 'string' ? slug : slug.source.replace(/^\^|\$$/g, '')})${DATES}\\.${ext}$`);

/** The export buttons of a chart: the closest "Export PNG / SVG / Copy" group before it in the page. */
const buttonsOf = (chart: Locator) => chart.locator(`xpath=preceding::div[contains(concat(' ', normalize-space(@class), ' '), ' export ')][1]`);

/** The default export, a 16:9 slide at 2x: 1920×1080 whatever the chart's own size. */
const SLIDE = [1920, 1080];

/** PNG slide at 2x, SVG slide with its title above the plot and the footer, and the image on the clipboard, for one chart. Returns the PNG. */
async function checkChart(page: Page, chart: Locator, c: ChartCase, source: string, exported: string): Promise<Buffer> {
  const label = String(c.img);
  const buttons = buttonsOf(chart);
  const [, , w, h] = ((await chart.getAttribute('viewBox')) ?? '').split(' ').map(Number);
  expect(w, label).toBeGreaterThan(0);

  const png = await download(page, () => buttons.getByRole('button', { name: 'Export PNG' }).click());
  expect(png.name, label).toMatch(fileRe(c.file, 'png'));
  expect(isPng(png.bytes), label).toBe(true);
  const facts = await pngFacts(page, png.bytes);
  expect([facts.width, facts.height], label).toEqual(SLIDE);
  expect(facts.colours, label).toBeGreaterThan(8); // anti-aliased text and marks; a blank or one-colour image has 1–2
  expect(facts.inked, label).toBeGreaterThan(0.005);

  const svg = await download(page, () => buttons.getByRole('button', { name: 'Export SVG' }).click());
  expect(svg.name, label).toMatch(fileRe(c.file, 'svg'));
  const doc = await svgFacts(page, svg.bytes.toString('utf8'));
  expect(doc.error, label).toBeNull();
  expect([doc.root, doc.ns], label).toEqual(['svg', 'http://www.w3.org/2000/svg']);
  expect(doc.foreignObjects, label).toBe(0);
  expect(typeof c.title === 'string' ? doc.head === c.title : c.title.test(doc.head), `${label}: slide title ${c.title} in "${doc.head}"`).toBe(true);
  expect(doc.titleY, `${label}: the title is above the plot`).toBeLessThan(doc.plotY);
  if (c.finding) {
    expect(doc.finding, `${label}: the finding`).toMatch(c.finding);
    expect(doc.findingY, `${label}: the finding is above the plot`).toBeLessThan(doc.plotY);
  }
  if (c.values) {
    expect(doc.bars, label).toBeGreaterThan(0);
    expect(doc.barValues.length, `${label}: a value on every bar`).toBe(doc.bars);
    expect(doc.barValues.every((v) => /\d/.test(v)), label).toBe(true);
  }
  expect(doc.texts.find((t) => t.startsWith('Source: ')), label).toContain(source);
  expect(doc.texts, label).toContain(`Exported ${exported}`);
  expect(doc.texts, label).toContain('Mittari');

  await buttons.getByRole('button', { name: 'Copy image' }).click();
  await expect.poll(() => buttons.getByRole('status').innerText().catch(() => ''), { timeout: 10_000 }).toBe('Image copied: paste it into your slides or message.');
  // Only the signature and the IHDR size come back: a whole PNG as a JSON array of numbers is slow.
  const copied = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    return [...new Uint8Array(await (await item.getType('image/png')).slice(0, 24).arrayBuffer())];
  });
  const clip = Buffer.from(copied);
  expect(isPng(clip), label).toBe(true);
  expect([clip.readUInt32BE(16), clip.readUInt32BE(20)], label).toEqual([facts.width, facts.height]);
  return png.bytes;
}

/** The sizes by use at 1x and 3x (slide, A4 document, square, the chart alone), and the download fallback when the clipboard refuses, on one chart. */
async function checkScalesAndFallback(page: Page, chart: Locator): Promise<void> {
  const buttons = buttonsOf(chart);
  const [, , w, h] = ((await chart.getAttribute('viewBox')) ?? '').split(' ').map(Number);
  const sizes: [string, number, number][] = [['slide', 960, 540], ['document', 595, 842], ['square', 720, 720], ['chart', w, h + FOOTER_HEIGHT]];
  for (const [layout, width, height] of sizes) {
    await buttons.getByLabel('For').selectOption(layout);
    for (const scale of [1, 3]) {
      await buttons.getByLabel('PNG size').selectOption(String(scale));
      const { bytes } = await download(page, () => buttons.getByRole('button', { name: 'Export PNG' }).click());
      const facts = await pngFacts(page, bytes);
      expect([layout, facts.width, facts.height]).toEqual([layout, Math.round(width * scale), Math.round(height * scale)]);
      expect(facts.inked).toBeGreaterThan(0.005);
    }
  }
  await buttons.getByLabel('For').selectOption('slide');
  await buttons.getByLabel('PNG size').selectOption('2');
  // A clipboard that says no (permission denied, an embedding frame): the image is downloaded and the page says so.
  await page.evaluate(() => {
    Object.defineProperty(navigator.clipboard, 'write', { configurable: true, value: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) });
  });
  const fallback = await download(page, () => buttons.getByRole('button', { name: 'Copy image' }).click());
  expect(isPng(fallback.bytes)).toBe(true);
  expect(fallback.name).toMatch(/\.png$/);
  await expect.poll(() => buttons.getByRole('status').innerText()).toBe('This page cannot use the clipboard here, so the image was downloaded instead.');
}

describe('chart exports', () => {
  mkdirSync(SHOTS, { recursive: true });
  for (const view of VIEWS) {
    it(`every chart of the ${view.name} view exports as PNG, SVG and to the clipboard`, async () => {
      const { page, outside, errors } = await openPage(app(), undefined, ['clipboard-read', 'clipboard-write']);
      await view.load(page);
      await page.getByRole('tab', { name: view.tab }).click();
      const panel = page.getByRole('tabpanel', { name: view.tab });
      const exported = await today(page);
      let first: Locator | null = null;
      for (const [s, step] of view.steps.entries()) {
        await step.open?.(page, panel);
        // Wait until the view has the answer for this step's settings (no run in flight: a late answer to earlier
        // settings once redrew a chart between reading its size and exporting it), then for the step's first chart.
        await settled(page);
        const head = step.charts[0].img;
        await expect.poll(() => panel.getByRole('img', { name: head, exact: typeof head === 'string' }).count(), { timeout: 30_000 }).toBeGreaterThan(0);
        let seen = 0;
        for (const c of step.charts) {
          const charts = panel.locator('svg.chart').and(page.getByRole('img', { name: c.img, exact: typeof c.img === 'string' }));
          const n = await charts.count();
          if (c.many) expect(n, String(c.img)).toBeGreaterThan(0);
          else expect(n, String(c.img)).toBe(1);
          for (let i = 0; i < n; i++) {
            const png = await checkChart(page, charts.nth(i), c, view.source, exported);
            if (s === 0 && i === 0 && c === step.charts[0]) writeFileSync(join(SHOTS, `export-${view.name.replace(/\W+/g, '-').toLowerCase()}.png`), png);
          }
          seen += n;
          first ??= charts.first();
        }
        // A chart added to the view but not to this table fails here, so the table stays complete.
        expect(await panel.locator('svg.chart').count(), `charts of step ${s} of ${view.name}`).toBe(seen);
      }
      if (view.name === 'KPIs') {
        // Sparklines are glyphs inside the KPI cards (no axes, no labels): described for screen readers, not exported.
        const sparks = panel.locator('svg.spark');
        expect(await sparks.count()).toBeGreaterThan(2);
        for (const label of await sparks.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''))) expect(label).toMatch(/\d/);
      }
      if (view.name === 'budget') {
        // The range bars in the budget table are cell glyphs too: each says its range in words.
        expect(await panel.getByRole('img', { name: /.+/ }).and(panel.locator('svg.range')).count()).toBeGreaterThan(2);
      }
      // The last step's view stays open; go back to a chart on screen for the scale and clipboard fallback checks.
      if (view.name === 'budget' && first) await checkScalesAndFallback(page, first);
      expect(outside).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  it('in the Finnish UI, chart summaries, table alternatives and export footers are Finnish', async () => {
    const context = await app().browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fi-FI', timezoneId: 'Europe/Helsinki', acceptDownloads: true });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(app().url);
    await page.getByRole('button', { name: 'Lataa esimerkkiaineisto' }).click();
    await expect.poll(() => page.getByRole('row').filter({ hasText: 'example-forecast.csv' }).count(), { timeout: 30_000 }).toBe(1);
    await page.getByRole('tab', { name: 'Attribuutio' }).click();
    const panel = page.getByRole('tabpanel', { name: 'Attribuutio' });
    const chart = panel.locator('svg.chart').first();
    await expect.poll(() => chart.count(), { timeout: 30_000 }).toBe(1);
    const title = (await chart.getAttribute('aria-label')) ?? '';
    expect(title).toMatch(/kanavittain ja malleittain$/);
    expect(await chart.locator('desc').textContent()).toMatch(/^\d+ ryhmää, sarjat: .+\. Suurin arvo on .+ \(.+, \d+(,\d)?\)\. Kaavion jälkeinen taulukko luettelee kaikki arvot\.$/);
    // The table alternative right after the chart: the same title as caption, Finnish numbers in the cells.
    const table = panel.getByRole('table', { name: title });
    expect(await table.locator('tbody td').allInnerTexts()).toContainEqual(expect.stringMatching(/^\d+,\d$/));

    // The export footer in Finnish: source, data dates and export date the Finnish way.
    const buttons = buttonsOf(chart);
    const svg = await download(page, () => buttons.getByRole('button', { name: 'Vie SVG' }).click());
    const texts = (await svgFacts(page, svg.bytes.toString('utf8'))).texts;
    expect(texts).toContain('Lähde: example-touchpoints.csv · Aineisto 1.1.2025 – 30.6.2025');
    expect(texts).toContain(`Viety ${await page.evaluate(() => new Date().toLocaleDateString('fi-FI'))}`);
    expect(texts.some((t) => /^Hyvitetyt konversiot kanavittain ja attribuutiomalleittain$/.test(t))).toBe(true);
    const png = await download(page, () => buttons.getByRole('button', { name: 'Vie PNG' }).click());
    writeFileSync(join(SHOTS, 'export-fi.png'), png.bytes);

    // For looking at: the chart with its table alternative made visible.
    await table.evaluate((el: HTMLElement) => Object.assign(el.style, { position: 'static', width: 'auto', height: 'auto', clip: 'auto', overflow: 'visible' }));
    await chart.locator('xpath=..').screenshot({ path: join(SHOTS, 'chart-fi-with-table.png') });

    // A line chart's table headers, and a bar chart's summary, in the Markov sub-view and the budget view.
    await panel.getByRole('group', { name: 'Attribuutionäkymät' }).getByRole('button', { name: 'Markov-tiedot' }).click();
    const effects = panel.getByRole('img', { name: 'Markovin poistovaikutus kanavittain' });
    await expect.poll(() => effects.count(), { timeout: 30_000 }).toBe(1);
    expect(await effects.locator('desc').textContent()).toMatch(/^Suurin: .+ \(\d+,\d\u00a0%\); pienin: .+ \(\d+,\d\u00a0%\)\.$/);
    await page.getByRole('tab', { name: 'Budjetti' }).click();
    const budget = page.getByRole('tabpanel', { name: 'Budjetti' });
    await budget.getByRole('radio', { name: 'Attribuution hyvitykseen' }).check();
    const sweep = budget.getByRole('table', { name: 'Paras saavutettava tulos kokonaisbudjetin mukaan' });
    await expect.poll(() => sweep.count(), { timeout: 30_000 }).toBe(1);
    expect(await sweep.locator('th[scope=col]').allTextContents()).toEqual(['Sarja', 'Alku', 'Loppu', 'Pienin', 'Suurin', 'Viimeisin arvo']);
    expect(await budget.locator('svg.chart desc').first().textContent()).not.toMatch(/categories|largest|from .* to|ending at/);
    expect(errors).toEqual([]);
    await context.close();
  });
});

