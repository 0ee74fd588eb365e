// Runs the end-to-end suite N times in a row (default 5) on one build, and stops at the first failing run,
// printing which test failed and how. `npm run test:e2e:repeat [-- N]`. A flaky test costs a whole submission:
// this is how a change to the e2e tests (or to what they wait for) is shown to hold.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface Assertion { fullName: string; status: string; failureMessages: string[]; duration?: number }
interface FileResult { name: string; status: string; message?: string; assertionResults: Assertion[] }
interface Report { numPassedTests: number; numFailedTests: number; testResults: FileResult[] }

const runs = Number(process.argv[2] ?? process.env.RUNS ?? 5);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`e2e-repeat: the number of runs must be a whole number of at least 1, not "${process.argv[2]}"`);
  process.exit(2);
}
const dir = mkdtempSync(join(tmpdir(), 'mittari-e2e-repeat-'));
const started = Date.now();
let failed = false;
for (let run = 1; run <= runs && !failed; run++) {
  const out = join(dir, `run-${run}.json`);
  const t0 = Date.now();
  const r = spawnSync('npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`], { stdio: 'inherit' });
  const seconds = ((Date.now() - t0) / 1000).toFixed(0);
  let report: Report | null = null;
  try {
    report = JSON.parse(readFileSync(out, 'utf8')) as Report;
  } catch {
    // no report: vitest itself failed to start
  }
  if (r.status === 0 && report) {
    console.log(`\ne2e-repeat: run ${run}/${runs} passed (${report.numPassedTests} tests, ${seconds} s)\n`);
    continue;
  }
  failed = true;
  console.log(`\ne2e-repeat: run ${run}/${runs} FAILED after ${seconds} s (exit ${r.status ?? r.signal})`);
  for (const file of report?.testResults ?? []) {
    if (file.status !== 'failed') continue;
    const bad = file.assertionResults.filter((a) => a.status === 'failed');
    if (bad.length === 0) console.log(`  ${file.name}: ${file.message ?? 'failed outside a test'}`);
    for (const a of bad) console.log(`  ${file.name} > ${a.fullName}\n    ${(a.failureMessages[0] ?? '').split('\n').slice(0, 6).join('\n    ')}`);
  }
}
rmSync(dir, { recursive: true, force: true });
if (!failed) console.log(`e2e-repeat: ${runs} of ${runs} runs passed in ${((Date.now() - started) / 60000).toFixed(1)} min`);
process.exit(failed ? 1 : 0);
