// Any window: at 390, 800 and 1400 px, in English and Finnish, no view (and neither part of Budget) is wider than
// the window, all five tabs can be reached, long Finnish names wrap instead of being cut or running into their
// buttons; and in dark mode no chart sits on a white box. One page per language and width, switching tabs.
import { describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { settled, useApp, SHOTS } from './harness';

const app = useApp();

type Lang = 'en-US' | 'fi-FI';
type View = 'data' | 'attribution' | 'experiments' | 'budget' | 'mmm' | 'kpis';
const VIEWS: View[] = ['data', 'attribution', 'experiments', 'budget', 'mmm', 'kpis'];
const TAB: Record<View, string> = { data: 'data', attribution: 'attribution', experiments: 'experiments', budget: 'budget', mmm: 'budget', kpis: 'kpis' };

const TEXT = {
  'en-US': {
    load: 'Load example data',
    tabs: ['Data', 'Attribution', 'A/B tests', 'Budget', 'KPIs'],
    sweep: 'Best achievable result by total budget',
    compare: /by the mix model and by the attribution-based budget/,
  },
  'fi-FI': {
    load: 'Lataa esimerkkiaineisto',
    tabs: ['Aineisto', 'Attribuutio', 'A/B-testit', 'Budjetti', 'KPI:t'],
    sweep: 'Paras saavutettava tulos kokonaisbudjetin mukaan',
    compare: /mediamixmallin ja attribuutioon perustuvan budjetin mukaan/,
  },
} as const;

async function openWithExample(lang: Lang, width: number, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const context = await app().browser.newContext({ viewport: { width, height: 900 }, locale: lang, timezoneId: 'Europe/Helsinki', colorScheme, acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(app().url);
  await page.getByRole('button', { name: TEXT[lang].load }).click();
  // Every example file, the weekly table last: the Budget tab's parts depend on it.
  await expect.poll(() => page.getByRole('row').filter({ hasText: 'example-weekly-mix.csv' }).count(), { timeout: 30_000 }).toBe(1);
  await settled(page);
  return page;
}

/** Opens a view (for Budget, one of its parts) and waits until it has drawn its results. */
async function show(page: Page, lang: Lang, view: View): Promise<void> {
  await page.locator(`#tab-${TAB[view]}`).click();
  if (view === 'budget' || view === 'mmm') await page.locator(`input[name="budget-part"][value="${view === 'mmm' ? 'mmm' : 'attribution'}"]`).check();
  await settled(page);
  const panel = page.locator(`#panel-${TAB[view]}`);
  if (view === 'attribution' || view === 'experiments' || view === 'kpis') await panel.locator('svg.chart').first().waitFor({ timeout: 60_000 });
  if (view === 'budget') await page.getByRole('img', { name: TEXT[lang].sweep }).first().waitFor({ timeout: 60_000 });
  if (view === 'mmm') await page.getByRole('table', { name: TEXT[lang].compare }).waitFor({ timeout: 60_000 });
  await settled(page);
}

/** Tabs that cannot be brought into view: off the window sideways, or covered (clipped) where they should be. */
function unreachableTabs(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const tab of document.querySelectorAll<HTMLElement>('[role="tab"]')) {
      tab.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      const r = tab.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      if (r.width === 0 || r.left < 0 || r.right > window.innerWidth || !hit || !tab.contains(hit)) out.push(tab.textContent?.trim() ?? tab.id);
    }
    window.scrollTo(0, 0);
    return out;
  });
}

/** Names cut short or running into a neighbour: KPI card titles against their Unpin button, custom-weight labels. */
function cutLabels(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    for (const card of document.querySelectorAll<HTMLElement>('article.kpi')) {
      const title = card.querySelector<HTMLElement>('h3');
      const button = card.querySelector<HTMLElement>('.top button');
      if (!title || !button) continue;
      if (overlap(title.getBoundingClientRect(), button.getBoundingClientRect())) out.push(`${title.textContent}: runs into its button`);
      if (title.scrollWidth > title.clientWidth + 1 || title.getBoundingClientRect().right > card.getBoundingClientRect().right) out.push(`${title.textContent}: wider than its card`);
      // A word broken over two lines though it would fit on a line of its own ("NETTOSUOSITTELUI / NDEKSI").
      const text = title.firstChild;
      if (text?.nodeType !== Node.TEXT_NODE) continue;
      const room = title.parentElement?.clientWidth ?? 0;
      for (const word of (text.textContent ?? '').matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(text, word.index);
        range.setEnd(text, word.index + word[0].length);
        const lines = [...range.getClientRects()].filter((r) => r.width > 0);
        if (lines.length > 1 && lines.reduce((w, r) => w + r.width, 0) <= room + 4) out.push(`${title.textContent}: "${word[0]}" broken mid-word`);
      }
    }
    for (const label of document.querySelectorAll<HTMLElement>('section.custom label > span')) {
      if (label.scrollWidth > label.clientWidth + 1) out.push(`${label.textContent}: cut`);
    }
    return out;
  });
}

/** Charts in a panel whose first painted background (the chart's own, or the nearest behind it) is light. */
function lightCharts(page: Page, panel: string): Promise<string[]> {
  return page.evaluate((panel) => {
    const luminance = (css: string) => {
      const [r, g, b, a = 1] = (css.match(/[\d.]+/g) ?? []).map(Number);
      return a === 0 ? null : (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
    };
    const out: string[] = [];
    for (const svg of document.querySelectorAll<SVGSVGElement>(`#panel-${panel} svg.chart`)) {
      if (svg.getBoundingClientRect().width === 0) continue;
      let el: Element | null = svg;
      let behind: number | null = null;
      while (el && behind === null) {
        behind = luminance(getComputedStyle(el).backgroundColor);
        el = el.parentElement;
      }
      if (behind !== null && behind > 0.5) out.push(svg.getAttribute('aria-label') ?? 'a chart');
    }
    return out;
  }, panel);
}

describe('any window', () => {
  for (const lang of ['en-US', 'fi-FI'] as const) {
    for (const width of [390, 800, 1400]) {
      it(`fits every view at ${width} px in ${lang}`, async () => {
        const page = await openWithExample(lang, width);
        const found: string[] = [];
        const shots = join(SHOTS, 'widths');
        mkdirSync(shots, { recursive: true });
        expect(await page.getByRole('tab').allInnerTexts()).toEqual(TEXT[lang].tabs.map((t, i) => (i === 0 ? expect.stringContaining(t) : t)));
        for (const view of VIEWS) {
          await show(page, lang, view);
          const { scroll, inner } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
          if (scroll > inner) found.push(`${view}: the page is ${scroll} px wide in a ${inner} px window`);
          for (const tab of await unreachableTabs(page)) found.push(`${view}: the tab "${tab}" cannot be reached`);
          for (const cut of await cutLabels(page)) found.push(`${view}: ${cut}`);
          await page.screenshot({ path: join(shots, `${lang}-${width}-${view}.png`), fullPage: true });
        }
        await page.context().close();
        expect(found).toEqual([]);
      });
    }
  }

  it('draws no chart on a white box in dark mode, and exports keep their light background', async () => {
    const page = await openWithExample('en-US', 1400, 'dark');
    const found: string[] = [];
    for (const view of VIEWS.filter((v) => v !== 'data')) {
      await show(page, 'en-US', view);
      expect(await page.locator(`#panel-${TAB[view]} svg.chart`).count(), view).toBeGreaterThan(0);
      for (const chart of await lightCharts(page, TAB[view])) found.push(`${view}: "${chart}" sits on a light background`);
    }
    // An export reads the chart in the light theme for a moment: the file is light, the page stays dark.
    await show(page, 'en-US', 'budget');
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#panel-budget').getByRole('button', { name: 'Export SVG' }).first().click()]);
    expect(readFileSync(await download.path(), 'utf8')).toContain('fill="#ffffff"');
    for (const chart of await lightCharts(page, 'budget')) found.push(`after an export: "${chart}" sits on a light background`);
    await page.context().close();
    expect(found).toEqual([]);
  });
});
