// Budget from the model: steady-state curves into the exact optimiser, the three modes, uncertainty-aware holds,
// and the guarantee that the advice is never worse than today's spend under the point estimate.
import { describe, expect, it } from 'vitest';
import { maximizeResponse } from '../../../src/lib/budget/allocate';
import { hillResponse } from '../../../src/lib/budget/curve';
import { hill, marginal } from '../../../src/lib/budget/response';
import { allocateMmm, pointCurves } from '../../../src/lib/mmm/allocate';
import { curvePoints } from '../../../src/lib/mmm/curves';
import type { ChannelShape, MmmDraw, MmmResult } from '../../../src/lib/mmm/types';

interface Spec { name: string; meanWeekly: number; beta: number; shape: ChannelShape; members?: string[]; memberSpend?: number[] }
const T = 100;

/** A result with only what the allocation reads filled in (the rest empty). */
function result(channels: Spec[], draws: MmmDraw[] = []): MmmResult {
  return {
    weeks: T, outcome: 0, baseline: { contribution: 0, share: 0 }, skipped: [], warnings: [], draws,
    fit: { r2: 0, nrmse: 0, mape: 0, holdoutMape: null, holdoutWeeks: 0, decompRssd: 0, ridge: 0 },
    series: { weeks: [], actual: new Float64Array(), fitted: new Float64Array(), baseline: new Float64Array(), contributions: [] },
    channels: channels.map((c) => ({
      name: c.name, members: c.members ?? [c.name], memberSpend: c.memberSpend ?? [c.meanWeekly * T], spend: c.meanWeekly * T, meanWeekly: c.meanWeekly,
      contribution: 0, share: 0, roi: 0, roiInterval: null, contributionInterval: null, mroi: 0, beta: c.beta, shape: c.shape,
      halfLifeWeeks: 0, halfSaturationWeekly: 0, saturationWeekly: 0,
    })),
  };
}
const draw = (betas: number[], shapes: ChannelShape[]): MmmDraw => ({ beta: betas, shapes, contribution: betas.map(() => 0) });

const A: Spec = { name: 'a', meanWeekly: 1000, beta: 6000, shape: { theta: 0.5, alpha: 1, gamma: 3000 } };
const B: Spec = { name: 'b', meanWeekly: 1000, beta: 3000, shape: { theta: 0.2, alpha: 1, gamma: 2000 } };
const C: Spec = { name: 'c', meanWeekly: 500, beta: 2000, shape: { theta: 0, alpha: 1.5, gamma: 800 } };

describe('allocateMmm()', () => {
  it('takes draws that fit a channel at beta 0 (flat curves, S-shaped or concave) and gives finite spends', () => {
    const flat = (alpha: number): ChannelShape => ({ theta: 0.3, alpha, gamma: 1500 });
    const r = result([A, B], [draw([5000, 0], [A.shape, flat(0.7)]), draw([0, 2800], [flat(2), B.shape]), draw([6500, 3100], [A.shape, B.shape])]);
    for (const mode of [{ kind: 'budget' as const }, { kind: 'mroi' as const, target: 0.5 }]) {
      const a = allocateMmm(r, { mode });
      for (const c of a.channels) expect(Number.isFinite(c.recommendedWeekly)).toBe(true);
      expect(Number.isFinite(a.meanRecommendedResponse)).toBe(true);
      expect(a.optimiserWarnings.map((w) => w.key)).not.toContain('budget.sCurve');
    }
  });

  it('without draws is the exact optimiser on the steady-state curves at the mean weekly budget, within 0.5-2x', () => {
    const r = result([A, B, C]);
    const a = allocateMmm(r);
    const curves = pointCurves(r);
    const exact = maximizeResponse(curves.map((cv, i) => ({ response: hillResponse(cv), min: 0.5 * r.channels[i].meanWeekly, max: 2 * r.channels[i].meanWeekly })), 2500);
    expect(a.budget).toBe(2500);
    a.channels.forEach((c, i) => {
      expect(c.recommendedWeekly).toBeCloseTo(exact.spends[i], 6);
      expect(c.recommendedWeekly).toBeGreaterThanOrEqual(0.5 * c.currentWeekly - 1e-9);
      expect(c.recommendedWeekly).toBeLessThanOrEqual(2 * c.currentWeekly + 1e-9);
      expect(c.currentResponse).toBeCloseTo(hill(curves[i], c.currentWeekly), 9);
      expect(c.helpShare).toBeNull();
    });
    expect(a.recommendedResponse).toBeGreaterThan(a.currentResponse);
    // steady state: A's curve is beta Hill(x / (1 - theta)) = half-saturation at gamma (1 - theta).
    expect(hill(curves[0], 1500)).toBeCloseTo(6000 / 2, 9);
  });

  it('at a target marginal ROI puts every interior channel at that marginal ROI', () => {
    const r = result([A, B]);
    const a = allocateMmm(r, { mode: { kind: 'mroi', target: 1 } });
    const curves = pointCurves(r);
    a.channels.forEach((c, i) => {
      if (c.recommendedWeekly > c.min + 1e-6 && c.recommendedWeekly < c.max - 1e-6) expect(marginal(curves[i], c.recommendedWeekly)).toBeCloseTo(1, 6);
    });
    expect(a.budget).toBeCloseTo(a.channels.reduce((s, c) => s + c.recommendedWeekly, 0), 6);
  });

  it('at a target ROAS spends the budget whose response / spend is the target', () => {
    const a = allocateMmm(result([A, B]), { mode: { kind: 'roas', target: 1.5 } });
    expect(a.recommendedResponse / a.budget).toBeCloseTo(1.5, 6);
  });

  it('holds a channel whose move helps in too few draws, and says so', () => {
    // Draws disagree about b: half see it far stronger than a, half far weaker.
    const strong = draw([6000, 9000], [A.shape, B.shape]), weak = draw([6000, 1000], [A.shape, B.shape]);
    const r = result([A, B], [strong, weak, strong, weak]);
    const a = allocateMmm(r);
    const b = a.channels[1];
    expect(b.held).toBe(true);
    expect(b.recommendedWeekly).toBe(b.currentWeekly);
    // With two channels a's move is b's mirror, so it helps in the same half of the draws and is held too.
    expect(a.warnings).toEqual([{ key: 'mmm.held', params: { channel: 'a', share: 0.5 } }, { key: 'mmm.held', params: { channel: 'b', share: 0.5 } }]);
    // Agreeing draws move it, with the share reported.
    const agreed = allocateMmm(result([A, { ...B, beta: 9000 }], [strong, strong, strong]));
    expect(agreed.channels[1].held).toBe(false);
    expect(agreed.channels[1].helpShare).toBe(1);
    expect(agreed.channels[1].recommendedWeekly).toBeGreaterThan(1000);
  });

  it('keeps today\'s spend when the draws\' choice is worse under the point estimate', () => {
    // Every draw says b is the stronger channel; the point estimate says a is.
    const d = draw([1000, 9000], [A.shape, B.shape]);
    const a = allocateMmm(result([A, B], [d, d, d]));
    expect(a.warnings.map((w) => w.key)).toContain('mmm.keptCurrent');
    a.channels.forEach((c) => expect(c.recommendedWeekly).toBe(c.currentWeekly));
    expect(a.recommendedResponse).toBe(a.currentResponse);
  });

  it('never recommends less point-estimate response than today, over random draws', () => {
    for (let k = 0; k < 20; k++) {
      const f = 0.3 + (k % 7) / 3, g = 0.4 + (k % 5) / 2;
      const draws = [draw([6000 * f, 3000 * g, 2000], [A.shape, B.shape, C.shape]), draw([6000 / g, 3000 * f, 1500], [A.shape, B.shape, C.shape])];
      const a = allocateMmm(result([A, B, C], draws));
      expect(a.recommendedResponse).toBeGreaterThanOrEqual(a.currentResponse);
    }
  });

  it('splits a group\'s spend between its members as today, and does not mutate the result', () => {
    const group: Spec = { ...B, name: 'x + y', members: ['x', 'y'], memberSpend: [25000, 75000] };
    const r = result([A, group]);
    const before = structuredClone(r);
    const a = allocateMmm(r);
    const g = a.channels[1];
    expect(g.split.map((s) => s.name)).toEqual(['x', 'y']);
    expect(g.split[0].recommendedWeekly).toBeCloseTo(0.25 * g.recommendedWeekly, 9);
    expect(g.split[1].currentWeekly).toBeCloseTo(750, 9);
    expect(a.warnings).toContainEqual({ key: 'mmm.groupSplit', params: { group: 'x + y' } });
    expect(r).toEqual(before);
  });

  it('refuses bounds that are not 0 <= min <= max', () => {
    expect(() => allocateMmm(result([A]), { bounds: [2, 1] })).toThrow('invalid bounds: 2, 1');
  });
});

describe('curvePoints()', () => {
  it('samples the steady-state curve from 0 to 2.5x the mean weekly spend, with the draws\' band around it', () => {
    const d = (f: number) => draw([6000 * f], [A.shape]);
    const r = result([A], [d(0.8), d(1), d(1.2)]);
    const c = curvePoints(r, 0, 6);
    expect(c.spend).toEqual([0, 500, 1000, 1500, 2000, 2500]);
    expect(c.response[3]).toBeCloseTo(3000, 9); // half of beta at gamma (1 - theta) = 1500
    c.response.forEach((y, i) => { expect(c.low[i]).toBeLessThanOrEqual(y + 1e-9); expect(c.high[i]).toBeGreaterThanOrEqual(y - 1e-9); });
    expect(curvePoints(result([A]), 0).low).toEqual([]);
    expect(() => curvePoints(r, 3)).toThrow('no channel 3: the result has 1');
  });
});

describe('allocateMmm() at another weekly budget', () => {
  it('spends the budget asked for, and falls back to today\'s split scaled to it, never to today\'s total', () => {
    const a = allocateMmm(result([A, B, C]), { mode: { kind: 'budget', weekly: 1250 } });
    expect(a.channels.reduce((s, c) => s + c.recommendedWeekly, 0)).toBeCloseTo(1250, 6);
    const d = draw([1000, 9000], [A.shape, B.shape]);
    const kept = allocateMmm(result([A, B], [d, d, d]), { mode: { kind: 'budget', weekly: 3000 } });
    expect(kept.warnings.map((w) => w.key)).toContain('mmm.keptCurrent');
    expect(kept.channels.map((c) => c.recommendedWeekly)).toEqual([1500, 1500]);
  });
});
