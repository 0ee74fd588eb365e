// Issue 18 at the command line: inputs that printed `undefined`, `null` or a wrong sentence with exit 0 now exit 2
// with one sentence that says why.
import { describe, expect, it } from 'vitest';
import { captureOutput, tempFiles } from './io';
import { runCli } from '../../src/cli/main';
import { writeFileSync } from 'node:fs';

const file = tempFiles('mittari-hostile-');
const io = captureOutput();
const lines = (s: string) => s.split('\n').filter((l) => l !== '');

describe('case 5: an A/B file with no usable rows', () => {
  it.each([
    ['negative users', 'variant,users,conversions\nA,-5,1\nB,-3,2\n', 'negative 2'],
    ['every row bad', 'variant,users,conversions\nA,many,1\nB,,2\n', 'not a number 1, missing value 1'],
    ['1e308 users', 'variant,users,conversions\nA,1e308,10\nB,1e308,12\n', 'too large 2'],
  ])('%s: exit 2 and the reason, never the word undefined', async (name, csv, problems) => {
    const path = file(`${name.replace(/ /g, '-')}.csv`, csv);
    expect(await runCli(['experiment', path])).toBe(2);
    expect(io.out).toBe('');
    expect(lines(io.err)).toEqual([`mittari: cannot analyse ${path}: an experiment needs at least 2 variants, not 0 (no row of 2 could be used: ${problems}; mittari inspect lists them)`]);
  });
});

describe('case 3: overflow at the command line', () => {
  it('a spend of 1e309 is a row problem in inspect, and the total is the other rows', async () => {
    const path = file('inf.csv', 'date,channel,spend\n2025-01-01,Search,1e309\n2025-01-02,Email,5\n');
    expect(await runCli(['inspect', path])).toBe(0);
    const json = JSON.parse(io.out) as { spend: number; issues: { byReason: Record<string, number>; first: unknown[] } };
    expect(json.spend).toBe(5);
    expect(json.issues.byReason).toEqual({ too_large: 1 });
    expect(json.issues.first).toEqual([{ row: 2, column: 'spend', value: '1e309', reason: 'too_large' }]);
  });

  it('a budget scenario with a 1e308 spend is refused by name, not printed with null spends', async () => {
    const scenario = { mode: 'max_response', channels: [{ name: 'Search', currentSpend: 1e308, curve: { beta: 100, alpha: 1, gamma: 50 } }, { name: 'Email', currentSpend: 10, curve: { beta: 50, alpha: 1, gamma: 20 } }] };
    const path = file('big.json', JSON.stringify(scenario));
    expect(await runCli(['budget', path])).toBe(2);
    expect(io.out).toBe('');
    expect(lines(io.err)).toEqual([`mittari: ${path}: channels[0].currentSpend must be at most 1e15 (Mittari adds amounts up to 10^15), not 1e+308`]);
  });
});

describe('case 10: a UTF-16 scenario file', () => {
  it('reads a UTF-16LE scenario with its BOM, as Windows Notepad saves "Unicode"', async () => {
    const scenario = JSON.stringify({ mode: 'max_response', channels: [{ name: 'Haku', currentSpend: 100, curve: { beta: 100, alpha: 1, gamma: 50 } }, { name: 'Sähköposti', currentSpend: 10, curve: { beta: 50, alpha: 1, gamma: 20 } }] });
    const path = file('utf16.json', '');
    writeFileSync(path, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(scenario, 'utf16le')]));
    expect([await runCli(['budget', path]), io.err]).toEqual([0, '']);
    const json = JSON.parse(io.out) as { status: string; channels: { name: string }[] };
    expect(json.channels.map((c) => c.name)).toEqual(['Haku', 'Sähköposti']);
  });
});

describe('case 8: a touchpoint file whose every timestamp is unreadable', () => {
  const csv = 'user_id,timestamp,channel,conversion\nu1,garbage,Search,1\nu2,nonsense,Email,0\n';
  const sentence = 'No value in column "timestamp" reads as a date (row 2: "garbage"), so no row could be used. Map another column as the timestamp, set this one to "Not used", or fix the dates in the file.';

  it('inspect sets the mapping problem', async () => {
    expect(await runCli(['inspect', file('tp-bad.csv', csv)])).toBe(0);
    expect((JSON.parse(io.out) as { mappingProblem: string }).mappingProblem).toBe(sentence);
  });

  it('attribute exits 2 with that sentence instead of empty models', async () => {
    const path = file('tp-bad2.csv', csv);
    expect(await runCli(['attribute', path])).toBe(2);
    expect(io.out).toBe('');
    expect(lines(io.err)).toEqual([`mittari: cannot attribute ${path}: ${sentence}`]);
  });
});

describe('cases 1, 2 and 11: limits at the command line', () => {
  it('inspect refuses a 5 MiB line with exit 2 and one sentence', async () => {
    const path = file('x.csv', 'x'.repeat(5 * 1024 * 1024));
    expect(await runCli(['inspect', path])).toBe(2);
    expect(lines(io.err)).toEqual(['mittari: x.csv has a line of 5 MB (line 1), longer than the 4 MB Mittari reads in one line: no export writes one, so this is not a CSV table, or its line breaks were lost. Export the table again as CSV.']);
  });

  it('experiment refuses 1,000 arms with exit 2 and the reason', async () => {
    const path = file('ab1000.csv', `variant,users,conversions\n${Array.from({ length: 1000 }, (_, i) => `v${i},1000,${50 + (i % 7)}`).join('\n')}\n`);
    expect(await runCli(['experiment', path])).toBe(2);
    expect(lines(io.err)).toEqual([`mittari: cannot analyse ${path}: an experiment of 1,000 variants is more than Mittari compares at once (at most 100); analyse the variants in smaller groups, each with the control`]);
  });

  it('budget from 500 channels says why the Markov model is off', async () => {
    const spend = `date,channel,spend\n${Array.from({ length: 500 }, (_, c) => `2025-01-06,ch${c},${100 + c}`).join('\n')}\n`;
    const tp = `user_id,timestamp,channel,conversion\n${Array.from({ length: 500 }, (_, c) => `u${c},2025-01-0${1 + (c % 5)},ch${c},${c % 2}\nu${c},2025-01-09,ch${(c * 7) % 500},${c % 2}`).join('\n')}\n`;
    expect(await runCli(['budget', '--spend', file('spend500.csv', spend), '--touchpoints', file('tp500.csv', tp)])).toBe(2);
    expect(lines(io.err)).toEqual(['mittari: cannot build a budget scenario: the markov model does not apply to this data: The Markov model solves the chain once per channel, which takes minutes with 500 channels; it is off above 200. Group the channels (for example by source or channel group) to use it.']);
  });
});
