// The management scorecard in the browser (issue 15, part 3): every pinned KPI on one exported slide with its goal,
// the meeting's comment burned in, the scorecard in the KPI report deck, a review kept across a reload with "since
// the last review", and "Forget all data" forgetting the reviews too.
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { loadExample, openPage, settled, SHOTS, unzipStored, useApp } from './harness';

const app = useApp();
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const PINNED = ['Leads', 'Cost per lead (CPL)', 'Won revenue', 'Lead → won', 'Net Promoter Score (NPS)'];

async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [d] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: d.suggestedFilename(), bytes: readFileSync(await d.path()) };
}

/** The text of each <text> of an SVG document, entities decoded (names such as "Lead → won" stay as written). */
const svgTexts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1].replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>'));
const pngSize = (b: Buffer) => [b.readUInt32BE(16), b.readUInt32BE(20)];

async function setGoal(card: Locator, name: string, target: string) {
  await card.getByRole('button', { name: `Goal & alert for ${name}` }).click();
  await card.getByLabel(/^Goal: at (least|most)$/).fill(target);
  await card.getByLabel('Counted').selectOption('month');
  await card.getByRole('button', { name: 'Save' }).click();
}

describe('management scorecard', () => {
  it('shows every pinned KPI with its goal on one slide, keeps a review across a reload, and forgets it with all data', async () => {
    mkdirSync(SHOTS, { recursive: true });
    const { page, errors, outside } = await openPage(app());
    await loadExample(page);
    await page.getByRole('tab', { name: 'KPIs' }).click();
    const panel = page.getByRole('tabpanel', { name: 'KPIs' });
    await expect.poll(() => panel.getByRole('article').count(), { timeout: 30_000 }).toBe(5);
    await setGoal(panel.getByRole('article', { name: 'Leads' }), 'Leads', '300');
    await setGoal(panel.getByRole('article', { name: 'Cost per lead (CPL)' }), 'Cost per lead (CPL)', '200');
    await settled(page);

    // The KPI cards' buttons say what they show (axe's label-content-name-mismatch; a11y.e2e.ts runs every rule).
    await page.evaluate(axeSource);
    const mismatches = await page.evaluate(async () => {
      type Result = { id: string; nodes: unknown[] };
      const axe = (window as unknown as { axe: { run: (el: Element, o: object) => Promise<{ violations: Result[]; passes: Result[] }> } }).axe;
      const r = await axe.run(document.getElementById('panel-kpis')!, { runOnly: { type: 'rule', values: ['label-content-name-mismatch'] } });
      return { violations: r.violations.map((v) => `${v.id}: ${v.nodes.length}`), checked: r.passes.reduce((n, p) => n + p.nodes.length, 0) };
    });
    expect(mismatches.violations).toEqual([]);
    expect(mismatches.checked).toBeGreaterThanOrEqual(5); // the rule ran: at least the five "Goal & alert" buttons

    // The meeting's comment is part of the slide.
    await panel.getByLabel('Comment on Leads').fill('June is the summer holiday');
    const figure = panel.locator('.figure').filter({ has: page.getByRole('img', { name: /^Scorecard: / }) });
    await expect.poll(() => figure.getByText(/^Leads is furthest from its goal: 63 in 2025-06 against at least 300/).count()).toBe(1);
    const svg = await download(page, () => figure.getByRole('button', { name: 'Export SVG' }).click());
    expect(svg.name).toMatch(/^kpi-scorecard\.svg$/);
    const texts = svgTexts(svg.bytes.toString('utf8'));
    expect(texts[0]).toBe('Management scorecard');
    // A long name wraps over two lines (two texts in a row).
    const all = texts.join(' ');
    for (const name of PINNED) expect(all, name).toContain(name);
    expect(texts).toContain('at least 300 each month');
    expect(texts.some((t) => /^at most €?200(\.00)?( €)? each month$/.test(t)), texts.join(' / ')).toBe(true);
    expect(texts.filter((t) => t === 'no goal set')).toHaveLength(3);
    expect(texts).toContain('June is the summer holiday');
    expect(texts.some((t) => t.startsWith('Leads is furthest from its goal'))).toBe(true);
    const png = await download(page, () => figure.getByRole('button', { name: 'Export PNG' }).click());
    expect(pngSize(png.bytes)).toEqual([1920, 1080]);
    writeFileSync(join(SHOTS, 'scorecard.png'), png.bytes);

    // The KPI report deck has the scorecard as a slide.
    const report = await download(page, () => page.getByRole('button', { name: 'Export report' }).click());
    const slides = unzipStored(report.bytes);
    const card = slides.find((s) => /^\d\d-management-scorecard\.png$/.test(s.name));
    expect(card, slides.map((s) => s.name).join(', ')).toBeTruthy();
    expect(pngSize(card!.bytes)).toEqual([1920, 1080]);

    // Keep it for the review, with a note; the next review is a month later.
    await panel.getByLabel('What we learned, what we will do').fill('Plan July webinars earlier');
    await panel.getByRole('button', { name: 'Keep for review' }).click();
    await expect.poll(() => panel.getByRole('status').filter({ hasText: /^Kept for the review of / }).count()).toBe(1);
    expect(await panel.getByText(/^Next review: /).count()).toBe(1);

    await page.reload();
    await page.getByRole('tab', { name: 'KPIs' }).click();
    const again = page.getByRole('tabpanel', { name: 'KPIs' });
    await expect.poll(() => again.getByRole('list', { name: 'Past reviews' }).getByRole('listitem').count(), { timeout: 30_000 }).toBe(1);
    const since = again.getByRole('region', { name: /^Since the last review \(/ });
    await expect.poll(() => since.count(), { timeout: 30_000 }).toBe(1);
    expect(await since.innerText()).toMatch(/Leads: 63 \(2025-06\), no change/);
    await again.getByRole('button', { name: /^Open the review of / }).click();
    const opened = again.getByRole('region', { name: /^Review of / });
    expect(await opened.innerText()).toContain('June is the summer holiday');
    expect(await opened.innerText()).toContain('Plan July webinars earlier');

    // "Forget all data" forgets the reviews too.
    await page.getByRole('tab', { name: /^Data/ }).click();
    await page.getByRole('button', { name: 'Forget all data' }).click();
    await page.getByRole('button', { name: 'Forget everything' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'All data was forgotten' }).count()).toBe(1);
    expect(await page.evaluate(() => localStorage.getItem('mittari.reviews.v1'))).toBeNull();
    await page.getByRole('button', { name: 'Load example data' }).click();
    await page.getByRole('tab', { name: 'KPIs' }).click();
    await expect.poll(() => page.getByRole('tabpanel', { name: 'KPIs' }).getByRole('article').count(), { timeout: 30_000 }).toBe(5);
    expect(await page.getByRole('list', { name: 'Past reviews' }).count()).toBe(0);
    expect(await page.getByText(/^No review kept yet/).count()).toBe(1);
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
  });
});
