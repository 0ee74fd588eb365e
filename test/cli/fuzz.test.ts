// Issue 18's fuzz test at the command line: every command run in-process on random bytes and random near-CSV
// (test/property/hostile-arbitraries.ts). Whatever the input: the exit code is 0 or 2, a failure is one line on
// stderr, stdout is JSON or nothing, and no printed value is NaN, Infinity, undefined or a null number.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { writeFileSync } from 'node:fs';
import { captureOutput, tempFiles } from './io';
import { runCli } from '../../src/cli/main';
import { anyBytes } from '../property/hostile-arbitraries';

const file = tempFiles('mittari-fuzz-');
const io = captureOutput();
const SPEND = file('spend.csv', 'date,channel,spend\n2025-01-06,Search,100\n2025-01-06,Email,50\n2025-01-06,__proto__,20\n');
const TOUCHPOINTS = file('tp.csv', 'contact_id,timestamp,channel,converted,deal_value\nC1,2025-01-06T10:00:00Z,Search,0,\nC1,2025-01-08T10:00:00Z,Email,1,100\nC2,2025-01-07T10:00:00Z,__proto__,1,50\n');

/** Each command with the fuzzed file in every place a file goes. */
const COMMANDS = (path: string): string[][] => [
  ['inspect', path],
  ['attribute', path],
  ['attribute', path, '--markov-order', '3', '--lookback-days', '30'],
  ['experiment', path],
  ['kpis', path],
  ['kpis', path, TOUCHPOINTS.endsWith(path) ? SPEND : TOUCHPOINTS, '--period', 'week'],
  ['budget', '--spend', path, '--touchpoints', TOUCHPOINTS],
  ['budget', '--spend', SPEND, '--touchpoints', path, '--model', 'linear'],
  ['budget', path],
  ['mmm', path],
];

describe('every command on hostile files, fuzzed', () => {
  it('exits 0 with JSON or 2 with one line, and never prints a number that is not one', async () => {
    let n = 0;
    const succeeded = new Set<string>();
    await fc.assert(
      fc.asyncProperty(anyBytes, async (bytes) => {
        const path = file(`fuzz-${n++}.csv`, '');
        writeFileSync(path, bytes);
        for (const argv of COMMANDS(path)) {
          const [o, e] = [io.out.length, io.err.length];
          const code = await runCli(argv);
          const [out, err] = [io.out.slice(o), io.err.slice(e)];
          expect([0, 2], argv.join(' ')).toContain(code);
          if (code === 2) {
            expect(err.split('\n').filter((l) => l !== ''), err).toHaveLength(1);
            continue;
          }
          succeeded.add(argv.slice(0, 2).join(' ').replace(path, 'FILE'));
          expect(err).toBe('');
          // Valid JSON has no NaN, Infinity or undefined outside strings (the A/B case printed the bare word undefined).
          expect(() => JSON.parse(out), out.slice(0, 200)).not.toThrow();
          expect(out.replace(/"(?:[^"\\]|\\.)*"/g, '""')).not.toMatch(/\bNaN\b|\bInfinity\b|\bundefined\b/);
        }
      }),
      { seed: 18, numRuns: 80, interruptAfterTimeLimit: 25_000 },
    );
    // The runs reach the engine: every command but mmm (which needs a year of weeks) succeeds on some files.
    expect([...succeeded].sort()).toEqual(['attribute FILE', 'budget --spend', 'experiment FILE', 'inspect FILE', 'kpis FILE']);
  });

  it('sample-size: any numbers give a plan with finite numbers, or exit 2 with one line', async () => {
    const number = fc.oneof(fc.constantFrom('0', '1', '0.5', '1e-300', '1e308', '-0.05', '0.999999', '1e-9', 'NaN', ''), fc.double().map(String));
    await fc.assert(
      fc.asyncProperty(number, number, fc.boolean(), async (baseline, mde, relative) => {
        const [o, e] = [io.out.length, io.err.length];
        const code = await runCli(['sample-size', '--baseline', baseline, '--mde', mde, ...(relative ? ['--relative'] : [])]);
        expect([0, 2]).toContain(code);
        if (code === 0) expect(io.out.slice(o)).not.toMatch(/\bnull\b|\bNaN\b|\bInfinity\b/);
        else expect(io.err.slice(e).split('\n').filter((l) => l !== '')).toHaveLength(1);
      }),
      { seed: 18, numRuns: 300, interruptAfterTimeLimit: 10_000 },
    );
  });
});
