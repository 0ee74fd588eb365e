// Issue 18, case 4: the command line had no top-level catch, so an unexpected throw (a scenario nested 200,000
// arrays deep) became exit 1 and a stack trace. Now: exit 2, one line, and the stack only with --debug.
import { describe, expect, it } from 'vitest';
import { captureOutput, tempFiles } from './io';
import { runCli } from '../../src/cli/main';
import { printJson } from '../../src/cli/io';

const file = tempFiles('mittari-main-');
const io = captureOutput();
const lines = (s: string) => s.split('\n').filter((l) => l !== '');

describe('runCli()', () => {
  it('turns an unexpected error into exit 2 and one line, without a stack trace', async () => {
    const boom = () => {
      throw new TypeError('boom');
    };
    expect(await runCli(['explode', 'x'], new Map([['explode', boom]]))).toBe(2);
    expect(io.out).toBe('');
    expect(lines(io.err)).toEqual(['mittari: unexpected error (boom). This is a bug in Mittari; run the command again with --debug to see where it happened.']);
  });

  it('shows the stack trace with --debug, and the command does not see the flag', async () => {
    let seen: readonly string[] = [];
    const boom = (argv: readonly string[]) => {
      seen = argv;
      throw new TypeError('boom');
    };
    expect(await runCli(['explode', '--debug', 'x'], new Map([['explode', boom]]))).toBe(2);
    expect(seen).toEqual(['x']);
    expect(lines(io.err)[0]).toBe('mittari: unexpected error (boom). This is a bug in Mittari; run the command again with --debug to see where it happened.');
    expect(io.err).toMatch(/TypeError: boom\n\s+at /);
  });

  it('reads a scenario nested 200,000 arrays deep with exit 2 and one sentence', async () => {
    const path = file('deep.json', '['.repeat(200_000) + ']'.repeat(200_000));
    expect(await runCli(['budget', path])).toBe(2);
    expect(io.out).toBe('');
    expect(lines(io.err)).toEqual([`mittari: ${path}: the scenario must be a JSON object, not an array nested more than 20 levels deep`]);
  });

  it('names the field of a scenario whose channel is nested 200,000 arrays deep', async () => {
    const deep = '['.repeat(200_000) + ']'.repeat(200_000);
    const path = file('deep-channel.json', `{"mode":"max_response","channels":[${deep}]}`);
    expect(await runCli(['budget', path])).toBe(2);
    expect(lines(io.err)).toEqual([`mittari: ${path}: channels[0] must be an object with name, currentSpend and curve, not an array nested more than 20 levels deep`]);
  });
});

describe('printJson()', () => {
  it.each([NaN, Infinity, -Infinity])('refuses to print %s where a number is promised, naming the field', (x) => {
    expect(() => printJson({ variants: [{ name: 'A', probBest: x }] })).toThrow('the result holds a number that is not finite (probBest), so it was not printed; check the input for values that are too large or too many');
    expect(io.out).toBe('');
  });

  it('checks the numbers after the replacer has run', () => {
    expect(() => printJson({ a: 1 }, (_, v) => (v === 1 ? NaN : v))).toThrow(/not finite \(a\)/);
  });

  it('prints null, text and ordinary numbers as before', () => {
    printJson({ a: null, b: 'x', c: [1.5, -0, 1e15] });
    expect(io.out).toBe('{\n  "a": null,\n  "b": "x",\n  "c": [\n    1.5,\n    0,\n    1000000000000000\n  ]\n}\n');
  });

  it('turns a non-finite result into exit 2 and its sentence at the top level', async () => {
    const nan = () => {
      printJson({ spend: NaN });
      return 0;
    };
    expect(await runCli(['nan'], new Map([['nan', nan]]))).toBe(2);
    expect(io.out).toBe('');
    expect(lines(io.err)).toEqual(['mittari: the result holds a number that is not finite (spend), so it was not printed; check the input for values that are too large or too many']);
  });
});
