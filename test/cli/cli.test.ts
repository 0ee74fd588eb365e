import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHANNELATTRIBUTION_PATHS as PATHS_CSV } from '../shared';

const FI_SPEND = 'test/fixtures/fi-spend-cp1252.csv';

/** Runs the CLI as a user would (about 1 s per run, so each test spawns once). */
function mittari(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { cwd: process.cwd(), encoding: 'utf8', timeout: 30_000 });
  if (run.error) throw run.error;
  const json = (): unknown => JSON.parse(run.stdout);
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, json, stderrLines: run.stderr.split('\n').filter((l) => l !== '') };
}

describe('mittari inspect', () => {
  it('prints one JSON object with the published totals of the ChannelAttribution path table', () => {
    const run = mittari('inspect', PATHS_CSV);
    expect([run.status, run.stderr]).toEqual([0, '']);
    const out = run.json() as Record<string, unknown>;
    expect(out).toMatchObject({
      file: PATHS_CSV,
      kind: 'paths',
      delimiter: ';',
      rows: 10_000,
      conversions: 19_785,
      nulls: 68_602,
      journeys: 88_387,
      columns: [
        { name: 'path', role: 'path', type: 'text' },
        { name: 'total_conversions', role: 'conversions', type: 'number' },
        { name: 'total_conversion_value', role: 'value', type: 'number' },
        { name: 'total_null', role: 'nulls', type: 'number' },
      ],
      issues: { count: 0, byReason: {}, first: [] },
      mappingProblem: null,
    });
    expect(out.conversionValue).toBeCloseTo(74_802.97158721, 6);
  });

  it('reads a Finnish Excel export: Windows-1252, semicolons, decimal commas, the total row as a footer', () => {
    const run = mittari('inspect', FI_SPEND);
    expect(run.status).toBe(0);
    const out = run.json() as { issues: { byReason: unknown; first: unknown[] } };
    expect(out).toMatchObject({ encoding: 'windows-1252', delimiter: ';', decimal: ',', kind: 'spend', rows: 4 });
    expect(out.issues.byReason).toEqual({ footer: 1 });
    expect(out.issues.first[0]).toMatchObject({ row: 6, reason: 'footer', value: 'Yhteensä' });
  });

  it('prints a JSON array, in argument order, for two files', () => {
    const run = mittari('inspect', FI_SPEND, PATHS_CSV);
    expect(run.status).toBe(0);
    const out = run.json() as { file: string; kind: string }[];
    expect(out.map((o) => [o.file, o.kind])).toEqual([
      [FI_SPEND, 'spend'],
      [PATHS_CSV, 'paths'],
    ]);
  });

  it('exits 2 with one line naming a missing file, and still prints the files it could read', () => {
    const run = mittari('inspect', 'no/such.csv', FI_SPEND);
    expect(run.status).toBe(2);
    expect(run.stderrLines).toEqual(['mittari: no/such.csv: no such file']);
    expect((run.json() as { kind: string }[]).map((o) => o.kind)).toEqual(['spend']);
  });

  it('exits 2 with one line telling to save an Excel workbook as CSV', () => {
    const run = mittari('inspect', 'test/fixtures/workbook.xlsx');
    expect([run.status, run.stdout]).toEqual([2, '']);
    expect(run.stderrLines).toHaveLength(1);
    expect(run.stderrLines[0]).toMatch(/^mittari: workbook\.xlsx is .*save it as CSV/);
  });

  it.each([
    { what: 'no arguments', args: [] },
    { what: 'an unknown command', args: ['convert', FI_SPEND] },
    { what: 'attribute with two files', args: ['attribute', FI_SPEND, PATHS_CSV] },
  ])('exits 2 with the usage of every command on stderr for $what', ({ args }) => {
    const run = mittari(...args);
    expect([run.status, run.stdout]).toEqual([2, '']);
    expect(run.stderr).toContain('usage: mittari inspect');
    expect(run.stderr).toContain('mittari attribute FILE');
  });

  it.each([
    { what: 'an unknown option', args: ['inspect', '--colour', FI_SPEND], says: 'unknown option --colour' },
    { what: 'an option without its value', args: ['inspect', FI_SPEND, '--delimiter'], says: '--delimiter needs a value' },
    { what: 'an unknown model', args: ['attribute', PATHS_CSV, '--models', 'first,magic'], says: 'unknown model magic' },
    { what: 'a bad weight', args: ['attribute', PATHS_CSV, '--weights', 'first=x'], says: '--weights takes a number' },
  ])('exits 2 with one line for $what', ({ args, says }) => {
    const run = mittari(...args);
    expect([run.status, run.stdout]).toEqual([2, '']);
    expect(run.stderrLines).toHaveLength(1);
    expect(run.stderr).toContain(says);
  });

  it.each([
    { args: ['--delimiter', ','], delimiter: ',', columns: 1 },
    { args: ['--delimiter', 'tab'], delimiter: '\t', columns: 1 },
  ])('reads with the delimiter given by $args instead of the sniffed ";"', ({ args, delimiter, columns }) => {
    const run = mittari('inspect', ...args, PATHS_CSV);
    expect(run.status).toBe(0);
    const out = run.json() as { delimiter: string; columns: unknown[]; kind: string };
    expect([out.delimiter, out.columns.length, out.kind]).toEqual([delimiter, columns, 'unknown']);
  });
});

describe('mittari in a pipe', () => {
  it('exits 0 without a stack trace when the reader closes the pipe early (mittari … | head)', () => {
    // 150 channels: the JSON (every model's credit per channel) is far larger than a pipe's 64 KB buffer.
    const file = join(mkdtempSync(join(tmpdir(), 'mittari-pipe-')), 'many.csv');
    writeFileSync(file, 'path,conversions,nulls\n' + Array.from({ length: 3000 }, (_, i) => `c${i % 150} > c${(i * 7) % 150},${i % 3},1`).join('\n') + '\n');
    const run = spawnSync('sh', ['-c', `"${process.execPath}" --import tsx src/cli.ts attribute "${file}" | head -c 20 >/dev/null`], { cwd: process.cwd(), encoding: 'utf8', timeout: 60_000 });
    expect(run.stderr).not.toMatch(/EPIPE|at WriteWrap/);
  });
});
