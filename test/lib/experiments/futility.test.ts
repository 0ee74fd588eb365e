// The stopping verdict for a test that found nothing worth having: the interval excludes the smallest lift
// worth having, so "no meaningful difference; you can stop" instead of "not yet" or "no clear winner".
import { describe, expect, it } from 'vitest';
import { analyzeExperiment } from '../../../src/lib/experiments/analyze';
import { sequentialSeries } from '../../../src/lib/experiments/sequential';
import { english } from '../../../src/lib/messages';
import { normalQuantile } from '../../../src/lib/experiments/distributions';

// A 288,000-user test like the one in issue 14: 12.1% in control, 11.96% in the variant.
const arms = [
  { metric: 'converted', variant: 'control', users: 144_000, conversions: 17_424 },
  { metric: 'converted', variant: 'treatment', users: 144_000, conversions: 17_220 },
];
const input = JSON.stringify(arms);

/** Delta-method interval of the relative lift from FORMULAS.md, written out again here as the reference. */
function deltaInterval(n1: number, x1: number, n2: number, x2: number, z: number): [number, number] {
  const p1 = x1 / n1, p2 = x2 / n2, s1 = p1 * (1 - p1), s2 = p2 * (1 - p2);
  const se = Math.sqrt((s1 * p2 * p2) / (p1 ** 4 * n1) + s2 / (p1 * p1 * n2));
  const r = (p2 - p1) / p1;
  return [r - z * se, r + z * se];
}

describe('analyzeExperiment() with a smallest lift worth having', () => {
  const ref = deltaInterval(144_000, 17_424, 144_000, 17_220, normalQuantile(0.975));

  it('gives the 288k-user test the relative interval of the closed form (about -3.1% to +0.8%)', () => {
    const r = analyzeExperiment(arms, { worthwhile: 0.05 });
    expect(r.comparisons[0].relCiDelta![0]).toBeCloseTo(ref[0], 10);
    expect(r.comparisons[0].relCiDelta![1]).toBeCloseTo(ref[1], 10);
    expect(ref[0]).toBeGreaterThan(-0.05);
    expect(ref[1]).toBeLessThan(0.05);
  });

  // Pooled z by hand: p̄ = 0.120292, se = sqrt(p̄(1 - p̄) 2/144000) = 0.0012124, z = -1.1686, p = 0.2426; P(B > A) ≈ Φ(z) = 0.121.
  it('says there is no meaningful difference and that the test can stop when the interval lies inside ±5%', () => {
    const c = analyzeExperiment(arms, { worthwhile: 0.05 }).comparisons[0];
    expect(c.noMeaningfulLift).toBe(true);
    expect(english(c.verdict)).toBe('No meaningful difference; you can stop: the 95% CI of treatment against control (-3.1% to +0.8%) rules out a lift of +5.0% or more, the smallest worth having, and a drop of as much; treatment converts 1.2% worse (z-test p = 0.24); 12.1% chance that treatment is better (Bayesian).');
    expect(JSON.stringify(arms)).toBe(input);
  });

  it('says no meaningful uplift (it may be worse) when only the upper end is below the margin', () => {
    const c = analyzeExperiment(arms, { worthwhile: 0.02 }).comparisons[0];
    expect(c.noMeaningfulLift).toBe(true);
    expect(english(c.verdict)).toMatch(/^No meaningful uplift; you can stop: the 95% CI .* rules out a lift of \+2\.0% or more, the smallest worth having/);
  });

  it('keeps "no clear winner yet" when the interval still reaches the margin, and without a margin', () => {
    expect(analyzeExperiment(arms, { worthwhile: 0.005 }).comparisons[0].noMeaningfulLift).toBe(false);
    expect(english(analyzeExperiment(arms, { worthwhile: 0.005 }).comparisons[0].verdict)).toMatch(/^No clear winner yet/);
    expect(english(analyzeExperiment(arms).comparisons[0].verdict)).toMatch(/^No clear winner yet/);
  });

  it('never calls a significant winner futile, and refuses a margin that is not a positive fraction', () => {
    const win = analyzeExperiment([{ ...arms[0] }, { ...arms[1], conversions: 18_400 }], { worthwhile: 0.5 }).comparisons[0];
    expect(win.significant).toBe(true);
    expect(win.noMeaningfulLift).toBe(false);
    expect(() => analyzeExperiment(arms, { worthwhile: -0.05 })).toThrow(/smallest lift worth having/);
  });
});

describe('sequentialSeries() with a smallest lift worth having', () => {
  const days = [1, 2, 3, 4].map((d) => ({ time: Date.UTC(2017, 0, d), control: { n: 36_000 * d, sum: 4_356 * d }, variant: { n: 36_000 * d, sum: 4_305 * d } }));

  it('lets the 288k-user test stop for futility when the always-valid interval lies inside ±5%', () => {
    const s = sequentialSeries(days, { worthwhile: 0.05 });
    const last = s.points.at(-1)!;
    expect(last.ci[0]).toBeGreaterThan(-0.05);
    expect(last.ci[1]).toBeLessThan(0.05);
    expect(s.safeToStop).toBe(false);
    expect(s.futile).toBe(true);
    expect(english(s.verdict)).toMatch(/^No meaningful difference; you can stop: the always-valid interval \(-4\.\d% to \+2\.\d%\) rules out a lift of \+5\.0% or more/);
  });

  it('still says not yet without a margin, or when the interval reaches it', () => {
    expect(english(sequentialSeries(days).verdict)).toMatch(/^Not safe to stop yet/);
    const s = sequentialSeries(days, { worthwhile: 0.01 });
    expect(s.futile).toBe(false);
    expect(english(s.verdict)).toMatch(/^Not safe to stop yet/);
  });
});

describe('the SRM check in words', () => {
  it('says the split was checked and is as planned when it passes, and nothing when it fails', () => {
    const r = analyzeExperiment(arms);
    expect(r.srm.flagged).toBe(false);
    // chi-square with 144,000 in each arm of a 50/50 plan is 0, so p = 1.
    expect(english(r.srm.ok!)).toBe('The split of users was checked and is as planned (planned 50.0% / 50.0%, observed control 50.0%, treatment 50.0%; chi-square p = 1.00), so assignment and tracking look sound.');
    const off = analyzeExperiment([{ ...arms[0], users: 150_000 }, arms[1]]);
    expect(off.srm.flagged).toBe(true);
    expect(off.srm.ok).toBeNull();
  });
});
