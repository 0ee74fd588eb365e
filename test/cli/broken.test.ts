// The command-line half of the broken-file corpus (test/fixtures/broken/expected.ts, CLI_CASES): each hostile
// file gives its exit code and exactly its lines on stderr, and nothing on stdout.
import { afterAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { captureOutput } from './io';
import { runCli } from '../../src/cli/main';
import { CLI_CASES } from '../fixtures/broken/expected';
import { writeGenerated } from '../fixtures/broken/make';

const io = captureOutput();
const dir = writeGenerated();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const pathOf = (source: (typeof CLI_CASES)[number]['source']) =>
  'generated' in source ? join(dir, source.generated) : new URL(`../fixtures/broken/${source.fixture}`, import.meta.url).pathname;

describe('the broken-file corpus at the command line', () => {
  it.each(CLI_CASES.map((c) => [c.what, c] as const))('%s', async (_, c) => {
    const path = pathOf(c.source);
    const argv = c.argv.map((a) => (a === '$' ? path : a === '$spend' ? join(dir, 'spend-500-channels.csv') : a));
    const started = Date.now();
    expect(await runCli(argv)).toBe(c.exit);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(io.out).toBe('');
    expect(io.err.split('\n').filter((l) => l !== '')).toEqual(c.stderr.map((l) => l.replaceAll('$', path)));
  });
});
