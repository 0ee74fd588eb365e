import { describe, expect, it } from 'vitest';
import { computeKpis, type KpiInputs } from '../../../src/lib/kpi/compute';
import { KPI_NAMES } from '../../../src/lib/kpi/definitions';
import type { SpendRow } from '../../../src/lib/types';
import { day, funnelSet, pathSet } from './fixtures';
import { english } from '../../../src/lib/messages';

/** Spend on single days, so no period split: January 450 (LinkedIn 300, Google 100, Email 50), February 100 (Google). */
const SPEND: SpendRow[] = [
  { channel: 'LinkedIn', time: day(0, 10), spend: 300 },
  { channel: 'Google', time: day(0, 15), spend: 100 },
  { channel: 'Google', time: day(1, 15), spend: 100 },
  { channel: 'Email', time: day(0, 20), spend: 50 },
];
const inputs = (): KpiInputs => ({ journeys: funnelSet(), spend: SPEND, attributedRevenue: { LinkedIn: 900, Google: 100, Email: 0, Organic: 500 }, attributionModel: 'linear' });

describe('computeKpis() on touchpoints and spend', () => {
  const r = computeKpis(inputs(), { period: 'month' });
  const byPeriod = (name: keyof typeof r.kpis) => r.kpis[name]?.byPeriod?.map((p) => [p.period, p.value]);

  it('names the periods the data does not reach to their end: data to 10 Feb leaves February (and its week) unfinished', () => {
    // The last touch is on 10 Feb 2025 (a Monday): the data ends with that day.
    expect(r.dataEnd).toBe(day(1, 11));
    expect(r.incomplete).toEqual(['2025-02']);
    const w = computeKpis(inputs(), { period: 'week' });
    expect(w.incomplete).toEqual(['2025-W07']);
    expect(w.periods.at(-1)).toBe('2025-W07');
    expect(computeKpis(inputs(), { period: 'month', window: { from: day(0, 1), to: day(1, 28) } }).incomplete).toEqual([]);
  });

  it('covers the months of the journeys and picks the MQL stage rule', () => {
    expect(r.periods).toEqual(['2025-01', '2025-02']);
    expect(r.mqlRule).toEqual({ by: 'stage', stage: 'MQL' });
  });

  it('counts leads and MQLs per lead source and per period', () => {
    // Leads A B C in January, D in February; MQLs A (5 Jan), B (8 Jan), D (10 Feb).
    expect(r.kpis.leads).toMatchObject({ value: 4, byChannel: { Google: 2, LinkedIn: 2 } });
    expect(byPeriod('leads')).toEqual([['2025-01', 3], ['2025-02', 1]]);
    expect(r.kpis.mqls).toMatchObject({ value: 3, byChannel: { Google: 1, LinkedIn: 2 } });
    expect(byPeriod('mqls')).toEqual([['2025-01', 2], ['2025-02', 1]]);
    expect(r.kpis.leads?.byPeriod?.[1]).toMatchObject({ change: -2, changeRatio: -2 / 3 });
  });

  it('gives CPL = spend / leads per channel with spend, and in total', () => {
    // 550 / 4 = 137.5; LinkedIn 300 / 2; Google 200 / 2; Email 50 / 0 has no CPL. January 450 / 3, February 100 / 1.
    expect(r.kpis.cpl).toMatchObject({ value: 137.5, byChannel: { Email: null, Google: 100, LinkedIn: 150 } });
    expect(byPeriod('cpl')).toEqual([['2025-01', 150], ['2025-02', 100]]);
  });

  it('gives CPA = spend / won deals, with the journeys\' conversions when there is no deals file', () => {
    // One win (A, LinkedIn, 3 Feb): 550 / 1; LinkedIn 300 / 1. January has no win; February 100 / 1.
    expect(r.kpis.won_deals).toMatchObject({ value: 1, byChannel: { LinkedIn: 1 } });
    expect(r.kpis.won_revenue).toMatchObject({ value: 1000 });
    expect(r.kpis.cpa).toMatchObject({ value: 550, byChannel: { Email: null, Google: null, LinkedIn: 300 } });
    expect(byPeriod('cpa')).toEqual([['2025-01', null], ['2025-02', 100]]);
  });

  it('gives ROI = (attributed revenue - spend) / spend per channel with spend', () => {
    // LinkedIn (900 - 300) / 300 = 2; Google (100 - 200) / 200 = -0.5; Email (0 - 50) / 50 = -1;
    // total over those channels (1000 - 550) / 550. Organic has no spend and no ROI.
    const roi = r.kpis.roi;
    expect(roi?.value).toBeCloseTo(450 / 550, 12);
    expect(roi?.byChannel).toEqual({ Email: -1, Google: -0.5, LinkedIn: 2 });
    expect(english(roi?.formula!)).toMatch(/linear model/);
  });

  it('gives stage-to-stage conversion of each lead cohort', () => {
    expect(r.kpis.lead_to_mql).toMatchObject({ value: 0.75, byChannel: { Google: 0.5, LinkedIn: 1 } });
    // January cohort A B C: 2 of 3 became MQLs; February cohort D: 1 of 1.
    expect(byPeriod('lead_to_mql')).toEqual([['2025-01', 2 / 3], ['2025-02', 1]]);
    expect(r.kpis.mql_to_sql?.value).toBe(2 / 3);
    expect(r.kpis.sql_to_opportunity?.value).toBe(0.5);
    expect(r.kpis.opportunity_to_won?.value).toBe(1);
    expect(r.kpis.lead_to_won).toMatchObject({ value: 0.25, byChannel: { Google: 0, LinkedIn: 0.5 } });
  });

  it('measures lead -> won time: A took 32 days', () => {
    expect(r.kpis.lead_cycle_days).toMatchObject({ value: 32, byChannel: { LinkedIn: 32 } });
    expect(r.leadCycle?.overall).toEqual({ count: 1, mean: 32, median: 32, p90: 32, min: 32, max: 32 });
  });

  it('tags each KPI and explains every missing one by the file and columns it needs', () => {
    expect(r.kpis.spend?.tags).toEqual({ timing: 'leading', flow: 'input' });
    expect(r.kpis.cpa?.tags).toEqual({ timing: 'lagging', flow: 'output' });
    expect(Object.keys(r.unavailable).sort()).toEqual([
      'arpa', 'bounce_rate', 'churn_rate', 'click_rate', 'clv', 'forecast_bias', 'forecast_mape', 'nps', 'open_rate', 'sales_cycle_days',
    ]);
    expect(english(r.unavailable.nps!)).toBe('needs an NPS survey file (score 0-10, optional date and segment)');
    for (const name of KPI_NAMES) expect(Boolean(r.kpis[name]) !== Boolean(r.unavailable[name]), name).toBe(true);
  });

  it('counts MQLs by touch types when the user sets that rule', () => {
    const t = computeKpis(inputs(), { period: 'month', mqlRule: { by: 'touch_types', types: ['webinar', 'download'] } });
    // A (webinar), C (download), D (reached SQL).
    expect(t.kpis.mqls).toMatchObject({ value: 3, byChannel: { Google: 2, LinkedIn: 1 } });
  });

  it('does not mutate its inputs', () => {
    const i = inputs();
    const before = JSON.stringify(i);
    computeKpis(i, { period: 'week', grossMargin: 0.5 });
    expect(JSON.stringify(i)).toBe(before);
  });
});

describe('computeKpis() on a path table', () => {
  it('has leads and lead -> won but no MQL step and no periods', () => {
    const r = computeKpis({ journeys: pathSet() }, { period: 'month' });
    expect(r.periods).toEqual([]);
    expect(r.kpis.leads).toMatchObject({ value: 8, byChannel: { LinkedIn: 8 } });
    expect(r.kpis.leads?.byPeriod).toBeUndefined();
    expect(r.kpis.lead_to_won?.value).toBe(3 / 8);
    expect(r.kpis.mqls).toBeUndefined();
    expect(english(r.unavailable.mql_to_sql!)).toMatch(/stage column has MQL and SQL values/);
  });
});

describe('computeKpis() with nothing', () => {
  it('lists every KPI as unavailable', () => {
    const r = computeKpis({}, { period: 'quarter' });
    expect(Object.keys(r.kpis)).toEqual([]);
    expect(Object.keys(r.unavailable)).toHaveLength(KPI_NAMES.length);
  });
});
