import { describe, expect, it } from 'vitest';
import { above, atLeast, between, listOf, numberIn, oneOf, pairs, parseCommand, text, UsageError } from '../../src/cli/args';

const spec = { values: { alpha: numberIn(between(0, 1)), mde: numberIn(above(-1)), name: text }, switches: ['relative'] };
const problem = (run: () => unknown) => {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(UsageError);
    return (e as Error).message;
  }
  throw new Error('no UsageError');
};

describe('parseCommand()', () => {
  it('reads values, switches and positionals; a repeated option keeps its last value', () => {
    const r = parseCommand(['a.csv', '--alpha', '0.1', '--relative', '--alpha=0.2', 'b.csv', '--', '--c.csv'], spec);
    expect(r.values).toEqual({ alpha: 0.2 });
    expect([...r.switches]).toEqual(['relative']);
    expect(r.positionals).toEqual(['a.csv', 'b.csv', '--c.csv']);
    expect(r.order).toEqual(['alpha', 'relative', 'alpha']);
  });

  it('takes a value that starts with a dash', () => {
    expect(parseCommand(['--mde', '-0.05', '--name', '--x'], spec).values).toEqual({ mde: -0.05, name: '--x' });
  });

  it.each([
    [['--bogus', '--alpha', '2'], 'unknown option --bogus'],
    [['--colour=red'], 'unknown option --colour=red'],
    [['-x'], 'unknown option -x'],
    [['--alpha', '2', '--bogus'], '--alpha takes a number between 0 and 1, not "2"'],
    [['f.csv', '--alpha'], '--alpha needs a value'],
    [['--relative=yes'], '--relative takes no value, not "yes"'],
  ])('refuses %j with the first problem in argument order: %s', (argv, message) => {
    expect(problem(() => parseCommand(argv, spec))).toBe(message);
  });

  it('appends the hint to unknown options and missing values', () => {
    const hinted = { ...spec, hint: { unknown: ' (see usage)', missing: '!' } };
    expect(problem(() => parseCommand(['--x'], hinted))).toBe('unknown option --x (see usage)');
    expect(problem(() => parseCommand(['--name'], hinted))).toBe('--name needs a value!');
  });

  it('does not treat an inherited property name as an option', () => {
    expect(problem(() => parseCommand(['--constructor', 'x'], spec))).toBe('unknown option --constructor');
  });
});

describe('readers', () => {
  it.each([
    ['0', atLeast(0), 0],
    ['1e3', atLeast(0), 1000],
    [' 0.5 ', between(0, 1), 0.5],
  ])('numberIn() reads %j', (raw, range, n) => {
    expect(numberIn(range)(raw, '--n')).toBe(n);
  });

  it.each([
    ['', atLeast(0), '--n takes a number of at least 0, not ""'],
    ['x', atLeast(0), '--n takes a number of at least 0, not "x"'],
    ['Infinity', atLeast(0), '--n takes a number of at least 0, not "Infinity"'],
    ['1', between(0, 1), '--n takes a number between 0 and 1, not "1"'],
    ['0', above(0), '--n takes a number above 0, not "0"'],
  ])('numberIn() refuses %j', (raw, range, message) => {
    expect(problem(() => numberIn(range)(raw, '--n'))).toBe(message);
  });

  it('oneOf() names the choices', () => {
    expect(oneOf(['a', 'b'], 'model')('b', '--m')).toBe('b');
    expect(problem(() => oneOf(['a', 'b'], 'model')('c', '--m'))).toBe('unknown model c; use one of a, b');
    expect(problem(() => oneOf(['a', 'b'], 'model')('', '--m'))).toBe('unknown model ""; use one of a, b');
    expect(problem(() => oneOf(['week', 'month', 'quarter'])('year', '--period'))).toBe('--period takes week, month or quarter, not "year"');
  });

  it('listOf() trims each item and reads it', () => {
    expect(listOf(oneOf(['a', 'b']))('a, b', '--m')).toEqual(['a', 'b']);
    expect(problem(() => listOf(oneOf(['a', 'b']))('a,', '--m'))).toBe('--m takes a or b, not ""');
  });

  it('pairs() reads name=number pairs, names with spaces and "=" kept to the last one', () => {
    expect(pairs('demo request=3, a=b=2', '--w')).toEqual({ 'demo request': 3, 'a=b': 2 });
    expect(problem(() => pairs('webinar', '--w'))).toBe('--w takes name=number pairs separated by commas, not "webinar"');
    expect(problem(() => pairs('a=-1', '--w'))).toBe('--w takes a number of at least 0, not "-1"');
  });
});
