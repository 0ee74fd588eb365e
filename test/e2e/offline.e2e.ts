// The built app installs as an offline app: after one visit it opens and works with the network off.
import { describe, expect, it } from 'vitest';
import { useApp } from './harness';

const app = useApp();

describe('offline', () => {
  it('opens and loads the example data with the network off after a first visit', async () => {
    const context = await app().browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(app().url);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.reload(); // now controlled by the service worker
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await page.getByRole('button', { name: 'Load example data' }).click(); // fetches and caches the engine worker
    await expect.poll(() => page.getByRole('row').filter({ hasText: 'example-touchpoints.csv' }).count(), { timeout: 30_000 }).toBe(1);
    await page.getByRole('button', { name: 'Forget all data' }).click();
    await page.getByRole('button', { name: 'Forget everything' }).click();

    await context.setOffline(true);
    // The network really is off: a file the app never cached cannot be fetched.
    expect(await page.evaluate(() => fetch(`./not-cached-${Date.now()}.txt`).then(() => 'fetched', () => 'failed'))).toBe('failed');
    await page.reload();
    await expect.poll(() => page.getByRole('heading', { name: 'Mittari' }).count(), { timeout: 20_000 }).toBe(1);
    await page.getByRole('button', { name: 'Load example data' }).click();
    await expect.poll(() => page.getByRole('row').filter({ hasText: 'example-touchpoints.csv' }).count(), { timeout: 30_000 }).toBe(1);
    await context.close();
  });
});
