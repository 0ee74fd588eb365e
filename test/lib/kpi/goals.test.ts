import { describe, expect, it } from 'vitest';
import { checkThresholds, goalProgress, judgeGoal } from '../../../src/lib/kpi/goals';
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

describe('judgeGoal(): goals that know their KPI and their period (issue 14)', () => {
  const months = (values: (number | null)[], from = 1) => values.map((v, i) => ({ period: `2025-${String(from + i).padStart(2, '0')}`, value: v, change: null, changeRatio: null }));
  const cpl = (values: (number | null)[]) => ({ name: 'cpl' as const, higherIsBetter: false, value: null, byPeriod: months(values) });
  const JULY = Date.UTC(2025, 6, 1);

  it('a CPL goal of at most 120 by a date is off track when CPL climbs toward 288 (the straight line said "on track")', () => {
    // CPL 90, 150, 210 in Jan-Mar (mid-months 15.5, 45, 74.5 days in): +2.0339 a day; read on 1 Jun (151 days) ≈ 365.
    const kpi = cpl([90, 150, 210]);
    const deadline = Date.UTC(2025, 4, 31);
    const judged = judgeGoal({ target: 120, per: 'total', deadline }, kpi, [], Date.UTC(2025, 3, 1));
    expect(judged.state).toBe('offTrack');
    expect(judged.atLeast).toBe(false);
    expect(judged.value).toBeGreaterThan(288);
    // The old progress read the same goal as one to go up (baseline 90 → target 120) and called it on track.
    const series = kpi.byPeriod.map((p, i) => ({ time: Date.UTC(2025, i + 1, 1), value: p.value }));
    expect(goalProgress({ target: 120, start: Date.UTC(2025, 0, 1), deadline }, series).onTrack).toBe(true);
  });

  it('a goal of 300 leads each month is missed when the last complete month has 252, whatever the view', () => {
    const leads = { name: 'leads' as const, higherIsBetter: true, value: 762, byPeriod: months([250, 260, 252, 40]) };
    const j = judgeGoal({ target: 300, per: 'month' }, leads, ['2025-04'], JULY);
    expect(j).toMatchObject({ state: 'missed', period: '2025-03', value: 252, record: { met: 0, of: 3 } });
    expect(j.progress).toBeCloseTo(252 / 300, 12);
    expect(judgeGoal({ target: 250, per: 'month' }, leads, ['2025-04'], JULY)).toMatchObject({ state: 'met', record: { met: 3, of: 3 }, progress: 1 });
  });

  it('a per-month CPL goal is met at or under the target, and its bar shows target / value above it', () => {
    expect(judgeGoal({ target: 120, per: 'month' }, cpl([130, 120]), [], JULY)).toMatchObject({ state: 'met', value: 120, record: { met: 1, of: 2 }, progress: 1 });
    expect(judgeGoal({ target: 120, per: 'month' }, cpl([120, 150]), [], JULY).progress).toBeCloseTo(0.8, 12);
  });

  it('never judges a young cohort or an unfinished period', () => {
    const lw = { name: 'lead_to_won' as const, higherIsBetter: true, value: 0.1, byPeriod: months([0.12, 0.1, 0.0]), immature: ['2025-03'] };
    expect(judgeGoal({ target: 0.11, per: 'month' }, lw, [], JULY)).toMatchObject({ state: 'missed', period: '2025-02', value: 0.1 });
    expect(judgeGoal({ target: 0.11, per: 'month' }, { ...lw, immature: ['2025-01', '2025-02', '2025-03'] }, [], JULY).state).toBe('notYet');
  });

  it('projects a running total of leads to its date at the complete months\' pace (closed form)', () => {
    // 200 leads in each of Jan-Apr (120 days), data to 30 Apr; by 30 Jun: 800 + 800 × 61 / 120.
    const leads = { name: 'leads' as const, higherIsBetter: true, value: 800, byPeriod: months([200, 200, 200, 200]) };
    const j = judgeGoal({ target: 1200, per: 'total', deadline: Date.UTC(2025, 5, 30) }, leads, [], Date.UTC(2025, 4, 1));
    expect(j.soFar).toBe(800);
    expect(j.value).toBeCloseTo(800 + (800 * 61) / 120, 9);
    expect(j.state).toBe('onTrack');
    expect(judgeGoal({ target: 1300, per: 'total', deadline: Date.UTC(2025, 5, 30) }, leads, [], Date.UTC(2025, 4, 1)).state).toBe('offTrack');
    // Once the date has passed, the total up to it is met or missed.
    expect(judgeGoal({ target: 700, per: 'total', deadline: Date.UTC(2025, 3, 30) }, leads, [], Date.UTC(2025, 4, 1))).toMatchObject({ state: 'met', value: 800 });
  });
});

describe('checkThresholds() on complete periods', () => {
  it('does not fire "below 80" on an unfinished week, but on the last complete one', () => {
    const leads = makeKpi('leads', 300, ['2025-W25', '2025-W26', '2025-W27'], { byPeriod: new Map([['2025-W25', 100], ['2025-W26', 90], ['2025-W27', 0]]) });
    expect(checkThresholds([{ kpi: 'leads', below: 80 }], { leads })).toHaveLength(1);
    expect(checkThresholds([{ kpi: 'leads', below: 80 }], { leads }, ['2025-W27'])).toEqual([]);
    expect(checkThresholds([{ kpi: 'leads', below: 95 }], { leads }, ['2025-W27'])).toEqual([{ kpi: 'leads', value: 90, limit: 95, direction: 'below', period: '2025-W26' }]);
  });
});
