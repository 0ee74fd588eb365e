import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { budgetCommand } from '../../src/cli/budget';

const SPEND = 'public/examples/spend.csv', TOUCH = 'public/examples/touchpoints.csv';
/** A Google Ads campaign report of July 2025 with its own Conversions and Conv. value (test/lib/budget/platform.test.ts). */
const REPORT = 'test/fixtures/reports/google-ads-july.csv';
let dir = '';

/** Runs budgetCommand in-process, capturing what it writes. */
async function run(...args: string[]) {
  let stdout = '', stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((stdout += String(s)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((stderr += String(s)), true));
  try {
    const status = await budgetCommand(args);
    return { status, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

const example = {
  mode: 'max_response', totalBudget: 20000,
  channels: [
    { name: 'LinkedIn Ads', currentSpend: 10000, curve: { beta: 200000, alpha: 1, gamma: 15000 } },
    { name: 'Google Ads', currentSpend: 10000, curve: { beta: 150000, alpha: 1, gamma: 25000 } },
  ],
};

interface Out {
  status: string; lambda: number | null; totalBudget: number; allocated: number; unallocated: number;
  channels: { name: string; currentSpend: number; recommendedSpend: number; bound: string }[];
  warnings: string[]; excluded?: { name: string; reason: string }[]; notes?: string[];
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mittari-budget-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

describe('mittari budget SCENARIO.json', () => {
  it('solves a scenario file and prints the output contract as JSON', async () => {
    const r = await run(file('example.json', example));
    expect([r.status, r.stderr]).toEqual([0, '']);
    const out = JSON.parse(r.stdout) as Out;
    expect(out.status).toBe('ok');
    expect(out.lambda).toBeCloseTo(3.73839, 5);
    expect(out.channels.map((c) => Math.round(c.recommendedSpend * 100) / 100)).toEqual([13328.16, 6671.84]);
  });

  it('prints infeasible scenarios with status "infeasible" and exit 0', async () => {
    const s = { ...example, channels: example.channels.map((c) => ({ ...c, minRatio: 1.5 })) };
    const r = await run(file('infeasible.json', s));
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as Out;
    expect(out).toMatchObject({ status: 'infeasible', lambda: null });
    expect(out.warnings[0]).toMatch(/^Infeasible/);
  });

  it.each([
    ['a file that is not JSON', () => file('broken.json', '{"mode": '), /: not valid JSON \(/],
    ['a scenario with problems, naming every field', () => file('bad.json', { mode: 'max_response', channels: [{ name: 'A', currentSpend: -1, curve: { beta: 1, alpha: 1 } }] }),
      /bad\.json: channels\[0\]\.currentSpend must be at least 0, not -1; channels\[0\]\.curve\.gamma is missing/],
    ['a missing file', () => join(dir, 'nope.json'), /nope\.json: no such file/],
  ])('refuses %s with exit 2 and one line on stderr', async (_, path, message) => {
    const r = await run(path());
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')).toEqual([expect.stringMatching(message), '']);
  });
});

describe('mittari budget --spend --touchpoints', () => {
  it('builds the scenario from the example data with Markov credit and +-30% bounds, and solves it', async () => {
    const r = await run('--spend', SPEND, '--touchpoints', TOUCH);
    expect([r.status, r.stderr]).toEqual([0, '']);
    const out = JSON.parse(r.stdout) as Out;
    expect(out.status).toBe('ok');
    expect(out.channels.map((c) => c.name).sort()).toEqual(['Email', 'Google Ads', 'LinkedIn Ads', 'Trade show', 'Webinar']);
    const current = out.channels.reduce((a, c) => a + c.currentSpend, 0);
    expect(out.totalBudget).toBeCloseTo(current, 6);
    expect(out.allocated).toBeCloseTo(current, 6);
    for (const c of out.channels) {
      expect(c.recommendedSpend).toBeGreaterThanOrEqual(0.7 * c.currentSpend - 1e-6);
      expect(c.recommendedSpend).toBeLessThanOrEqual(1.3 * c.currentSpend + 1e-6);
    }
    expect(out.excluded?.map((e) => e.name).sort()).toEqual(['Direct', 'Organic Search', 'Referral']);
    expect(out.notes?.join(' ')).toMatch(/not incrementality/);
  });

  it('takes the model, KPI, total, bounds and elasticity from the flags', async () => {
    const r = await run('--spend', SPEND, '--touchpoints', TOUCH, '--model', 'linear', '--kpi', 'value', '--total', '150000',
      '--bounds', '0.5,2', '--elasticity', '0.3');
    expect([r.status, r.stderr]).toEqual([0, '']);
    const out = JSON.parse(r.stdout) as Out & { scenario: { channels: { minRatio: number; maxRatio: number }[] } };
    expect(out.totalBudget).toBe(150000);
    expect(out.allocated).toBeCloseTo(150000, 6);
    expect(out.scenario.channels[0]).toMatchObject({ minRatio: 0.5, maxRatio: 2 });
    expect(out.notes?.join(' ')).toMatch(/\(linear, value\).*elasticity 0.3/);
  });

  it('plans from a Google Ads report alone, its credit the conversions the platform reports', async () => {
    const r = await run('--spend', REPORT);
    expect([r.status, r.stderr]).toEqual([0, '']);
    const out = JSON.parse(r.stdout) as Out & { credit: string };
    expect(out.credit).toBe('platform');
    // Brand's CPA 12.50 beats Generic's 40 and Display's 80: Brand to its upper bound (1.3 x 1,550), Display to its lower
    // (0.7 x 1,240), Generic interior where its marginal 2 y0 x0 / (x + x0)^2 (y0 93, x0 3,720) equals lambda.
    expect(out.channels.map((c) => [c.name, c.bound])).toEqual([['Brand', 'upper'], ['Generic', 'interior'], ['Display', 'lower']]);
    expect(out.channels[0].recommendedSpend).toBeCloseTo(2015, 6);
    expect(out.channels[2].recommendedSpend).toBeCloseTo(868, 6);
    const g = out.channels[1].recommendedSpend;
    expect(g).toBeCloseTo(6510 - 2015 - 868, 6);
    expect((2 * 93 * 3720) / (g + 3720) ** 2).toBeCloseTo(out.lambda ?? NaN, 12);
    expect(out.notes?.join(' ')).toMatch(/as reported by the platform/);
  });

  it('refuses a report in two currencies rather than add euros to dollars', async () => {
    const two = file('two-currencies.csv', 'Campaign,Day,Currency code,Cost,Conversions\nBrand,2025-07-01,EUR,50.00,4\nBrand US,2025-07-01,USD,80.00,3\n');
    for (const args of [['--spend', two], ['--spend', two, '--touchpoints', TOUCH]]) {
      const r = await run(...args);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/two-currencies\.csv holds amounts in (EUR and USD|USD and EUR), which Mittari does not add up/);
    }
  });

  it.each([
    [[], /^mittari: usage: mittari budget SCENARIO.json/],
    [['--spend', SPEND], /spend\.csv: the spend file has no conversions or conversion value reported by the platform; add a touchpoint/],
    [['--touchpoints', TOUCH], /--touchpoints needs --spend/],
    [['--spend', REPORT, '--model', 'linear'], /--model needs --touchpoints/],
    [['x.json', '--spend', SPEND, '--touchpoints', TOUCH], /not both/],
    [['--spend', SPEND, '--touchpoints', TOUCH, '--bounds', '1.3,0.7'], /--bounds takes min,max with min <= max/],
    [['--spend', SPEND, '--touchpoints', TOUCH, '--kpi', 'leads'], /--kpi takes conversions or value/],
    [['--spend', SPEND, '--touchpoints', TOUCH, '--model', 'magic'], /unknown model magic/],
    [['--spend', SPEND, '--touchpoints', TOUCH, '--elasticity', '1.5'], /--elasticity takes a number between 0 and 1/],
    [['--spend', SPEND, '--touchpoints', SPEND], /touchpoints\.csv|spend\.csv: it holds spend data, not touchpoints/],
    [['x.json', '--total', '5'], /need --spend \(and --model needs --touchpoints\)/],
  ])('refuses %j with exit 2 and one line on stderr', async (args, message) => {
    const r = await run(...args);
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n')).toEqual([expect.stringMatching(message), '']);
  });
});
