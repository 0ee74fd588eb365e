import { describe, expect, it } from 'vitest';
import { averageResponse, hillResponse } from '../../../src/lib/budget/curve';
import { maximizeResponse } from '../../../src/lib/budget/allocate';
import { robustAllocation, type ModelCurves, type RobustChannel } from '../../../src/lib/budget/robust';
import { calibrate, type HillCurve } from '../../../src/lib/budget/response';
import { expectKkt } from './kkt';
import { english } from '../../../src/lib/messages';

const curve = (x0: number, y0: number): HillCurve => {
  const c = calibrate(x0, y0);
  if (!c.ok) throw new Error(english(c.reason));
  return c.curve;
};

const channels: RobustChannel[] = [
  { name: 'Strong', currentSpend: 1000, min: 700, max: 1300 },
  { name: 'Weak', currentSpend: 1000, min: 700, max: 1300 },
  { name: 'Disputed', currentSpend: 1000, min: 700, max: 1300 },
  { name: 'Middle', currentSpend: 1000, min: 700, max: 1300 },
];
const models: ModelCurves[] = [
  { model: 'first', curves: [curve(1000, 50), curve(1000, 10), curve(1000, 45), curve(1000, 20)] },
  { model: 'last', curves: [curve(1000, 60), curve(1000, 12), curve(1000, 8), curve(1000, 20)] },
];

describe('averageResponse()', () => {
  it('averages value and marginal ROI and inverts the averaged marginal', () => {
    const parts = [hillResponse({ beta: 100, alpha: 1, gamma: 1000 }), hillResponse({ beta: 40, alpha: 0.6, gamma: 4000 })];
    const avg = averageResponse(parts);
    expect(avg.value(2000)).toBeCloseTo((parts[0].value(2000) + parts[1].value(2000)) / 2, 12);
    for (const x of [10, 500, 5000, 80000]) expect(avg.spendAt(avg.marginal(x)) / x).toBeCloseTo(1, 9);
  });
});

describe('robustAllocation()', () => {
  const r = robustAllocation(channels, models, 4000);

  it('solves once per model, exactly as the single-model optimiser does', () => {
    expect(r.models.map((m) => m.model)).toEqual(['first', 'last']);
    const own = maximizeResponse(channels.map((c, i) => ({ ...c, response: hillResponse(models[1].curves[i]) })), 4000);
    expect(r.models[1].allocation.spends).toEqual(own.spends);
  });

  it('gives each channel its range over the models and a badge: increase / decrease in every model, or depends', () => {
    expect(r.channels.map((c) => c.badge)).toEqual(['increase', 'decrease', 'depends', 'depends']);
    const d = r.channels[2];
    expect(d.low).toBe(Math.min(...d.recommended));
    expect(d.high).toBe(Math.max(...d.recommended));
    expect(d.low).toBeLessThan(1000);
    expect(d.high).toBeGreaterThan(1000);
  });

  it('finds the consensus that maximises the average response: KKT on the averaged curves', () => {
    const averaged = channels.map((c, i) => ({ ...c, response: averageResponse(models.map((m) => hillResponse(m.curves[i]))) }));
    expectKkt(averaged, r.consensus, 4000);
    const avgAt = (spends: number[]) => averaged.reduce((s, c, i) => s + c.response.value(spends[i]), 0);
    for (const m of r.models) expect(avgAt(r.consensus.spends)).toBeGreaterThanOrEqual(avgAt(m.allocation.spends) - 1e-9);
  });

  it('says what each model loses by the consensus', () => {
    for (const l of r.losses) {
      expect(l.loss).toBeGreaterThanOrEqual(-1e-9);
      expect(l.loss).toBeCloseTo(l.optimal - l.atConsensus, 12);
      expect(l.share).toBeCloseTo(l.loss / l.optimal, 12);
    }
    expect(r.losses.some((l) => l.loss > 1e-6)).toBe(true);
  });

  it('does not mutate its inputs', () => {
    const before = JSON.stringify([channels, models]);
    robustAllocation(Object.freeze([...channels]), Object.freeze([...models]), 3500);
    expect(JSON.stringify([channels, models])).toBe(before);
  });

  it('throws when a model has the wrong number of curves', () => {
    expect(() => robustAllocation(channels, [{ model: 'x', curves: [] }], 4000)).toThrow(/model x has 0 curves for 4 channels/);
  });
});
