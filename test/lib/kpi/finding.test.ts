import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cycleFinding, funnelFinding } from '../../../src/lib/kpi/finding';
import { english } from '../../../src/lib/messages';
import { FUNNEL_STEPS, type FunnelStep } from '../../../src/lib/kpi/contacts';
import { cycleStats } from '../../../src/lib/kpi/cycle';

type Step = { step: FunnelStep; count: number | null; rate: number | null };
/** Steps from counts, each rate the next count over this one (as the funnel computes it). */
const steps = (counts: number[]): Step[] => counts.map((count, i) => ({ step: FUNNEL_STEPS[i], count, rate: i + 1 < counts.length && count > 0 ? counts[i + 1] / count : null }));

describe('funnelFinding', () => {
  it('names the step that keeps the smallest share, with the share and the journeys lost', () => {
    // 1000 → 400 (40%) → 300 (75%) → 60 (20%) → 30 (50%)
    expect(english(funnelFinding(steps([1000, 400, 300, 60, 30]))!)).toBe('The funnel narrows most from SQLs to opportunities: 20.0% move on, 240 do not.');
  });

  it('keeps the earlier step on a tie and says nothing without a rate', () => {
    expect(funnelFinding(steps([100, 50, 25]))?.params).toMatchObject({ from: 'lead', to: 'mql', rate: 0.5, lost: 50 });
    expect(funnelFinding(steps([100]))).toBeNull();
    expect(funnelFinding(steps([0, 0]))).toBeNull();
    expect(funnelFinding([])).toBeNull();
  });

  it('agrees with a brute-force minimum over random funnels and leaves its input alone', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 2, maxLength: 5 }), (raw) => {
      const counts = [...raw].sort((a, b) => b - a);
      const input = steps(counts);
      const copy = structuredClone(input);
      const found = funnelFinding(input);
      expect(input).toEqual(copy);
      const rates = input.slice(0, -1).map((s, i) => ({ i, r: s.rate })).filter((x) => x.r !== null) as { i: number; r: number }[];
      if (rates.length === 0) return expect(found).toBeNull();
      const min = Math.min(...rates.map((x) => x.r));
      const i = rates.find((x) => x.r === min)!.i;
      expect(found!.params).toEqual({ from: FUNNEL_STEPS[i], to: FUNNEL_STEPS[i + 1], rate: min, lost: counts[i] - counts[i + 1] });
    }), { seed: 15, numRuns: 300 });
  });
});

describe('cycleFinding', () => {
  it('says the median and the 90th percentile of the cycle, to a tenth of a day', () => {
    const stats = cycleStats([10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
    expect(stats.median).toBe(55);
    expect(english(cycleFinding(stats, true)!)).toBe(`Half of the 10 won deals closed within 55 days of being created; the slowest tenth took over ${Math.round(stats.p90! * 10) / 10}.`);
    expect(english(cycleFinding(cycleStats([1, 2, 4]), false)!)).toMatch(/^Half of the 3 won deals closed within 2 days of the lead;/);
  });

  it('says nothing with fewer than three deals', () => {
    expect(cycleFinding(cycleStats([5, 9]), true)).toBeNull();
  });
});
