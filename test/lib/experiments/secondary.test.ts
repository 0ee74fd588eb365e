import { describe, expect, it } from 'vitest';
import { secondaryMetrics } from '../../../src/lib/experiments/secondary';
import { experimentView } from '../../../src/lib/experiments/view';
import type { ExperimentArm } from '../../../src/lib/types';
import { expectRel } from './close';

/** Φ(x) by Simpson's rule over the normal density from 0: independent of the engine's erf. */
function phi(x: number): number {
  const n = 20_000, h = Math.abs(x) / n, f = (t: number) => Math.exp(-t * t / 2) / Math.sqrt(2 * Math.PI);
  let s = f(0) + f(Math.abs(x));
  for (let i = 1; i < n; i++) s += (i % 2 ? 4 : 2) * f(i * h);
  const half = (s * h) / 3;
  return x >= 0 ? 0.5 + half : 0.5 - half;
}

/** Two-sided tail of Student's t with ν degrees of freedom, by Simpson's rule over its density (Stirling's log Γ). */
function tTwoSided(t: number, nu: number): number {
  const lgamma = (x: number) => (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + 1 / (12 * x) - 1 / (360 * x ** 3);
  const c = Math.exp(lgamma((nu + 1) / 2) - lgamma(nu / 2)) / Math.sqrt(nu * Math.PI);
  const f = (x: number) => c * (1 + (x * x) / nu) ** (-(nu + 1) / 2);
  const n = 20_000, h = t / n;
  let s = f(0) + f(t);
  for (let i = 1; i < n; i++) s += (i % 2 ? 4 : 2) * f(i * h);
  return 2 * (0.5 - (s * h) / 3);
}

/** Two-sided pooled z-test p-value, written out. */
function pooledP(n1: number, x1: number, n2: number, x2: number): number {
  const p = (x1 + x2) / (n1 + n2);
  const z = (x2 / n2 - x1 / n1) / Math.sqrt(p * (1 - p) * (1 / n1 + 1 / n2));
  return 2 * (1 - phi(Math.abs(z)));
}

const arms: ExperimentArm[] = [
  { metric: 'signup', variant: 'A', users: 2000, conversions: 200 },
  { metric: 'signup', variant: 'B', users: 2000, conversions: 250 },
  { metric: 'retention_1', variant: 'A', users: 2000, conversions: 880 },
  { metric: 'retention_1', variant: 'B', users: 2000, conversions: 860 },
  { metric: 'retention_7', variant: 'A', users: 2000, conversions: 380 },
  { metric: 'retention_7', variant: 'B', users: 2000, conversions: 330 },
  // Rounds played: A's values are 40 ± 30, B's 43 ± 31 (sums and squares of such users).
  { metric: 'rounds', measure: 'mean', variant: 'A', users: 2000, conversions: 1900, revenue: 80_000, revenueSquares: 2000 * (40 * 40) + 1999 * 900 },
  { metric: 'rounds', measure: 'mean', variant: 'B', users: 2000, conversions: 1910, revenue: 86_000, revenueSquares: 2000 * (43 * 43) + 1999 * 961 },
];

describe('secondaryMetrics()', () => {
  it('compares every other metric, rates by the pooled z-test and means by Welch, Holm-adjusted across all of them', () => {
    const before = JSON.stringify(arms);
    const rows = secondaryMetrics(arms, 'signup', 'A', 0.05, 'holm');
    expect(JSON.stringify(arms)).toBe(before);
    expect(rows.map((r) => [r.metric, r.measure, r.variant, r.control])).toEqual([
      ['retention_1', 'rate', 'B', 'A'], ['retention_7', 'rate', 'B', 'A'], ['rounds', 'mean', 'B', 'A'],
    ]);
    const p1 = pooledP(2000, 880, 2000, 860), p7 = pooledP(2000, 380, 2000, 330);
    expectRel(rows[0].pValue, p1, 1e-6);
    expectRel(rows[1].pValue, p7, 1e-6);
    // Welch written out: t = Δ / sqrt(s1²/n + s2²/n), Welch–Satterthwaite degrees of freedom.
    const va = 900 / 2000, vb = 961 / 2000;
    const t = 3 / Math.sqrt(va + vb), df = (va + vb) ** 2 / (va ** 2 / 1999 + vb ** 2 / 1999);
    expectRel(rows[2].pValue, tTwoSided(t, df), 1e-6);
    expect(rows[2]).toMatchObject({ controlValue: 40, variantValue: 43 });
    expectRel(rows[2].relLift, 3 / 40, 1e-12);
    // Holm by hand: sort, multiply by m, m-1, ..., keep the running maximum.
    const ps = rows.map((r) => r.pValue);
    const order = [0, 1, 2].sort((a, b) => ps[a] - ps[b]);
    const want: number[] = [];
    let run = 0;
    order.forEach((i, k) => { run = Math.max(run, Math.min(1, ps[i] * (3 - k))); want[i] = run; });
    rows.forEach((r, i) => expectRel(r.pValueAdjusted, want[i], 1e-12));
    expect(rows.map((r) => r.significant)).toEqual(want.map((p) => p < 0.05));
  });

  it('uses Benjamini–Hochberg when asked, and leaves the primary metric out', () => {
    const rows = secondaryMetrics(arms, 'rounds', 'A', 0.05, 'bh');
    expect(rows.map((r) => r.metric)).toEqual(['signup', 'retention_1', 'retention_7']);
    const ps = rows.map((r) => r.pValue);
    const order = [0, 1, 2].sort((a, b) => ps[a] - ps[b]);
    const want: number[] = [];
    let run = 1;
    for (let k = 2; k >= 0; k--) { run = Math.min(run, (ps[order[k]] * 3) / (k + 1)); want[order[k]] = run; }
    rows.forEach((r, i) => expectRel(r.pValueAdjusted, want[i], 1e-12));
  });
});

describe('experimentView() with several metrics', () => {
  it('analyses the chosen primary metric, says it is a mean, and lists the others as secondary', () => {
    const out = experimentView({ arms }, { metric: 'rounds', control: 'A' });
    if (!out.ok) throw new Error('expected a view');
    expect(out.view).toMatchObject({ metric: 'rounds', measure: 'mean', metrics: ['signup', 'retention_1', 'retention_7', 'rounds'] });
    expect(out.view.result.comparisons[0].revenue?.variantMean).toBe(43);
    expect(out.view.secondary.map((r) => r.metric)).toEqual(['signup', 'retention_1', 'retention_7']);
  });

  it('monitors only the primary metric when each day holds every metric', () => {
    const day = (time: number, k: number): { time: number; arms: ExperimentArm[] } => ({
      time, arms: arms.map((a) => ({ ...a, users: a.users * k, conversions: a.conversions * k, revenue: undefined, revenueSquares: undefined })),
    });
    const out = experimentView({ arms, series: [day(86_400_000, 0.5), day(2 * 86_400_000, 1)] }, { metric: 'retention_7' });
    if (!out.ok) throw new Error('expected a view');
    expect(out.view.cumulative?.map((c) => c.y)).toEqual([[0.19, 0.19], [0.165, 0.165]]);
  });
});
