// Calibration with lift tests (issue 13, step 5): a measured incremental outcome pulls the fit toward it. Checked on
// simulated data whose true contributions are known: the model does not see the demand control and the holidays, so
// some channels come out wrong; a lift test at the truth must move the tested channel to it.
import { describe, expect, it } from 'vitest';
import { checkLifts, liftFromAb, liftFromExperiment, liftProblem, resolveLifts, type LiftTest } from '../../../src/lib/mmm/calibrate';
import { fitMmm } from '../../../src/lib/mmm/fit';
import { experimentView } from '../../../src/lib/experiments/view';
import { adstock, hillInPlace } from '../../../src/lib/mmm/transform';
import type { MixTable, MmmResult } from '../../../src/lib/mmm/types';
import { simulate, type Simulated } from './simulate';

const FAST = { seed: 7, bootstrap: 0 } as const;

/** The simulated table without its baseline drivers, and its fit without any lift test. */
function blindFit(seed: number): { sim: Simulated; table: MixTable; base: MmmResult } {
  const sim = simulate(seed, 104, undefined, 0.06);
  const table = { ...sim.table, controls: [] };
  return { sim, table, base: fitMmm(table, FAST) };
}

/** The true contribution of channel `c` in weeks [first, last] (the simulator's own adstock and Hill). */
function trueLift(sim: Simulated, c: number, first: number, last: number): number {
  const tc = sim.truth[c];
  const h = hillInPlace(adstock(sim.table.channels[c].spend, tc.shape.theta), tc.shape.alpha, tc.shape.gamma);
  let s = 0;
  for (let t = first; t <= last; t++) s += tc.beta * h[t];
  return s;
}

const roiError = (r: MmmResult, sim: Simulated, c: number) => Math.abs(r.channels[c].roi / sim.truth[c].roi - 1);

describe('fitMmm() with a lift test', () => {
  it.each([1, 2, 3].map((seed) => ({ seed })))('moves the worst channel to a test at its true lift (data seed $seed)', ({ seed }) => {
    const { sim, table, base } = blindFit(seed);
    const worst = base.channels.reduce((w, _, c) => (roiError(base, sim, c) > roiError(base, sim, w) ? c : w), 0);
    const L = trueLift(sim, worst, 52, 77);
    const test: LiftTest = { channel: sim.truth[worst].name, from: table.weeks[52], to: table.weeks[77], lift: L, low: 0.85 * L, high: 1.15 * L };
    const cal = fitMmm(table, { ...FAST, lifts: [test] });
    const [before] = checkLifts(table, base, [test]), [after] = checkLifts(table, cal, [test]);
    expect(roiError(base, sim, worst)).toBeGreaterThan(0.25);
    expect(Math.abs(before.predicted - L)).toBeGreaterThan(0.15 * L);
    expect(after.predicted).toBeGreaterThan(test.low);
    expect(after.predicted).toBeLessThan(test.high);
    expect(roiError(cal, sim, worst)).toBeLessThan(0.5 * roiError(base, sim, worst));
    expect(after.weeks).toBe(26);
  }, 60_000);

  it('hardly moves for a test too vague to tell anything', () => {
    const { table, base } = blindFit(1);
    const L = checkLifts(table, base, [{ channel: 'tv', from: table.weeks[10], to: table.weeks[40], lift: 1, low: 0, high: 2 }])[0].predicted;
    const cal = fitMmm(table, { ...FAST, lifts: [{ channel: 'tv', from: table.weeks[10], to: table.weeks[40], lift: 0.5 * L, low: -20 * L, high: 20 * L }] });
    cal.channels.forEach((c, i) => expect(c.roi).toBeCloseTo(base.channels[i].roi, 1));
  }, 60_000);

  it('leaves out a test it cannot use, says why, and fits exactly as without it', () => {
    const { table, base } = blindFit(2);
    const w = table.weeks;
    const tests: LiftTest[] = [
      { channel: 'radio', from: w[0], to: w[9], lift: 10, low: 5, high: 15 },
      { channel: 'tv', from: '2030-01-01', to: '2030-02-01', lift: 10, low: 5, high: 15 },
      { channel: 'tv', from: w[9], to: w[0], lift: 10, low: 5, high: 15 },
      { channel: 'tv', from: w[0], to: w[9], lift: 20, low: 5, high: 15 },
      { channel: 'tv', from: '2024-02-30', to: w[9], lift: 10, low: 5, high: 15 },
    ];
    const cal = fitMmm(table, { ...FAST, lifts: tests });
    expect(cal.warnings.map((m) => m.key).filter((k) => k.startsWith('mmm.lift'))).toEqual(['mmm.liftUnknownChannel', 'mmm.liftOutside', 'mmm.liftBadDates', 'mmm.liftBadInterval', 'mmm.liftBadDates']);
    expect(cal.channels).toEqual(base.channels);
    expect(checkLifts(table, base, tests)).toEqual([]);
  }, 60_000);
});

describe('resolveLifts() and checkLifts()', () => {
  const weeks = ['2025-01-06', '2025-01-13', '2025-01-20', '2025-01-27'];
  const table: MixTable = {
    weeks, outcome: new Float64Array(4),
    channels: [{ name: 'a', spend: Float64Array.of(1, 3, 0, 2) }, { name: 'b', spend: Float64Array.of(1, 1, 0, 6) }],
    controls: [],
  };
  it('takes the weeks from the week of the first day to the week of the last, and a group member its share of the spend', () => {
    const { terms, warnings } = resolveLifts(table, [{ members: ['a', 'b'] }], [{ channel: 'a', from: '2025-01-15', to: '2025-01-27', lift: 10, low: 6.71, high: 13.29 }]);
    expect(warnings).toEqual([]);
    expect(terms).toHaveLength(1);
    expect([terms[0].first, terms[0].last]).toEqual([1, 3]);
    expect(Array.from(terms[0].share)).toEqual([0.75, 0, 0.25]);
    expect(terms[0].se).toBeCloseTo(2, 2);
  });

  it('predicts the channel\'s share of the modelled contributions in those weeks', () => {
    const result = { channels: [{ members: ['a', 'b'] }], series: { contributions: [Float64Array.of(10, 20, 30, 40)] } } as unknown as MmmResult;
    const [check] = checkLifts(table, result, [{ channel: 'b', from: '2025-01-13', to: '2025-01-26', lift: 10, low: 6.71, high: 13.29 }]);
    // Weeks 1 and 2: 20 * 1/4 + 30 * 0 (no spend that week).
    expect(check.predicted).toBeCloseTo(5, 12);
    expect(check.z).toBeCloseTo(-2.5, 2);
    expect(check.weeks).toBe(2);
  });

  it('refuses a test without a channel, with an empty interval or with its lift outside it', () => {
    expect(liftProblem({ channel: '', from: '2025-01-01', to: '2025-01-02', lift: 1, low: 0, high: 2 })?.key).toBe('mmm.liftNoChannel');
    expect(liftProblem({ channel: 'a', from: '2025-01-01', to: '2025-01-02', lift: 1, low: 1, high: 1 })?.key).toBe('mmm.liftBadInterval');
    expect(liftProblem({ channel: 'a', from: '2025-01-01', to: '2025-01-02', lift: Infinity, low: 0, high: Infinity })?.key).toBe('mmm.liftBadInterval');
    expect(liftProblem({ channel: 'a', from: '2025-01-01', to: '2025-01-01', lift: 1, low: 0, high: 2 })).toBeNull();
  });
});

describe('liftFromAb()', () => {
  it('turns a holdout A/B test into extra conversions with a 90% interval (closed form)', () => {
    // 1.0 point more conversions among 10,000 exposed users, 95% interval 0.4 to 1.6 points: se = 0.6 / 1.959964 points.
    const l = liftFromAb({ absDiff: 0.01, absCi: [0.004, 0.016] }, 10_000, 0.95);
    const se = (0.006 / 1.959964) * 10_000;
    expect(l.lift).toBeCloseTo(100, 9);
    expect(l.high - l.lift).toBeCloseTo(1.644854 * se, 3);
    expect(l.lift - l.low).toBeCloseTo(1.644854 * se, 3);
  });
});

describe('liftFromExperiment()', () => {
  const base = [
    { variant: 'Control', users: 5000, conversions: 150, metric: 'conversion' },
    { variant: 'B', users: 5000, conversions: 200, metric: 'conversion' },
  ];
  it('takes the extra revenue when the test has revenue per user, else the extra conversions', () => {
    const withRevenue = experimentView({ arms: [{ ...base[0], revenue: 15000, revenueSquares: 15000 * 400 }, { ...base[1], revenue: 21000, revenueSquares: 21000 * 420 }] });
    const plain = experimentView({ arms: base });
    if (!withRevenue.ok || !plain.ok) throw new Error('no view');
    const r = liftFromExperiment(withRevenue.view)!, p = liftFromExperiment(plain.view)!;
    // Revenue per user 4.20 against 3.00, over the variant's 5,000 users: 6,000 more.
    expect(r.unit).toBe('revenue');
    expect(r.lift).toBeCloseTo(6000, 6);
    expect(p.unit).toBe('conversions');
    expect(p.lift).toBeCloseTo(50, 9);
    expect(p.low).toBeLessThan(50);
    expect([p.variant, p.control, p.from, p.to]).toEqual(['B', 'Control', null, null]);
  });
});
