import { describe, expect, it } from 'vitest';
import { checkThresholds, goalProgress } from '../../../src/lib/kpi/goals';
import { makeKpi } from '../../../src/lib/kpi/build';

const DAY = 86_400_000;

describe('goalProgress()', () => {
  it('projects a straight line to the deadline and says whether the target is reached', () => {
    // Baseline 100 at day 0, then 110 (day 10), 120 (day 20): exactly +1 a day. Target 150 by day 40:
    // projected 140, not on track; the line reaches 150 on day 50. Progress (120 - 100) / 50 = 0.4;
    // a steady pace would be at 100 + 20/40 × 50 = 125 on day 20.
    const series = [{ time: 10 * DAY, value: 110 }, { time: 20 * DAY, value: 120 }];
    const g = goalProgress({ target: 150, start: 0, deadline: 40 * DAY, baseline: 100 }, series);
    expect(g.progress).toBeCloseTo(0.4, 12);
    expect(g.projected).toBeCloseTo(140, 9);
    expect(g.onTrack).toBe(false);
    expect(g.reachTime).toBeCloseTo(50 * DAY, 3);
    expect(g.expectedNow).toBeCloseTo(125, 12);
    expect(goalProgress({ target: 140, start: 0, deadline: 40 * DAY, baseline: 100 }, series).onTrack).toBe(true);
  });

  it('handles goals to go down (CPL from 80 to 60) and ignores empty periods', () => {
    // 80, null, 70 at days 0, 10, 20: -0.5 a day, 60 on day 40.
    const g = goalProgress({ target: 60, start: 0, deadline: 40 * DAY }, [{ time: 0, value: 80 }, { time: 10 * DAY, value: null }, { time: 20 * DAY, value: 70 }]);
    expect(g.baseline).toBe(80);
    expect(g.progress).toBeCloseTo(0.5, 12);
    expect(g.projected).toBeCloseTo(60, 9);
    expect(g.onTrack).toBe(true);
  });

  it('cannot project from one point or none', () => {
    expect(goalProgress({ target: 10, start: 0, deadline: DAY }, [{ time: 0, value: 5 }])).toMatchObject({ progress: 0, projected: null, onTrack: null });
    expect(goalProgress({ target: 10, start: 0, deadline: DAY }, [])).toMatchObject({ progress: null, current: null });
  });
});

describe('checkThresholds()', () => {
  const cpl = makeKpi('cpl', 90, ['2025-01', '2025-02', '2025-03'], { byPeriod: new Map([['2025-01', 70], ['2025-02', 120], ['2025-03', null]]) });
  const nps = makeKpi('nps', 25, []);

  it('flags the latest period with a value above or below its limit, or the overall value', () => {
    expect(checkThresholds([{ kpi: 'cpl', above: 100 }, { kpi: 'nps', below: 30 }, { kpi: 'churn_rate', above: 0.02 }], { cpl, nps })).toEqual([
      { kpi: 'cpl', value: 120, limit: 100, direction: 'above', period: '2025-02' },
      { kpi: 'nps', value: 25, limit: 30, direction: 'below' },
    ]);
    expect(checkThresholds([{ kpi: 'cpl', above: 150, below: 50 }], { cpl })).toEqual([]);
  });
});
