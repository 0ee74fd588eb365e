import { describe, expect, it } from 'vitest';
import { captureOutput, tempFiles } from './io';
import { experimentCommand } from '../../src/cli/experiment';
import { sampleSizeCommand } from '../../src/cli/sample-size';
import { inspectCommand } from '../../src/cli/inspect';

// The commands are called in-process (src/cli.ts, which dispatches to them, belongs to the lead).
const file = tempFiles('mittari-experiment-');
const io = captureOutput();

interface Json {
  metric: string;
  srm: { chi2: number; df: number; pValue: number; flagged: boolean; warning: string | null };
  variants: { name: string; users: number; conversions: number; rate: number; revenueMean?: number }[];
  comparisons: { variant: string; control: string; pValue: number; pValueHolm: number; probBeatControl: number; relCiFieller: [number, number] | null; verdict: string; revenue?: { pValue: number; absCi: [number, number] } }[];
  metrics?: Json[];
}

describe('mittari experiment', () => {
  it('analyses the example file: Variant B against Control, with revenue means', async () => {
    expect(await experimentCommand(['public/examples/experiment.csv'])).toBe(0);
    expect(io.err).toBe('');
    const json = JSON.parse(io.out) as Json;
    expect(json.variants.map((v) => [v.name, v.users, v.conversions])).toEqual([['Control', 6197, 178], ['Variant B', 6133, 221]]);
    expect(json.variants[0].revenueMean).toBeCloseTo(43156 / 6197, 12);
    expect(json.comparisons[0]).toMatchObject({ variant: 'Variant B', control: 'Control' });
    expect(json.comparisons[0].pValue).toBeCloseTo(0.0218006, 6);
    expect(json.srm).toMatchObject({ df: 1, flagged: false });
    expect(json.comparisons[0].verdict).toMatch(/^Variant B converts 25% better than Control/);
  });

  it('compares revenue with Welch when sums of squares are given (GrowthBook vector), honouring --control and --weights', async () => {
    const path = file('revenue.csv', 'variant,users,conversions,revenue,revenue_sum_squares\nnew,3461,320,2422.7,134698.29\nold,3407,300,1396.87,52377.9767\n');
    expect(await experimentCommand([path, '--control', 'old', '--weights', '50,50', '--alpha', '0.05'])).toBe(0);
    const json = JSON.parse(io.out) as Json;
    expect(json.comparisons[0]).toMatchObject({ variant: 'new', control: 'old' });
    expect(json.comparisons[0].revenue?.pValue).toBeCloseTo(0.02016, 5);
    expect(json.comparisons[0].revenue?.absCi[0]).toBeCloseTo(0.04538, 5);
  });

  it('flags a sample ratio mismatch over three arms and adds Holm p-values', async () => {
    const path = file('three.csv', 'variant,visitors,conversions\nA,6000,600\nB,5000,560\nC,6100,640\n');
    expect(await experimentCommand([path])).toBe(0);
    const json = JSON.parse(io.out) as Json;
    expect(json.srm.flagged).toBe(true);
    expect(json.srm.warning).toMatch(/not what was planned .* bug in assignment or tracking/);
    expect(json.comparisons).toHaveLength(2);
    expect(json.comparisons.every((c) => c.pValueHolm >= c.pValue)).toBe(true);
  });

  it('analyses every metric of a file and puts the first one at the top level', async () => {
    const path = file('metrics.csv', 'metric,variant,users,conversions\nsignup,A,1000,100\nsignup,B,1000,130\nclick,A,1000,300\nclick,B,1000,310\n');
    expect(await experimentCommand([path])).toBe(0);
    const json = JSON.parse(io.out) as Json;
    expect(json.metric).toBe('signup');
    expect(json.metrics?.map((m) => m.metric)).toEqual(['signup', 'click']);
    expect(json.metrics?.[1].variants[0].conversions).toBe(300);
  });

  const failures = [
    { args: [], stderr: /^mittari: usage: mittari experiment FILE/ },
    { args: ['public/examples/experiment.csv', '--alpha', '2'], stderr: /--alpha takes a number between 0 and 1/ },
    { args: ['public/examples/experiment.csv', '--bogus'], stderr: /unknown option --bogus/ },
    { args: ['no/such/file.csv'], stderr: /no such file/ },
    { args: ['public/examples/touchpoints.csv'], stderr: /cannot analyse .* it holds touchpoints data/ },
    { args: ['public/examples/experiment.csv', '--control', 'Z'], stderr: /no variant named "Z"/ },
    { args: ['public/examples/experiment.csv', '--weights', '1,2,3'], stderr: /3 weights for 2 variants/ },
  ];
  it.each(failures)('exits 2 with one line on stderr for $args', async ({ args, stderr }) => {
    expect(await experimentCommand(args)).toBe(2);
    expect(io.out).toBe('');
    expect(io.err).toMatch(stderr);
    expect(io.err.trimEnd().split('\n')).toHaveLength(1);
  });

  it('exits 2 for a file whose counts are impossible', async () => {
    const path = file('bad.csv', 'variant,users,conversions\nA,100,10\nB,100,150\n');
    expect(await experimentCommand([path])).toBe(2);
    expect(io.err).toMatch(/B: conversions must be a whole number from 0 to users/);
  });
});

describe('mittari sample-size', () => {
  it("prints Evan Miller's and the pooled size per arm, unrounded", () => {
    expect(sampleSizeCommand(['--baseline', '0.2', '--mde', '0.05'])).toBe(0);
    const json = JSON.parse(io.out) as { evanMiller: number; pooled: number; evanMillerRounded: number; pooledCeil: number };
    expect(json.evanMiller).toBeCloseTo(1030.2192831, 6);
    expect(json.pooled).toBeCloseTo(1093.7390458, 6);
    expect([json.evanMillerRounded, json.pooledCeil]).toEqual([1030, 1094]);
  });

  it('takes a relative MDE, alpha, power and daily traffic', () => {
    expect(sampleSizeCommand(['--baseline', '0.2', '--mde', '0.25', '--relative', '--alpha', '0.05', '--power', '0.8', '--daily-users', '500'])).toBe(0);
    const json = JSON.parse(io.out) as { evanMiller: number; days: number };
    expect(json.evanMiller).toBeCloseTo(1030.2192831, 6);
    expect(json.days).toBe(5);
  });

  const failures = [
    { args: ['--baseline', '0.2'], stderr: /usage: mittari sample-size/ },
    { args: ['--baseline', '1.2', '--mde', '0.05'], stderr: /--baseline takes a number between 0 and 1/ },
    { args: ['--baseline', '0.98', '--mde', '0.05'], stderr: /not a rate between 0 and 1/ },
    { args: ['--baseline', '0.2', '--mde', 'x'], stderr: /--mde takes a number/ },
  ];
  it.each(failures)('exits 2 with one line on stderr for $args', ({ args, stderr }) => {
    expect(sampleSizeCommand(args)).toBe(2);
    expect(io.err).toMatch(stderr);
    expect(io.err.trimEnd().split('\n')).toHaveLength(1);
  });
});

describe('mittari experiment on per-user files from the wild', () => {
  it('lists every metric of the mobile-game test under metrics, the chosen one on top and the others as secondary', async () => {
    expect(await experimentCommand(['test/fixtures/wild/cookie-cats.csv', '--metric', 'retention_7'])).toBe(0);
    const json = JSON.parse(io.out) as Json & { measure: string; secondary: { metric: string; measure: string; pValue: number; pValueAdjusted: number }[] };
    expect(json.metric).toBe('retention_7');
    expect(json.metrics?.map((m) => [m.metric, (m as unknown as { measure: string }).measure])).toEqual([['retention_1', 'rate'], ['retention_7', 'rate'], ['sum_gamerounds', 'mean']]);
    expect(json.secondary.map((r) => [r.metric, r.measure])).toEqual([['retention_1', 'rate'], ['sum_gamerounds', 'mean']]);
    // Holm over two p-values: the smaller doubled, the larger at least that.
    const [a, b] = json.secondary.map((r) => r.pValue);
    const [lo, hi] = a < b ? [0, 1] : [1, 0];
    expect(json.secondary[lo].pValueAdjusted).toBeCloseTo(Math.min(1, 2 * Math.min(a, b)), 12);
    expect(json.secondary[hi].pValueAdjusted).toBeCloseTo(Math.max(Math.min(1, 2 * Math.min(a, b)), Math.max(a, b)), 12);
  });

  it('says what it left out of the classic file: users in two arms, exact repeats, rows without a group', async () => {
    expect(await experimentCommand(['test/fixtures/wild/ab-test-classic.csv'])).toBe(0);
    const json = JSON.parse(io.out) as Json & { warnings: string[]; rows: number; usedRows: number; excludedUsers: number; exclusions: Record<string, number> };
    expect(json).toMatchObject({ rows: 88, usedRows: 79, excludedUsers: 3 });
    expect(json.exclusions).toEqual({ usersInTwoVariants: 3, rowsInTwoVariants: 6, duplicateRows: 1, repeatedUsers: 2, rowsWithoutVariant: 2 });
    expect(json.warnings[0]).toMatch(/^3 users appear in two variants \(6 rows\) and are left out of every number; 1 row repeats/);
    expect(json.variants.reduce((s, v) => s + v.users, 0)).toBe(80 - 3);
  });

  it('inspect carries excludedUsers, the exclusions, the sentence and the rows left out', async () => {
    expect(await inspectCommand(['test/fixtures/wild/ab-test-classic.csv'])).toBe(0);
    const json = JSON.parse(io.out) as { usedRows: number; excludedUsers: number; warnings: string[]; issues: { byReason: Record<string, number> } };
    expect(json).toMatchObject({ usedRows: 79, excludedUsers: 3 });
    expect(json.issues.byReason).toEqual({ missing_value: 2, user_in_two_variants: 6, duplicate_row: 1 });
    expect(json.warnings.some((w) => w.startsWith('3 users appear in two variants'))).toBe(true);
  });

  it('fails with the metric names when --metric names none of them', async () => {
    expect(await experimentCommand(['test/fixtures/wild/cookie-cats.csv', '--metric', 'nope'])).toBe(2);
    expect(io.err).toMatch(/has no metric "nope"; its metrics are retention_1, retention_7, sum_gamerounds/);
  });
});
