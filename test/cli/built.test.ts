// The built command line (`npm run build:cli`, what `bin: mittari` runs): it is built here into a temp folder, so
// the test needs nothing built before it, and its output must equal the TypeScript source's, run through tsx.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHANNELATTRIBUTION_PATHS } from '../shared';
import { writeTouchpoints } from '../bench/touchpoints';

const out = mkdtempSync(join(tmpdir(), 'mittari-cli-build-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

beforeAll(() => {
  const vite = join(process.cwd(), 'node_modules', 'vite', 'bin', 'vite.js');
  const build = spawnSync(process.execPath, [vite, 'build', '--mode', 'cli', '--outDir', out, '--logLevel', 'error'], { encoding: 'utf8', timeout: 120_000 });
  if (build.status !== 0) throw new Error(`the CLI build failed: ${build.stderr}`);
}, 120_000);

function run(entry: string[], args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [...entry, ...args], { encoding: 'utf8', timeout: 60_000, env: { ...process.env, ...env } });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
const built = (...args: string[]) => run([join(out, 'cli.js')], args);
const source = (...args: string[]) => run(['--import', 'tsx', 'src/cli.ts'], args);

describe('the built command line', () => {
  it('is one file that starts with a node shebang, needs no tsx and bundles papaparse', () => {
    const text = readFileSync(join(out, 'cli.js'), 'utf8');
    expect(text.startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(text).not.toMatch(/from ["'](tsx|papaparse)/);
  });

  it.each([
    ['attribute', 'public/examples/touchpoints.csv'],
    ['attribute', CHANNELATTRIBUTION_PATHS, '--models', 'first,linear,markov', '--markov-order', '2'],
    ['inspect', 'public/examples/spend.csv', 'test/fixtures/fi-spend-cp1252.csv'],
  ])('prints what the TypeScript source prints: %s %s', (...args) => {
    const a = built(...args);
    const b = source(...args);
    expect([a.status, a.stderr]).toEqual([0, '']);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout.length).toBeGreaterThan(100);
  });

  it('parses a 9 MB file on two worker threads into what one thread gives', () => {
    const file = join(out, 'touchpoints.csv');
    writeTouchpoints(file, 125_000);
    expect(statSync(file).size).toBeGreaterThan(8 * 1024 * 1024); // over the size the parse is split from
    const two = run([join(out, 'cli.js')], ['attribute', file], { MITTARI_THREADS: '2' });
    const one = run([join(out, 'cli.js')], ['attribute', file], { MITTARI_THREADS: '1' });
    expect([two.status, two.stderr]).toEqual([0, '']);
    expect(two.stdout).toBe(one.stdout);
    expect(JSON.parse(two.stdout).journeys).toBeGreaterThan(20_000);
  });

  it('fails as the source does: exit 2 and the same line on stderr', () => {
    const a = built('attribute', 'no-such-file.csv');
    const b = source('attribute', 'no-such-file.csv');
    expect([a.status, a.stderr]).toEqual([2, b.stderr]);
  });
});
