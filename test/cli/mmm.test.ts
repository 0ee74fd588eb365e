// `mittari mmm`: the JSON of issue 13 step 7 from a wide file or a long spend file plus an outcome file, and usage
// problems as one line with exit 2.
import { describe, expect, it } from 'vitest';
import { captureOutput, tempFiles } from './io';
import { mmmCommand } from '../../src/cli/mmm';
import { inspectCommand } from '../../src/cli/inspect';
import { DEMO_DIR, DEMOS } from '../lib/mmm/demo';
import { FIVE, simulate } from '../lib/mmm/simulate';

const file = tempFiles('mittari-mmm-');
const io = captureOutput();

const sim = simulate(7, 60, FIVE.slice(0, 2)).table;
const names = sim.channels.map((c) => c.name);
const controls = sim.controls.filter((c) => c.kind === 'control');
const fix = (x: number) => x.toFixed(6);
const WIDE = [
  ['date', 'revenue', ...names.map((n) => `${n}_spend`), ...controls.map((c) => c.name)].join(','),
  ...sim.weeks.map((w, t) => [w, fix(sim.outcome[t]), ...sim.channels.map((c) => fix(c.spend[t])), ...controls.map((c) => fix(c.values[t]))].join(',')),
].join('\n');
const LONG_SPEND = ['date,channel,spend', ...sim.weeks.flatMap((w, t) => sim.channels.map((c) => `${w},${c.name},${fix(c.spend[t])}`))].join('\n');
const OUTCOME = [
  ['date', 'revenue', ...controls.map((c) => c.name)].join(','),
  ...sim.weeks.map((w, t) => [w, fix(sim.outcome[t]), ...controls.map((c) => fix(c.values[t]))].join(',')),
].join('\n');

const json = () => JSON.parse(io.out) as Record<string, unknown> & { channels: { name: string }[]; allocation: { budget: number; bounds: number[]; channels: unknown[] }; warnings: string[] };

describe('mittari mmm', () => {
  it('prints the issue\'s shape for a wide file', async () => {
    expect(await mmmCommand([file('wide.csv', WIDE), '--seed', '3'])).toBe(0);
    expect(io.err).toBe('');
    const j = json();
    expect(Object.keys(j)).toEqual(['kind', 'weeks', 'outcome', 'fit', 'baseline', 'channels', 'allocation', 'warnings']);
    expect(j).toMatchObject({ kind: 'marketing_mix', weeks: 60, outcome: 'revenue' });
    expect(Object.keys(j.fit as object)).toEqual(['r2', 'nrmse', 'mape', 'holdoutMape', 'decompRssd']);
    expect(Object.keys(j.baseline as object)).toEqual(['contribution', 'share']);
    expect(j.channels.map((c) => c.name)).toEqual(names);
    expect(Object.keys(j.channels[0])).toEqual(['name', 'spend', 'contribution', 'share', 'roi', 'roiInterval', 'mroi', 'adstock', 'saturation']);
    expect(Object.keys((j.channels[0] as unknown as { adstock: object }).adstock)).toEqual(['theta', 'halfLifeWeeks']);
    expect(Object.keys((j.channels[0] as unknown as { saturation: object }).saturation)).toEqual(['alpha', 'gamma']);
    expect(Object.keys(j.allocation)).toEqual(['budget', 'bounds', 'status', 'lambda', 'currentResponse', 'recommendedResponse', 'channels']);
    expect(Object.keys(j.allocation.channels[0] as object)).toEqual(['name', 'currentWeekly', 'recommendedWeekly', 'currentResponse', 'recommendedResponse']);
    // spend is the total over the file, currentWeekly its mean per week; the default budget is their sum.
    const spend0 = sim.channels[0].spend.reduce((a, b) => a + b, 0);
    expect((j.channels[0] as unknown as { spend: number }).spend).toBeCloseTo(spend0, 3);
    expect((j.allocation.channels[0] as { currentWeekly: number }).currentWeekly).toBeCloseTo(spend0 / 60, 6);
    expect(j.allocation.bounds).toEqual([0.5, 2]);
  }, 60_000);

  it('gives the same fit from the long layout: a spend file (date, channel, spend) and an outcome file', async () => {
    expect(await mmmCommand([file('wide2.csv', WIDE), '--seed', '3', '--bounds', '0.8,1.5', '--budget', '900'])).toBe(0);
    const wide = json();
    const out = io.out;
    expect(await mmmCommand([file('spend.csv', LONG_SPEND), file('outcome.csv', OUTCOME), '--seed', '3', '--bounds', '0.8,1.5', '--budget', '900'])).toBe(0);
    expect(io.err).toBe('');
    const long = JSON.parse(io.out.slice(out.length));
    expect(long).toEqual(wide);
    expect(wide.allocation).toMatchObject({ budget: 900, bounds: [0.8, 1.5] });
  }, 60_000);

  it('fits a demo file (PyMC-Marketing) and says its x1, x2 are read as spend', async () => {
    expect(await mmmCommand([DEMO_DIR + DEMOS.pymc])).toBe(0);
    const j = json();
    expect(j).toMatchObject({ kind: 'marketing_mix', outcome: 'y', weeks: 179 });
    expect(j.channels.map((c) => c.name)).toEqual(['x1', 'x2']);
    expect(j.warnings.some((w) => w.startsWith('No column is marked as spend, so x1 and x2 are read'))).toBe(true);
    expect(j.warnings.some((w) => w.includes('dayofyear looks like a time index'))).toBe(true);
  }, 60_000);

  it('--outcome picks another outcome column', async () => {
    const path = file('two.csv', WIDE.replace(/^date,revenue/, 'date,sales'));
    const withOther = file('other.csv', WIDE.split('\n').map((l, i) => `${l},${i === 0 ? 'orders' : (i * 3) % 17 + 100}`).join('\n'));
    expect(await mmmCommand([path, '--seed', '3', '--outcome', 'sales'])).toBe(0);
    expect(json().outcome).toBe('sales');
    const before = io.out.length;
    expect(await mmmCommand([withOther, '--seed', '3', '--outcome', 'orders'])).toBe(0);
    expect(JSON.parse(io.out.slice(before)).outcome).toBe('orders');
  }, 60_000);

  it('--lift calibrates: the uncalibrated and calibrated contributions of the tested weeks beside the measured lift', async () => {
    const name = names[0], from = sim.weeks[20], to = sim.weeks[31];
    expect(await mmmCommand([file('wide3.csv', WIDE), '--seed', '3'])).toBe(0);
    const plain = json();
    const before = io.out.length;
    // A lift far above what the model says, with a tight interval: the calibrated fit must move toward it.
    expect(await mmmCommand([file('wide4.csv', WIDE), '--seed', '3', '--lift', `${name},${from},${to},900000,850000,950000;radio,${from},${to},1,0,2`])).toBe(0);
    const cal = JSON.parse(io.out.slice(before)) as typeof plain & { calibration: { channel: string; weeks: number; measured: number; interval: { low: number; high: number }; uncalibrated: number; calibrated: number }[] };
    expect(Object.keys(cal)).toEqual(['kind', 'weeks', 'outcome', 'fit', 'baseline', 'channels', 'allocation', 'calibration', 'warnings']);
    expect(cal.calibration).toHaveLength(1);
    const [row] = cal.calibration;
    expect(row).toMatchObject({ channel: name, from, to, weeks: 12, measured: 900000, interval: { low: 850000, high: 950000 } });
    expect(Math.abs(row.calibrated - 900000)).toBeLessThan(Math.abs(row.uncalibrated - 900000));
    expect(cal.warnings).toContain(`The lift test of radio is left out: the model has no channel of that name with spend.`);
    // The uncalibrated number is the plain fit's own contribution in those weeks.
    expect((cal.channels[0] as unknown as { contribution: number }).contribution).toBeGreaterThan((plain.channels[0] as unknown as { contribution: number }).contribution);
  }, 60_000);

  it.each([
    [['x.csv', '--lift', 'tv,2024-01-01,2024-02-01,10,12,20'], '--lift takes CHANNEL,FROM,TO,LIFT,LOW,HIGH'],
    [['x.csv', '--lift', 'tv,2024-01-01,10,5,20'], '--lift takes CHANNEL,FROM,TO,LIFT,LOW,HIGH'],
    [[], 'usage: mittari mmm FILE'],
    [['a.csv', 'b.csv', 'c.csv'], 'usage: mittari mmm FILE'],
    [['x.csv', '--bounds', '2,3'], '--bounds takes two ratios low,high with low <= 1 <= high, not "2,3"'],
    [['x.csv', '--bounds', '0.5'], '--bounds takes two ratios'],
    [['x.csv', '--budget', '-5'], '--budget takes a number of at least 0, not "-5"'],
    [['x.csv', '--seed', '1.5'], '--seed takes a whole number of at least 0, not "1.5"'],
    [['x.csv', '--frobnicate'], 'unknown option --frobnicate'],
  ])('refuses %j with one line and exit 2', async (argv, message) => {
    expect(await mmmCommand(argv)).toBe(2);
    expect(io.out).toBe('');
    expect(io.err.split('\n').filter(Boolean)).toHaveLength(1);
    expect(io.err).toContain(`mittari: ${message}`);
  });

  it('says why a file cannot be fitted', async () => {
    expect(await mmmCommand([file('spend-only.csv', LONG_SPEND)])).toBe(2);
    expect(io.err).toMatch(/^mittari: cannot fit .*spend-only.csv as a marketing-mix table: /);
    expect(await mmmCommand([file('w.csv', WIDE), '--outcome', 'nope'])).toBe(2);
    expect(io.err).toContain('--outcome: no column "nope"');
  });

  it('inspect reports kind "marketing_mix" with weeks, outcome and channels', async () => {
    expect(await inspectCommand([DEMO_DIR + DEMOS.robyn])).toBe(0);
    expect(JSON.parse(io.out)).toMatchObject({ kind: 'marketing_mix', weeks: 208, outcome: 'revenue', firstWeek: '2015-11-23' });
  });
});
