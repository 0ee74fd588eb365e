// The broken-file corpus (test/fixtures/broken/expected.ts) dropped one by one onto a page that already holds a
// good dataset: every file gives its message or dataset, names from files stay text (also in exported SVG), and
// the page never errors, opens a dialog, calls out, loses the good dataset or stops answering clicks.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, rmSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { startApp, openPage, type App } from './harness';
import { CASES, HOSTILE, nameOf, type BrokenCase, type DatasetOutcome } from '../fixtures/broken/expected';
import { bytesOf, pathOf, writeGenerated } from '../fixtures/broken/make';
import { formatInt } from '../../src/lib/util/format';

let app: App;
let generated: string;

beforeAll(async () => {
  app = await startApp();
  generated = writeGenerated();
});
afterAll(async () => {
  await app?.close();
  if (generated) rmSync(generated, { recursive: true, force: true });
});

/** Fails the test on any dialog (alert(1) from an injected name would open one). */
function watchDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  return dialogs;
}

async function drop(page: Page, c: BrokenCase): Promise<void> {
  const input = page.getByLabel('Add CSV files');
  if (c.dropAs) await input.setInputFiles({ name: c.dropAs, mimeType: 'text/csv', buffer: Buffer.from(bytesOf(c)) });
  else await input.setInputFiles(pathOf(c, generated));
}

const fileButton = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

/** No element was made from a name: no <img src=x>, no inline script holding alert. */
async function injected(page: Page): Promise<number> {
  return page.evaluate(() => document.querySelectorAll('img[src="x"]').length
    + [...document.querySelectorAll('script')].filter((s) => (s.textContent ?? '').includes('alert(1)')).length);
}

/** The page still answers: switch to the Attribution tab and back to Data. */
async function stillResponsive(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Attribution' }).click({ timeout: 5_000 });
  await expect.poll(() => page.getByRole('tab', { name: 'Attribution' }).getAttribute('aria-selected'), { timeout: 5_000 }).toBe('true');
  await page.getByRole('tab', { name: 'Data' }).click({ timeout: 5_000 });
  await expect.poll(() => page.locator('#panel-data').isVisible(), { timeout: 5_000 }).toBe(true);
}

/** The good dataset loaded first is still there with its total. */
async function goodIsUntouched(page: Page): Promise<void> {
  const row = page.getByRole('row').filter({ has: fileButton(page, 'fi-spend-cp1252.csv') });
  expect(await row.count()).toBe(1);
  expect(await row.innerText()).toMatch(/Spend\s+4\s/);
  await fileButton(page, 'fi-spend-cp1252.csv').click({ timeout: 5_000 });
  await expect.poll(() => page.locator('#detail-title').innerText(), { timeout: 5_000 }).toMatch(/^fi-spend-cp1252\.csv/);
  await expect.poll(() => page.locator('section.detail').getByText('8,700.16').count(), { timeout: 5_000 }).toBeGreaterThan(0);
}

/** The English labels of the kinds the corpus holds, as the dataset detail's title shows them. */
const KIND_LABELS: Partial<Record<DatasetOutcome['kind'], string>> = { spend: 'Spend', touchpoints: 'Touchpoints', experiment: 'A/B test (per variant)' };

async function checkDataset(page: Page, name: string, o: DatasetOutcome): Promise<void> {
  const row = page.getByRole('row').filter({ has: fileButton(page, name) });
  await expect.poll(() => row.count(), { timeout: 30_000 }).toBe(1);
  expect(await row.innerText()).toContain(formatInt(o.rows));
  expect(await row.innerText()).toContain(o.encoding.toUpperCase());
  const started = Date.now();
  await fileButton(page, name).click();
  const detail = page.locator('section.detail');
  await expect.poll(() => detail.locator('#detail-title').innerText(), { timeout: 10_000 }).toBe(`${name} ${KIND_LABELS[o.kind]}`);
  // Showing a dataset, even one with 10,000 columns, takes well under a second (all 10,000 mapper rows froze the page for ~6 s).
  expect(Date.now() - started, `time to show ${name}`).toBeLessThan(2_000);
  for (const channel of o.channels ?? []) {
    // Literal text in a table cell of the dataset's key numbers ("Touches by channel" / "Spend by channel").
    expect(await detail.getByRole('cell', { name: channel, exact: true }).count(), channel).toBe(1);
  }
  const mapper = detail.locator('section[aria-labelledby="mapper-title"]');
  for (const header of o.headers ?? []) expect(await mapper.getByRole('rowheader', { name: header, exact: true }).count(), header).toBe(1);
  for (const text of o.shows ?? []) expect(await detail.getByText(text).count(), text).toBeGreaterThan(0);
  if (o.mappingProblem) expect(await detail.getByText(o.mappingProblem).count(), 'mapping problem').toBeGreaterThan(0);
  const warnings = await detail.locator('p.warning').allInnerTexts();
  expect(warnings).toHaveLength(o.warnings.length);
  o.warnings.forEach((w, i) => expect(warnings[i]).toMatch(w));
  if (o.columns > 200) {
    // The mapper lists the first 200 columns and says how many more there are.
    expect(await mapper.locator('tbody tr').count()).toBe(200);
    expect(await mapper.getByText(`Showing the first 200 of ${formatInt(o.columns)} columns; ${formatInt(o.columns - 200)} more are not listed.`).count()).toBe(1);
  }
}

describe('broken files', () => {
  it('drops each broken file after a good one: the right message or dataset, and nothing else changes', async () => {
    const { page, outside, errors } = await openPage(app);
    const dialogs = watchDialogs(page);
    await page.getByLabel('Add CSV files').setInputFiles('test/fixtures/fi-spend-cp1252.csv');
    await expect.poll(() => page.getByRole('row').filter({ has: fileButton(page, 'fi-spend-cp1252.csv') }).count(), { timeout: 20_000 }).toBe(1);
    await goodIsUntouched(page);

    for (const c of CASES) {
      const name = nameOf(c);
      await drop(page, c);
      const o = c.outcome;
      if ('problem' in o) {
        const alert = page.locator('.error').filter({ hasText: name });
        await expect.poll(() => alert.count(), { timeout: 30_000 }).toBe(1);
        const text = await alert.locator('span').innerText();
        expect(text.replace(/^Not loaded: /, ''), name).toMatch(o.message);
        await alert.getByRole('button', { name: 'Dismiss' }).click();
        await expect.poll(() => alert.count()).toBe(0);
        expect(await page.getByRole('row').filter({ has: fileButton(page, name) }).count()).toBe(0);
      } else {
        await checkDataset(page, name, o as DatasetOutcome);
      }
      expect(await injected(page), name).toBe(0);
      await goodIsUntouched(page);
      await stillResponsive(page);
      expect(errors, name).toEqual([]);
      expect(dialogs, name).toEqual([]);
      expect(outside, name).toEqual([]);
    }
    const loaded = CASES.filter((c) => !('problem' in c.outcome)).length;
    expect(await page.locator('section[aria-labelledby="datasets-title"] tbody tr').count()).toBe(1 + loaded);
  });

  it('exports an SVG with <script> and <img onerror> channel and file names as escaped text, never as elements', async () => {
    const { page, outside, errors } = await openPage(app);
    const dialogs = watchDialogs(page);
    const csv = readFileSync('public/examples/touchpoints.csv', 'utf8')
      .replaceAll(',LinkedIn Ads,', `,${HOSTILE.SCRIPT},`)
      .replaceAll(',Organic Search,', `,${HOSTILE.IMG},`);
    const name = `${HOSTILE.IMG}.csv`;
    await page.getByLabel('Add CSV files').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await expect.poll(() => page.getByRole('row').filter({ has: fileButton(page, name) }).count(), { timeout: 30_000 }).toBe(1);
    const detail = page.locator('section.detail');
    expect(await detail.getByRole('cell', { name: HOSTILE.SCRIPT, exact: true }).count()).toBe(1);
    expect(await detail.getByRole('cell', { name: HOSTILE.IMG, exact: true }).count()).toBe(1);

    await page.getByRole('tab', { name: 'Attribution' }).click();
    const table = page.getByRole('table').filter({ hasText: 'Credited conversions by model' });
    await expect.poll(() => table.count(), { timeout: 30_000 }).toBe(1);
    expect(await table.getByRole('rowheader', { name: HOSTILE.SCRIPT, exact: true }).count()).toBe(1);
    expect(await table.getByRole('rowheader', { name: HOSTILE.IMG, exact: true }).count()).toBe(1);
    const [svg] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export SVG' }).first().click()]);
    const text = readFileSync(await svg.path(), 'utf8');
    expect(text).toMatch(/^<svg[^>]+xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(text).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(text).toContain('Source: &lt;img src=x onerror=alert(1)&gt;.csv');
    expect(text).not.toMatch(/<script/i);
    expect(text).not.toMatch(/<img/i);
    expect(text).not.toMatch(/<[a-z][^>]*\son\w+\s*=/i); // no event-handler attribute on any element
    expect(await injected(page)).toBe(0);
    expect(dialogs).toEqual([]);
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
  });
});
