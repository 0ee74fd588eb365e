// "Export report" of each view in real Chromium (issue 15): one .zip of 1920×1080 PNG slides holding the view's
// key table and key charts — A/B: verdict, variants table, forest plot; budget: recommendation table, response
// curves; mix model: fit, contributions, allocation. (Attribution's deck: attribution.e2e.ts; the KPI deck with
// the scorecard: scorecard.e2e.ts.)
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { loadExample, openPage, settled, unzipStored, useApp } from './harness';
import { sharedPath } from '../shared';

const app = useApp();

interface ReportCase {
  name: string;
  tab: string;
  load: (page: Page) => Promise<void>;
  open: (panel: Locator) => Promise<void>;
  /** A heading that shows once the view has its answer. */
  ready: string;
  /** The zip's name. */
  file: RegExp;
  /** Slides the deck must hold, once each (names after their number). */
  slides: RegExp[];
}

const CASES: ReportCase[] = [
  {
    name: 'A/B test',
    tab: 'A/B tests',
    load: async (page) => {
      await page.getByLabel('Add CSV files').setInputFiles(['test/fixtures/ab-three-arms-srm.csv']);
      await expect.poll(() => page.getByRole('row').filter({ hasText: 'ab-three-arms-srm.csv' }).count(), { timeout: 30_000 }).toBe(1);
    },
    open: async () => {},
    ready: 'Relative lift with 95% confidence intervals',
    file: /^experiments-report\.zip$/,
    // The title slide carries the verdict sentences; then the variants table, the forest plot, the posteriors.
    slides: [/^a-b-tests\.png$/, /^variants-compared-with-control-.+\.png$/, /^relative-lift-with-95-confidence-intervals\.png$/, /^where-each-conversion-rate-probably-lies/],
  },
  {
    name: 'budget',
    tab: 'Budget',
    load: loadExample,
    open: async (panel) => panel.getByRole('radio', { name: 'Attribution credit' }).check(),
    ready: 'Response curves',
    file: /^budget-report_2025-01-01_2025-06-30\.zip$/,
    // The recommendation table, the spend bars and the response curves.
    slides: [/^budget-where-to-move-spend\.png$/, /^current-and-recommended-spend-.+\.png$/, /^current-vs-recommended-spend\.png$/, /^response-curves\.png$/],
  },
  {
    name: 'mix model',
    tab: 'Budget',
    load: async (page) => {
      await page.getByLabel('Add CSV files').setInputFiles(sharedPath('data', 'mmm', 'robyn_dt_simulated_weekly.csv'));
      await expect.poll(() => page.getByRole('row').filter({ hasText: 'robyn_dt_simulated_weekly.csv' }).count(), { timeout: 30_000 }).toBe(1);
    },
    open: async (panel) => panel.getByRole('radio', { name: 'Mix model' }).check(),
    ready: 'Contribution per channel',
    file: /^budget-report_2015-11-23_2019-11-11\.zip$/,
    // The fit (actual vs predicted), the contributions, and the allocation table; one response curve per channel.
    slides: [/^mix-model-budget-/, /^current-and-recommended-weekly-spend-.+\.png$/, /^actual-vs-predicted\.png$/, /^contribution-per-channel\.png$/,
      /^what-made-the-outcome-week-by-week\.png$/, /^roi-per-channel\.png$/, /^tv\.png$/, /^facebook\.png$/],
  },
];

describe('report decks', () => {
  for (const c of CASES) {
    it(`the ${c.name} report zip holds the view's key table and charts as 1920×1080 slides`, async () => {
      const { page, errors, outside } = await openPage(app());
      await c.load(page);
      await page.getByRole('tab', { name: c.tab }).click();
      const panel = page.getByRole('tabpanel', { name: c.tab });
      await c.open(panel);
      await expect.poll(() => panel.getByText(c.ready, { exact: true }).count(), { timeout: 60_000 }).toBeGreaterThan(0);
      await settled(page);
      const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export report' }).click()]);
      const slides = unzipStored(readFileSync(await d.path()));
      expect(d.suggestedFilename()).toMatch(c.file);
      const names = slides.map((s) => s.name.replace(/^\d\d-/, ''));
      for (const want of c.slides) expect(names.filter((n) => want.test(n)), `${want} in ${names.join(', ')}`).toHaveLength(1);
      expect(slides.map((s) => s.name)).toEqual(slides.map((s, i) => `${String(i + 1).padStart(2, '0')}-${names[i]}`));
      for (const s of slides) {
        expect(s.bytes.subarray(1, 4).toString(), s.name).toBe('PNG');
        expect([s.bytes.readUInt32BE(16), s.bytes.readUInt32BE(20)], s.name).toEqual([1920, 1080]);
      }
      expect(outside).toEqual([]);
      expect(errors).toEqual([]);
    });
  }
});
