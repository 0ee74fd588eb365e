// The command line on workbooks, Parquet files and the platform-against-log reconciliation.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serial, workbook } from '../lib/parsing/xlsx-fixture';

const dir = mkdtempSync(join(tmpdir(), 'mittari-files-'));

function mittari(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { cwd: process.cwd(), encoding: 'utf8', timeout: 30_000 });
  if (run.error) throw run.error;
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, json: () => JSON.parse(run.stdout) as Record<string, unknown> };
}

const LOG = `contact_id,timestamp,channel,converted
c1,2026-03-01T10:00:00Z,Google Ads,1
c2,2026-03-02T10:00:00Z,Meta Ads,1
c3,2026-03-02T11:00:00Z,Google Ads,1
`;

describe('mittari inspect on a workbook', () => {
  it('reads the first sheet, and another with --sheet, naming the sheets', () => {
    const path = join(dir, 'book.xlsx');
    writeFileSync(path, workbook([
      { name: 'Notes', rows: [['note'], ['hello']] },
      { name: 'Ads', rows: [['Day', 'Channel', 'Cost', 'Conversions'], [{ date: serial('2026-03-01') }, 'Google Ads', 10, 4], [{ date: serial('2026-03-02') }, 'Meta Ads', 5, 3]] },
    ]));
    const run = mittari('inspect', '--sheet', 'Ads', path);
    expect([run.status, run.stderr]).toEqual([0, '']);
    expect(run.json()).toMatchObject({ kind: 'spend', format: 'xlsx', sheet: 'Ads', sheets: ['Notes', 'Ads'], rows: 2, spend: 15 });
    const missing = mittari('inspect', '--sheet', 'Nope', path);
    expect([missing.status, missing.stderr]).toEqual([2, 'mittari: book.xlsx has no sheet "Nope"; its sheets are "Notes", "Ads". Pick one of them.\n']);
  });
});

describe('mittari reconcile', () => {
  it('prints the platform\'s conversions against the log\'s last-touch credit over the common days', () => {
    const ads = join(dir, 'ads.csv'), log = join(dir, 'log.csv');
    writeFileSync(ads, 'Day,Channel,Cost,Conversions\n2026-03-01,Google Ads,10,4\n2026-03-02,Meta Ads,5,3\n2026-03-02,Google Ads,10,2\n');
    writeFileSync(log, LOG);
    const run = mittari('reconcile', ads, log);
    expect([run.status, run.stderr]).toEqual([0, '']);
    expect(run.json()).toMatchObject({
      model: 'last_touch', from: '2026-03-01', to: '2026-03-02',
      rows: [{ name: 'Google Ads', platform: 6, log: 2, difference: 4, ratio: 3 }, { name: 'Meta Ads', platform: 3, log: 1, difference: 2, ratio: 3 }],
      total: { platform: 9, log: 3, difference: 6, ratio: 3 },
    });
    const wrong = mittari('reconcile', log, ads);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toMatch(/log\.csv: it holds touchpoints data, not an ad platform's report/);
  });
});
