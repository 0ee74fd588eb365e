import { describe, expect, it } from 'vitest';
import { fitCurve, type SeriesPoint } from '../../../src/lib/budget/fit';
import { hill, type HillCurve } from '../../../src/lib/budget/response';
import { mulberry32, normal } from '../../../src/lib/util/random';
import { english } from '../../../src/lib/messages';

const truth: HillCurve = { beta: 500, alpha: 1.5, gamma: 6000 };

function series(weeks: number, noise: number, seed = 1): SeriesPoint[] {
  const rng = mulberry32(seed);
  return Array.from({ length: weeks }, () => {
    const spend = 1000 + 12000 * rng();
    return { spend, response: hill(truth, spend) + normal(rng, 0, noise) };
  });
}

const gap = (a: HillCurve, b: HillCurve, xs: number[]) => Math.sqrt(xs.reduce((s, x) => s + (hill(a, x) - hill(b, x)) ** 2, 0) / xs.length);

describe('fitCurve()', () => {
  it('recovers a noiseless curve closely with no shrinkage, and reports its points and R^2', () => {
    const data = series(20, 0);
    const fit = fitCurve(data, { priorWeight: 0 });
    if (!fit.ok) throw new Error(english(fit.reason));
    expect(fit.r2).toBeGreaterThan(0.999);
    expect(fit.curve.alpha).toBe(1.5);
    expect(fit.points).toHaveLength(20);
    for (const p of fit.points) expect(Math.abs(p.fitted - p.response) / p.response).toBeLessThan(0.02);
  });

  it('shrinks toward the one-point curve: a larger prior weight lands closer to it, a huge one on it', () => {
    const data = series(16, 25, 7);
    const xs = data.map((p) => p.spend);
    const fits = [0, 1, 1e9].map((w) => fitCurve(data, { priorWeight: w }));
    const [plain, shrunk, prior] = fits.map((f) => {
      if (!f.ok) throw new Error(english(f.reason));
      return f;
    });
    expect(gap(shrunk.curve, shrunk.prior, xs)).toBeLessThan(gap(plain.curve, plain.prior, xs));
    expect(prior.curve.alpha).toBe(1);
    expect(prior.curve.gamma).toBeCloseTo(prior.prior.gamma, 9);
    expect(prior.curve.beta / prior.prior.beta).toBeCloseTo(1, 6);
  });

  it('builds the prior through the mean spend and mean response with the given elasticity', () => {
    const data = series(12, 0);
    const fit = fitCurve(data, { elasticity: 0.3 });
    if (!fit.ok) throw new Error(english(fit.reason));
    const mx = data.reduce((a, p) => a + p.spend, 0) / 12, my = data.reduce((a, p) => a + p.response, 0) / 12;
    expect(hill(fit.prior, mx)).toBeCloseTo(my, 9);
    expect(fit.priorWeight).toBe(0.25);
  });

  it('refuses fewer than 12 weeks, saying how many there are', () => {
    const fit = fitCurve(series(11, 0));
    expect(fit).toEqual({ ok: false, reason: { key: 'budget.fitFewWeeks', params: { min: 12, weeks: 11 } } });
    if (!fit.ok) expect(english(fit.reason)).toBe('a curve needs at least 12 weeks of spend and response; this series has 11');
  });

  it('refuses a series whose spend does not vary', () => {
    const fit = fitCurve(Array.from({ length: 15 }, (_, i) => ({ spend: 5000, response: 100 + i })));
    expect(fit.ok).toBe(false);
    if (!fit.ok) expect(english(fit.reason)).toMatch(/^spend barely varies/);
  });

  it('does not mutate the series', () => {
    const data = series(14, 10);
    const before = JSON.stringify(data);
    fitCurve(Object.freeze(data.map((p) => Object.freeze(p))));
    expect(JSON.stringify(data)).toBe(before);
  });
});
