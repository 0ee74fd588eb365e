import { describe, expect, it } from 'vitest';
import {
  calibrate, elasticity, hill, inflection, marginal, SATURATION, spendAtMarginal, type HillCurve,
} from '../../../src/lib/budget/response';
import { english } from '../../../src/lib/messages';

const curves: HillCurve[] = [
  { beta: 200, alpha: 1, gamma: 5000 },
  { beta: 200, alpha: 0.6, gamma: 5000 },
  { beta: 200, alpha: 2.5, gamma: 5000 },
  { beta: 80, alpha: 1.7, gamma: 1200, carryover: 300 },
];

describe('hill() and marginal()', () => {
  it('hill() is beta / 2 at x + c = gamma and tends to beta', () => {
    expect(hill({ beta: 200, alpha: 2, gamma: 5000 }, 5000)).toBeCloseTo(100, 12);
    expect(hill({ beta: 200, alpha: 2, gamma: 5000, carryover: 1000 }, 4000)).toBeCloseTo(100, 12);
    expect(hill({ beta: 200, alpha: 1, gamma: 5000 }, 1e12)).toBeCloseTo(200, 3);
    expect(hill({ beta: 200, alpha: 1, gamma: 5000 }, 0)).toBe(0);
  });

  it.each(curves.map((c) => [c]))('marginal() is the derivative of hill() (%o)', (c) => {
    for (const x of [50, 900, 4000, 12000]) {
      const h = x * 1e-5;
      const numeric = (hill(c, x + h) - hill(c, x - h)) / (2 * h);
      expect(marginal(c, x) / numeric).toBeCloseTo(1, 6);
    }
  });

  it('marginal() at zero spend is beta / gamma for alpha = 1, infinite below 1 and 0 above', () => {
    expect(marginal({ beta: 200, alpha: 1, gamma: 5000 }, 0)).toBe(0.04);
    expect(marginal({ beta: 200, alpha: 0.5, gamma: 5000 }, 0)).toBe(Infinity);
    expect(marginal({ beta: 200, alpha: 2, gamma: 5000 }, 0)).toBe(0);
  });
});

describe('inflection()', () => {
  it('is where the marginal ROI peaks for alpha > 1, and 0 for concave curves', () => {
    const c = { beta: 200, alpha: 2.5, gamma: 5000 };
    const x = inflection(c);
    expect(x).toBeCloseTo(5000 * (1.5 / 3.5) ** (1 / 2.5), 9);
    expect(marginal(c, x)).toBeGreaterThan(marginal(c, x * 0.99));
    expect(marginal(c, x)).toBeGreaterThan(marginal(c, x * 1.01));
    expect(inflection({ beta: 1, alpha: 1, gamma: 5 })).toBe(0);
    expect(inflection({ beta: 1, alpha: 2, gamma: 5, carryover: 100 })).toBe(0);
  });
});

describe('spendAtMarginal()', () => {
  it.each(curves.map((c) => [c]))('inverts marginal() on the concave part (%o)', (c) => {
    for (const x of [inflection(c) + 10, 3000, 8000, 50000, 1e6].filter((v) => v > inflection(c))) {
      const back = spendAtMarginal(c, marginal(c, x));
      expect(Math.abs(back - x) / x).toBeLessThan(1e-9);
    }
  });

  it('gives the start of the concave part when the marginal ROI there is already below lambda', () => {
    expect(spendAtMarginal({ beta: 200, alpha: 1, gamma: 5000 }, 1)).toBe(0);
    const s = { beta: 200, alpha: 2, gamma: 5000 };
    expect(spendAtMarginal(s, 10)).toBe(inflection(s));
  });

  it('gives the start of the concave part, not NaN, for a flat curve (beta 0), whatever its shape', () => {
    for (const alpha of [0.5, 0.8, 1, 2]) {
      const flat = { beta: 0, alpha, gamma: 5000 };
      expect(inflection(flat)).toBe(0);
      expect(spendAtMarginal(flat, 0.5)).toBe(0);
      expect(marginal(flat, 0)).toBe(0);
      expect(marginal(flat, 100)).toBe(0);
    }
  });

  it('is the closed form sqrt(beta gamma / lambda) - gamma for alpha = 1', () => {
    expect(spendAtMarginal({ beta: 200000, alpha: 1, gamma: 15000 }, 2)).toBeCloseTo(Math.sqrt(1.5e9) - 15000, 6);
  });
});

describe('calibrate()', () => {
  it.each([[0.3, 1], [0.5, 1], [0.7, 1], [0.5, 2], [0.4, 0.6]])(
    'the curve for elasticity %s and alpha %s passes through (x0, y0) with that elasticity', (e, alpha) => {
      const r = calibrate(12000, 85, { elasticity: e, alpha });
      if (!r.ok) throw new Error(english(r.reason));
      expect(hill(r.curve, 12000)).toBeCloseTo(85, 9);
      expect(elasticity(r.curve, 12000)).toBeCloseTo(e, 9);
      expect(r.curve.alpha).toBe(alpha);
    });

  it('defaults to medium saturation (E 0.5) with alpha 1: gamma = x0, beta = 2 y0', () => {
    expect(SATURATION).toEqual({ low: 0.7, medium: 0.5, high: 0.3 });
    expect(calibrate(1000, 10)).toEqual({ ok: true, curve: { beta: 20, alpha: 1, gamma: 1000 } });
  });

  it.each([
    [1000, 10, { elasticity: 1 }, /between 0 and alpha/],
    [1000, 10, { elasticity: 0 }, /between 0 and alpha/],
    [1000, 10, { elasticity: 0.7, alpha: 0.5 }, /between 0 and alpha \(0.5\)/],
    [0, 10, {}, /spend must be above 0/],
    [1000, 0, {}, /response must be above 0/],
  ])('refuses x0 %s, y0 %s with %o, saying why', (x0, y0, o, why) => {
    const r = calibrate(x0, y0, o);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(english(r.reason)).toMatch(why);
  });
});
