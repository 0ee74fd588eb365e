// A 100 MB file in the real browser: the page stays responsive while it loads and while every model runs on it
// (the work happens in the worker: no main-thread task near what parsing or attributing 1.4M rows would take),
// progress is shown, and Cancel really stops the parse. On three parse threads (`?parse-threads=3`) the same file
// gives the same dataset and attribution as on one, and Cancel stops every parse worker.
//
// The bound here is a freeze, not the 50 ms goal: this suite must pass while another CPU-heavy process shares the
// two cores, where the same warm task of ~35 ms can take twice as long. Doing any of the work on the main thread
// costs seconds, so 250 ms still catches it. The 50 ms goal is measured by `npm run bench:browser`.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, statSync, writeFileSync, mkdirSync, openSync, ftruncateSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApp, openPage, settled, type App } from './harness';
import { generateTouchpoints } from '../bench/touchpoints';

let app: App;
const dir = join(tmpdir(), 'mittari-e2e');
const big = join(dir, 'touchpoints-100mb.csv');
const huge = join(dir, 'events-30m-rows.csv');

beforeAll(async () => {
  mkdirSync(dir, { recursive: true });
  if (!existsSync(big)) writeFileSync(big, generateTouchpoints(1_400_000));
  // The size of a 30M-row export without writing 2 GB: a sparse file (the app decides from the size alone).
  const fd = openSync(huge, 'w');
  ftruncateSync(fd, 2048 * 1024 * 1024);
  closeSync(fd);
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

/** What the one-thread load showed, for the three-thread load to equal. */
let oneThread: { row: string; table: string } | null = null;

/** Parse workers alive in the browser now (targets whose script is parse.worker). */
async function parseWorkers(): Promise<number> {
  const cdp = await app.browser.newBrowserCDPSession();
  try {
    const { targetInfos } = await cdp.send('Target.getTargets');
    return targetInfos.filter((t) => t.type === 'worker' && t.url.includes('parse.worker')).length;
  } finally {
    await cdp.detach();
  }
}

/** A main-thread task this long means the page froze (see the top of the file). */
const FREEZE_MS = 250;

/** Resolves when the page's main thread is idle (its deferred drawing done). */
const idle = (page: import('playwright-core').Page) => page.evaluate(() => new Promise((r) => requestIdleCallback(() => r(null), { timeout: 10_000 })));

/** Starts collecting main-thread long tasks (over 50 ms) from now on. */
async function watchLongTasks(page: import('playwright-core').Page) {
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longTasks.push(Math.round(e.duration));
    }).observe({ type: 'longtask' });
  });
  return () => page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
}

describe('a 100 MB file', () => {
  it(`loads and attributes 1.4M rows while the main thread never freezes (no task over ${FREEZE_MS} ms)`, async () => {
    expect(statSync(big).size).toBeGreaterThan(100 * 1024 * 1024);
    const { page, errors } = await openPage(app);
    // Warm up first: the first mount of a view runs cold code (up to ~60 ms on a slow 2-core machine, whatever the
    // data size). A small touchpoint file is loaded, attributed and removed, so what is measured below is what
    // the big file costs: it is again the only dataset, selected and shown in full as it arrives.
    await page.getByLabel('Add CSV files').setInputFiles('public/examples/touchpoints.csv');
    await page.getByRole('row').filter({ hasText: 'touchpoints.csv' }).waitFor({ timeout: 20_000 });
    await page.getByRole('tab', { name: 'Attribution' }).click();
    await page.getByRole('table').filter({ hasText: 'Credited conversions by model' }).waitFor({ timeout: 20_000 });
    await page.getByRole('tab', { name: /^Data/ }).click();
    await page.getByRole('button', { name: 'Remove touchpoints.csv' }).click();
    await expect.poll(() => page.getByRole('row').filter({ hasText: 'touchpoints.csv' }).count()).toBe(0);
    await settled(page); // let that work finish before watching
    await idle(page);
    const longTasks = await watchLongTasks(page);
    await page.getByLabel('Add CSV files').setInputFiles(big);
    const bar = page.getByRole('progressbar');
    await bar.first().waitFor({ timeout: 10_000 });
    await expect.poll(async () => Number(await bar.first().getAttribute('value')), { timeout: 60_000 }).toBeGreaterThan(10);
    expect(await page.getByText(/rows\/s/).count()).toBeGreaterThan(0);
    const row = page.getByRole('row').filter({ hasText: 'touchpoints-100mb.csv' });
    await expect.poll(() => row.count(), { timeout: 120_000, interval: 500 }).toBe(1);
    const rowText = await row.innerText();
    expect(rowText).toContain('1,400,000');
    await settled(page);
    await idle(page);
    const frozen = (tasks: number[]) => tasks.filter((ms) => ms > FREEZE_MS);
    expect(frozen(await longTasks())).toEqual([]);
    // Every attribution model on those 1.4M touchpoints, still without blocking the page.
    await page.getByRole('tab', { name: 'Attribution' }).click();
    const started = Date.now();
    await expect.poll(() => page.getByRole('table').filter({ hasText: 'Credited conversions by model' }).count(), { timeout: 120_000, interval: 250 }).toBe(1);
    console.log(`attribution of 1.4M touchpoints shown after ${Date.now() - started} ms; main-thread tasks over 50 ms: ${JSON.stringify(await longTasks())}`);
    oneThread = { row: rowText, table: await page.getByRole('table').filter({ hasText: 'Credited conversions by model' }).innerText() };
    await settled(page);
    await idle(page);
    expect(frozen(await longTasks())).toEqual([]);
    // The observer does see a frozen main thread: block it on purpose in an ordinary task.
    await page.evaluate((ms) => { setTimeout(() => { const t = performance.now(); while (performance.now() - t < ms); }, 0); }, FREEZE_MS + 100);
    await expect.poll(async () => frozen(await longTasks()).length).toBe(1);
    expect(errors).toEqual([]);
  });

  it('parses on three threads into what one thread read; Cancel stops every parse worker', async () => {
    expect(oneThread).not.toBeNull();
    const { page, errors } = await openPage(app, undefined, [], '?parse-threads=3');
    await page.getByLabel('Add CSV files').setInputFiles(big);
    const bar = page.getByRole('progressbar').first();
    await expect.poll(async () => Number((await bar.getAttribute('value').catch(() => '0')) ?? 0), { timeout: 60_000 }).toBeGreaterThan(5);
    await expect.poll(() => parseWorkers(), { timeout: 10_000 }).toBe(2); // the engine's worker reads the first part itself
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'cancelled' }).count(), { timeout: 20_000 }).toBe(1);
    await expect.poll(() => parseWorkers(), { timeout: 5_000 }).toBe(0);
    expect(await page.getByRole('row').filter({ hasText: 'touchpoints-100mb.csv' }).count()).toBe(0);
    await page.getByLabel('Add CSV files').setInputFiles(big);
    const row = page.getByRole('row').filter({ hasText: 'touchpoints-100mb.csv' });
    await expect.poll(() => row.count(), { timeout: 120_000, interval: 500 }).toBe(1);
    expect(await parseWorkers()).toBe(0);
    expect(await row.innerText()).toBe(oneThread?.row);
    await page.getByRole('tab', { name: 'Attribution' }).click();
    const table = page.getByRole('table').filter({ hasText: 'Credited conversions by model' });
    await expect.poll(() => table.count(), { timeout: 120_000, interval: 250 }).toBe(1);
    expect(await table.innerText()).toBe(oneThread?.table);
    expect(errors).toEqual([]);
  });

  it('refuses a 30M-row file up front with the memory estimate, and keeps working', async () => {
    const { page, errors } = await openPage(app);
    await page.getByLabel('Add CSV files').setInputFiles('test/fixtures/fi-spend-cp1252.csv');
    await expect.poll(() => page.getByRole('row').filter({ hasText: 'fi-spend-cp1252.csv' }).count(), { timeout: 20_000 }).toBe(1);
    await page.getByLabel('Add CSV files').setInputFiles(huge);
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'events-30m-rows.csv is 2048 MB' }).count(), { timeout: 20_000 }).toBe(1);
    expect(await page.getByRole('alert').innerText()).toMatch(/about 5\.0 GB of memory/);
    expect(await page.getByRole('row').filter({ hasText: 'fi-spend-cp1252.csv' }).count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('stops loading when Cancel is pressed and adds nothing', async () => {
    const { page } = await openPage(app);
    await page.getByLabel('Add CSV files').setInputFiles('test/fixtures/fi-spend-cp1252.csv');
    await expect.poll(() => page.getByRole('row').filter({ hasText: 'fi-spend-cp1252.csv' }).count(), { timeout: 20_000 }).toBe(1);
    await page.getByLabel('Add CSV files').setInputFiles(big);
    const bar = page.getByRole('progressbar').first();
    await expect.poll(async () => Number((await bar.getAttribute('value').catch(() => '0')) ?? 0), { timeout: 60_000 }).toBeGreaterThan(5);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'cancelled' }).count(), { timeout: 20_000 }).toBe(1);
    expect(await page.getByRole('progressbar').count()).toBe(0);
    expect(await page.getByRole('row').filter({ hasText: 'touchpoints-100mb.csv' }).count()).toBe(0);
    expect(await page.getByRole('row').filter({ hasText: 'fi-spend-cp1252.csv' }).count()).toBe(1);
  });
});
