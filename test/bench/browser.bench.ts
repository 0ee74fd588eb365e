// `npm run bench:browser` (after `npm run build`): the built app in headless Chromium with 100k, 1M and 3M
// touchpoint rows (3M is about the largest file the tab accepts: see src/lib/ingest/capacity.ts). Records the
// time to load, the time to the first attribution result, and the renderer's peak memory (VmHWM of Chromium's
// renderer processes, which hold the page and its worker).
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { startApp, openPage } from '../e2e/harness';
import { generateTouchpoints } from './touchpoints';

const SIZES = (process.env.BENCH_BROWSER_ROWS ?? '100000,1000000,3000000').split(',').map(Number);

/** Peak resident memory (MB) over Chromium renderer processes alive now. */
function rendererPeakMb(): number {
  let peak = 0;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!cmd.includes('chromium') || !cmd.includes('--type=renderer')) continue;
      const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (hwm) peak = Math.max(peak, Number(hwm[1]) / 1024);
    } catch {
      // the process ended while we looked
    }
  }
  return peak;
}

async function main() {
  const dir = join(tmpdir(), 'mittari-bench');
  mkdirSync(dir, { recursive: true });
  console.log('| rows | file | load (to the dataset in the list) | first attribution result | peak renderer memory |\n|---|---|---|---|---|');
  for (const rows of SIZES) {
    const path = join(dir, `touchpoints-${rows}.csv`);
    if (!existsSync(path)) writeFileSync(path, generateTouchpoints(rows));
    const app = await startApp();
    try {
      const { page } = await openPage(app);
      const name = path.split('/').pop() as string;
      const t0 = Date.now();
      await page.getByLabel('Add CSV files').setInputFiles(path);
      await page.getByRole('row').filter({ hasText: name }).waitFor({ timeout: 600_000 });
      const loaded = Date.now() - t0;
      await page.getByRole('tab', { name: 'Attribution' }).click();
      await page.getByRole('table').filter({ hasText: 'Credited conversions by model' }).waitFor({ timeout: 600_000 });
      const first = Date.now() - t0;
      const mb = (statSync(path).size / 1024 / 1024).toFixed(0);
      console.log(`| ${rows.toLocaleString('en-US')} | ${mb} MB | ${(loaded / 1000).toFixed(1)} s | ${(first / 1000).toFixed(1)} s | ${Math.round(rendererPeakMb())} MB |`);
    } finally {
      await app.close();
    }
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
