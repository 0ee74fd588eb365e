import { describe, expect, it } from 'vitest';
import { analyzeExperiment } from '../../../src/lib/experiments/analyze';
import { bestFinding, testFinding } from '../../../src/lib/experiments/finding';
import { normalQuantile } from '../../../src/lib/experiments/distributions';
import { english } from '../../../src/lib/messages';

describe('testFinding()', () => {
  it('testFinding() names a clear winner with its lift and its chance of being better', () => {
    const r = analyzeExperiment([{ variant: 'A', users: 5000, conversions: 500 }, { variant: 'B', users: 5000, conversions: 600 }]);
    const before = JSON.stringify(r);
    const m = testFinding(r)!;
    expect(JSON.stringify(r)).toBe(before);
    // Independent: 600/5000 over 500/5000 is +20%.
    expect(m.key).toBe('experiment.findingWinner');
    expect((m.params as { lift: number }).lift).toBeCloseTo(0.2, 12);
    expect(english(m)).toMatch(/^B beats A by 20%, with a (> 99\.9%|99\.\d%) chance of being better\.$/);
  });

  it('testFinding() names a clear loser, the control being the likely better arm', () => {
    const m = testFinding(analyzeExperiment([{ variant: 'A', users: 5000, conversions: 600 }, { variant: 'B', users: 5000, conversions: 500 }]))!;
    expect(m.key).toBe('experiment.findingLoser');
    expect(english(m)).toMatch(/^B converts 17% worse than A, with a .* chance that A is better\.$/);
  });

  it('testFinding() says there is no clear winner yet and how many more users per variant the lift seen needs', () => {
    const r = analyzeExperiment([{ variant: 'A', users: 1000, conversions: 100 }, { variant: 'B', users: 1000, conversions: 110 }]);
    const m = testFinding(r)!;
    expect(m.key).toBe('experiment.findingOpen');
    // Independent: Evan Miller's formula at p = 0.1, d = 0.01, alpha 0.05, power 0.8.
    const p = 0.1, d = 0.01, za = normalQuantile(0.975), zb = normalQuantile(0.8);
    const n = Math.ceil(((za * Math.sqrt(2 * p * (1 - p)) + zb * Math.sqrt(p * (1 - p) + (p + d) * (1 - p - d))) / d) ** 2);
    expect(n).toBeGreaterThan(14000);
    expect((m.params as { more: number }).more).toBe(n - 1000);
    expect(english(m)).toContain(`needs about ${(n - 1000).toLocaleString('en-US')} more users per variant.`);
    expect(english(m)).toMatch(/^No clear winner yet: B is \+10(\.0)?% against A so far/);
  });

  it('testFinding() leaves the users out for a per-user value metric, and is null without a comparison', () => {
    const r = analyzeExperiment([{ variant: 'A', users: 1000, conversions: 100 }, { variant: 'B', users: 1000, conversions: 110 }]);
    expect(english(testFinding(r, 'mean')!)).not.toContain('users');
    expect(testFinding({ ...r, comparisons: [] })).toBeNull();
  });

  it('bestFinding() names the arm most likely to convert best', () => {
    const r = analyzeExperiment([{ variant: 'A', users: 5000, conversions: 500 }, { variant: 'B', users: 5000, conversions: 600 }, { variant: 'C', users: 5000, conversions: 520 }]);
    const m = bestFinding(r)!;
    expect(m.params).toMatchObject({ variant: 'B' });
    expect((m.params as { chance: number }).chance).toBe(r.variants.find((v) => v.name === 'B')!.probBest);
  });
});
