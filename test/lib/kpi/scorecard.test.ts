import { describe, expect, it } from 'vitest';
import { keepReview, nextReview, scorecardFinding, scorecardRows, sinceReview, type ScorecardInput, type ScorecardRow } from '../../../src/lib/kpi/scorecard';
import { judgeGoal, type GoalJudgement } from '../../../src/lib/kpi/goals';
import { makeKpi } from '../../../src/lib/kpi/build';
import { english } from '../../../src/lib/messages';
import type { KpiName } from '../../../src/lib/kpi/types';

const PERIODS = ['2025-01', '2025-02', '2025-03', '2025-04'];
// Leads 100, 120, 150 and a running April (40 so far); CPL 90, 110, 132, 60 (April running too).
const leads = makeKpi('leads', 410, PERIODS, { byPeriod: new Map([['2025-01', 100], ['2025-02', 120], ['2025-03', 150], ['2025-04', 40]]) });
const cpl = makeKpi('cpl', 100, PERIODS, { byPeriod: new Map([['2025-01', 90], ['2025-02', 110], ['2025-03', 132], ['2025-04', 60]]) });
const nps = makeKpi('nps', 31, PERIODS);
const incomplete = ['2025-04'];

function input(goals: ScorecardInput['goals'] = {}): ScorecardInput {
  const judgements = new Map<KpiName, GoalJudgement | null>();
  for (const k of [leads, cpl, nps]) {
    const g = goals[k.name];
    if (g) judgements.set(k.name, judgeGoal({ target: g.target, per: g.per }, k, incomplete, null));
  }
  return { kpis: [leads, cpl, nps], incomplete, goals, judgements, alerts: [{ kpi: 'cpl', value: 132, limit: 120, direction: 'above', period: '2025-03' }] };
}

const row = (rows: ScorecardRow[], kpi: KpiName) => rows.find((r) => r.kpi === kpi)!;

describe('scorecardRows()', () => {
  it('shows each pinned KPI\'s latest complete period, its change, its trend and its alert', () => {
    const rows = scorecardRows(input());
    expect(rows.map((r) => r.kpi)).toEqual(['leads', 'cpl', 'nps']);
    // March, not the running April: 150 leads, up 25 % from 120.
    expect(row(rows, 'leads')).toMatchObject({ period: '2025-03', value: 150, trend: [100, 120, 150, 40], openFrom: 3, goal: null, state: null, alert: null });
    expect(row(rows, 'leads').changeRatio).toBeCloseTo(0.25, 12);
    expect(row(rows, 'cpl').alert).toEqual({ direction: 'above', limit: 120, value: 132 });
    // NPS has no periods: its overall value.
    expect(row(rows, 'nps')).toMatchObject({ period: null, value: 31, trend: [], openFrom: null });
  });

  it('judges each goal in its direction: at least for leads, at most for CPL', () => {
    const rows = scorecardRows(input({ leads: { target: 140, per: 'month' }, cpl: { target: 120, per: 'month' } }));
    expect(row(rows, 'leads')).toMatchObject({ state: 'met', goal: { target: 140, per: 'month', atLeast: true }, judged: { period: '2025-03', value: 150 } });
    expect(row(rows, 'cpl')).toMatchObject({ state: 'missed', goal: { atLeast: false }, judged: { period: '2025-03', value: 132 } });
    expect(row(rows, 'cpl').judged!.progress).toBeCloseTo(120 / 132, 12);
    expect(row(rows, 'nps').state).toBeNull();
  });

  it('does not mutate its inputs', () => {
    const i = input({ leads: { target: 140, per: 'month' } });
    const before = JSON.stringify({ ...i, judgements: [...i.judgements] });
    scorecardRows(i);
    expect(JSON.stringify({ ...i, judgements: [...i.judgements] })).toBe(before);
  });
});

describe('scorecardFinding()', () => {
  it('names the pinned KPI furthest from its goal, and counts the others that miss', () => {
    // Leads 150 against at least 200 (75 % of the way) is further off than CPL 132 against at most 120 (91 %).
    const rows = scorecardRows(input({ leads: { target: 200, per: 'month' }, cpl: { target: 120, per: 'month' } }));
    expect(english(scorecardFinding(rows, 'EUR')!)).toBe('Leads is furthest from its goal: 150 in 2025-03 against at least 200; 1 other pinned KPI misses too.');
  });

  it('says money in the files\' currency', () => {
    const rows = scorecardRows(input({ leads: { target: 140, per: 'month' }, cpl: { target: 120, per: 'month' } }));
    expect(english(scorecardFinding(rows, 'EUR')!)).toBe('Cost per lead (CPL) is furthest from its goal: €132.00 in 2025-03 against at most €120.00.');
  });

  it('says how many goals are met when none is missed, and nothing without goals', () => {
    expect(english(scorecardFinding(scorecardRows(input({ leads: { target: 140, per: 'month' }, cpl: { target: 140, per: 'month' } })), 'EUR')!))
      .toBe('All 2 pinned KPIs with a goal meet their goals or are on track.');
    expect(english(scorecardFinding(scorecardRows(input({ leads: { target: 140, per: 'month' } })), 'EUR')!)).toBe('The one pinned KPI with a goal meets it or is on track.');
    expect(scorecardFinding(scorecardRows(input()), 'EUR')).toBeNull();
  });
});

describe('keepReview() and sinceReview()', () => {
  const goals = { leads: { target: 140, per: 'month' as const }, cpl: { target: 140, per: 'month' as const } };
  const then = scorecardRows(input(goals));
  const review = keepReview(then, new Map([['cpl', '  Check the LinkedIn bids. ']]), ' Pause the worst ad set. ', '2025-04-02', 'EUR');

  it('keeps each KPI as it stood, with its comment and the note, trimmed', () => {
    expect(review.id).toBe('2025-04-02');
    expect(review.note).toBe('Pause the worst ad set.');
    expect(review.rows.map((r) => [r.kpi, r.value, r.state, r.comment])).toEqual([['leads', 150, 'met', ''], ['cpl', 132, 'met', 'Check the LinkedIn bids.'], ['nps', 31, null, '']]);
    expect(keepReview(then, new Map(), '', '2025-04-02', 'EUR', ['2025-04-02', '2025-04-02-2']).id).toBe('2025-04-02-3');
    expect(() => keepReview(then, new Map(), '', '2.4.2025', 'EUR')).toThrow('invalid review date: 2.4.2025');
  });

  it('says per KPI how the value moved and when a goal went from met to missed', () => {
    // A month later: leads fell to 130 in April (missed), CPL 125 (still met, alert off), NPS unpinned, MQLs pinned.
    const later = ['2025-01', '2025-02', '2025-03', '2025-04', '2025-05'];
    const leads2 = makeKpi('leads', 540, later, { byPeriod: new Map([['2025-01', 100], ['2025-02', 120], ['2025-03', 150], ['2025-04', 130], ['2025-05', 10]]) });
    const cpl2 = makeKpi('cpl', 100, later, { byPeriod: new Map([['2025-01', 90], ['2025-02', 110], ['2025-03', 132], ['2025-04', 125], ['2025-05', 10]]) });
    const mqls = makeKpi('mqls', 90, later, { byPeriod: new Map([['2025-04', 30]]) });
    const inc = ['2025-05'];
    const judgements = new Map<KpiName, GoalJudgement | null>([['leads', judgeGoal({ target: 140, per: 'month' }, leads2, inc, null)], ['cpl', judgeGoal({ target: 140, per: 'month' }, cpl2, inc, null)]]);
    const now = scorecardRows({ kpis: [leads2, cpl2, mqls], incomplete: inc, goals, judgements, alerts: [] });
    const changes = sinceReview(review, now);
    expect(changes.map((c) => [c.kpi, c.presence])).toEqual([['leads', null], ['cpl', null], ['mqls', 'new'], ['nps', 'dropped']]);
    const l = changes[0];
    expect(l).toMatchObject({ before: { period: '2025-03', value: 150, state: 'met' }, after: { period: '2025-04', value: 130, state: 'missed' }, delta: -20, stateChanged: true, alertChanged: null });
    expect(l.ratio).toBeCloseTo(-20 / 150, 12);
    expect(changes[1]).toMatchObject({ delta: -7, stateChanged: false, alertChanged: false });
    expect(changes[2]).toMatchObject({ delta: null, ratio: null, stateChanged: false });
    expect(changes[3]).toMatchObject({ before: { value: 31 }, after: { value: null }, delta: null });
  });

  it('does not mutate the review or the rows', () => {
    const before = JSON.stringify([review, then]);
    sinceReview(review, then);
    expect(JSON.stringify([review, then])).toBe(before);
  });
});

describe('nextReview()', () => {
  const cases = [
    { last: '2025-03-28', rhythm: 'week', expected: '2025-04-04' },
    { last: '2025-12-29', rhythm: 'week', expected: '2026-01-05' },
    { last: '2025-01-31', rhythm: 'month', expected: '2025-02-28' },
    { last: '2024-01-31', rhythm: 'month', expected: '2024-02-29' },
    { last: '2025-11-15', rhythm: 'quarter', expected: '2026-02-15' },
    { last: '2025-05-31', rhythm: 'quarter', expected: '2025-08-31' },
  ] as const;
  for (const c of cases) it(`nextReview('${c.last}', '${c.rhythm}') is ${c.expected}`, () => expect(nextReview(c.last, c.rhythm)).toBe(c.expected));
  it('throws for a date it cannot read', () => expect(() => nextReview('tomorrow', 'week')).toThrow('invalid review date: tomorrow'));
});
