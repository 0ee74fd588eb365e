// Serves the built app (dist/) with Vite's preview server and drives Debian's Chromium through playwright-core.
// Records every request that leaves the page's origin and every CSP violation, so tests can fail on them.
import { preview, type PreviewServer } from 'vite';
import { chromium, type Browser, type Page } from 'playwright-core';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';

/** Where e2e tests leave their screenshots (for looking at, not for comparing). */
export const SHOTS = process.env.MITTARI_SCREENSHOTS ?? join(tmpdir(), 'mittari-screens');

/** Starts the app before the file's tests and stops it after; call at the top of an e2e file. */
export function useApp(): () => App {
  let app: App | undefined;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.close();
  });
  return () => {
    if (!app) throw new Error('the app has not started');
    return app;
  };
}

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'];

export interface App {
  url: string;
  browser: Browser;
  server: PreviewServer;
  close(): Promise<void>;
}

export async function startApp(): Promise<App> {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` before the e2e tests');
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
  const server = await preview({ configFile: 'vite.config.ts', logLevel: 'error', preview: { host: '127.0.0.1', port: 4173, strictPort: false } });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('the preview server did not start');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
  return {
    url,
    browser,
    server,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

export interface Watched {
  page: Page;
  /** Requests to anything but the app's own origin (and data:/blob: URLs). */
  outside: string[];
  /** CSP violations and page errors. */
  errors: string[];
}

/** Opens the app in a fresh context, watching requests, CSP violations and uncaught errors. */
export async function openPage(app: App, viewport = { width: 1280, height: 900 }, permissions: string[] = [], query = ''): Promise<Watched> {
  const context = await app.browser.newContext({ viewport, locale: 'en-US', timezoneId: 'Europe/Helsinki', acceptDownloads: true });
  if (permissions.length) await context.grantPermissions(permissions, { origin: new URL(app.url).origin });
  const page = await context.newPage();
  const origin = new URL(app.url).origin;
  const outside: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) outside.push(u);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' || /Content Security Policy/i.test(m.text())) errors.push(`console: ${m.text()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(app.url + query);
  return { page, outside, errors };
}

/**
 * The workspace records the page has saved in IndexedDB (src/ui/state/persist.ts), as `key:kind`. Saving is
 * asynchronous: a test that reloads to check the workspace first waits for what it added to be saved.
 */
export function savedFiles(page: Page): Promise<string[]> {
  return page.evaluate(() => new Promise<string[]>((resolve) => {
    const req = indexedDB.open('mittari', 1);
    req.onupgradeneeded = () => req.result.createObjectStore('files', { keyPath: 'key' });
    req.onerror = () => resolve([]);
    req.onsuccess = () => {
      const db = req.result;
      const all = db.transaction('files', 'readonly').objectStore('files').getAll();
      all.onsuccess = () => { resolve((all.result as { key: string; kind?: string }[]).map((f) => `${f.key}:${f.kind ?? ''}`)); db.close(); };
      all.onerror = () => { resolve([]); db.close(); };
    };
  }));
}

/**
 * Waits until the page has settled: the workspace restored and saved, no file loading (`<main aria-busy>`), and
 * no view computing (each view's `<section aria-busy>`). Tests wait on this state, never on a timer.
 */
export async function settled(page: Page, timeout = 60_000): Promise<void> {
  await page.locator('main[aria-busy="false"]').waitFor({ timeout });
  await page.waitForFunction(() => document.querySelectorAll('[aria-busy="true"]').length === 0, undefined, { timeout });
}

/**
 * The details of one dataset (its read settings, column mapper and issues). After another dataset is chosen, the
 * previous one's details stay up (inert) for one task: a test acts on the file it means, never on what is shown.
 */
export function detailsOf(page: Page, file: string) {
  return page.getByRole('region', { name: new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) });
}

/** The files of a stored (uncompressed) ZIP, read through its central directory. */
export function unzipStored(zip: Buffer): { name: string; bytes: Buffer }[] {
  const end = zip.length - 22;
  let p = zip.readUInt32LE(end + 16);
  return Array.from({ length: zip.readUInt16LE(end + 10) }, () => {
    const size = zip.readUInt32LE(p + 24), nameLength = zip.readUInt16LE(p + 28), local = zip.readUInt32LE(p + 42);
    const name = zip.subarray(p + 46, p + 46 + nameLength).toString('utf8');
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    p += 46 + nameLength;
    return { name, bytes: zip.subarray(start, start + size) };
  });
}

/** Clicks "Load example data" and waits until every example file is in the dataset list (the forecast is the last). */
export async function loadExample(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Load example data' }).click();
  await expect.poll(() => page.getByRole('row').filter({ hasText: 'example-forecast.csv' }).count(), { timeout: 30_000 }).toBe(1);
}
