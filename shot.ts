import { startApp, openPage } from './test/e2e/harness';
const app = await startApp();
for (let run = 0; run < 4; run++) {
const { page } = await openPage(app);
await page.waitForTimeout(500);
await page.evaluate(() => {
  const w = window as any; w.tasks = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) w.tasks.push({ long: Math.round(e.duration), t: Math.round(e.startTime) }); }).observe({ type: 'longtask' });
  new PerformanceObserver((l) => { for (const e of l.getEntries() as any) w.tasks.push({ t: Math.round(e.startTime), d: Math.round(e.duration), block: Math.round(e.blockingDuration), style: Math.round(e.styleAndLayoutStart ? e.startTime + e.duration - e.styleAndLayoutStart : 0), scripts: e.scripts.map((s: any) => `${s.invoker}/${s.sourceFunctionName}:${Math.round(s.duration)} fl${Math.round(s.forcedStyleAndLayoutDuration)}`).join(' | ') }); }).observe({ type: 'long-animation-frame' });
});
await page.getByLabel('Add CSV files').setInputFiles('/tmp/mittari-e2e/touchpoints-100mb.csv');
await page.getByRole('row').filter({ hasText: 'touchpoints-100mb.csv' }).waitFor({ timeout: 120000 });
await page.waitForTimeout(300);
console.log('LOAD', JSON.stringify(await page.evaluate(() => (window as any).tasks.splice(0))));
await page.getByRole('tab', { name: 'Attribution' }).click();
await page.getByRole('table').filter({ hasText: 'Credited conversions by model' }).waitFor({ timeout: 120000 });
await page.waitForTimeout(800);
console.log('ATTR', JSON.stringify(await page.evaluate(() => (window as any).tasks.splice(0)), null, 0));
await page.context().close();
}
await app.close();
