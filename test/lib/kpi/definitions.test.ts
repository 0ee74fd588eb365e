// Issue 21, "KPIs that add up": one window for every figure, one meaning of "channel" per KPI, cohort vs period
// named in the formulas, and warnings as data.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeKpis, youngCohorts, type KpiInputs } from '../../../src/lib/kpi/compute';
import { KPI_DEFINITIONS } from '../../../src/lib/kpi/definitions';
import { periodsBetween } from '../../../src/lib/kpi/period';
import { spendSums } from '../../../src/lib/kpi/spend';
import type { Granularity } from '../../../src/lib/kpi/types';
import { english, type Msg } from '../../../src/lib/messages';
import type { Deal, SpendRow } from '../../../src/lib/types';
import { day, funnelSet } from './fixtures';

/** The spend of compute.test.ts (January 450, February 100; all inside the journeys' months). */
const INSIDE: SpendRow[] = [
  { channel: 'LinkedIn', time: day(0, 10), spend: 300 },
  { channel: 'Google', time: day(0, 15), spend: 100 },
  { channel: 'Google', time: day(1, 15), spend: 100 },
  { channel: 'Email', time: day(0, 20), spend: 50 },
];
/** Spend outside January-February 2025: December, March, and a week from Mon 24 Feb (5 days in February, 2 in March). */
const OUTSIDE: SpendRow[] = [
  { channel: 'LinkedIn', time: Date.UTC(2024, 11, 20), spend: 1000 },
  { channel: 'Google', time: day(2, 10), spend: 400 },
  { channel: 'Email', period: '2025-02-24', periodUnit: 'week', spend: 700 },
];
const REVENUE = { LinkedIn: 900, Google: 100, Email: 0, Organic: 500 };
const inputs = (spend: SpendRow[]): KpiInputs => ({ journeys: funnelSet(), spend, attributedRevenue: REVENUE, attributionModel: 'first' });
const say = (m: Msg | undefined) => (m ? english(m) : undefined);

describe('one window for every figure', () => {
  const r = computeKpis(inputs([...INSIDE, ...OUTSIDE]), { period: 'month' });

  it('leaves spend dated outside the report\'s periods out of the total and the channels', () => {
    expect(r.periods).toEqual(['2025-01', '2025-02']);
    // Inside: 550, plus 5/7 of the Email week (500) in February.
    expect(r.kpis.spend?.value).toBe(1050);
    expect(r.kpis.spend?.byChannel).toEqual({ Email: 550, Google: 200, LinkedIn: 300 });
    const periods = r.kpis.spend?.byPeriod?.map((p) => p.value) as number[];
    expect(periods).toEqual([450, 600]);
    expect(periods.reduce((s, x) => s + x, 0)).toBe(r.kpis.spend?.value);
  });

  it('uses the same spend in CPL, CPA and ROI', () => {
    // Leads: LinkedIn 2, Google 2 (4 in all); the one win is LinkedIn's.
    expect(r.kpis.cpl).toMatchObject({ value: 1050 / 4, byChannel: { Email: null, Google: 100, LinkedIn: 150 } });
    expect(r.kpis.cpa).toMatchObject({ value: 1050, byChannel: { Email: null, Google: null, LinkedIn: 300 } });
    // ROI over the channels with spend: (900 + 100 + 0 - 1050) / 1050; Email (0 - 550) / 550.
    expect(r.kpis.roi?.value).toBeCloseTo((1000 - 1050) / 1050, 12);
    expect(r.kpis.roi?.byChannel).toEqual({ Email: -1, Google: -0.5, LinkedIn: 2 });
  });

  it('says how much spend was left out', () => {
    // December 1000 + March 400 + 2/7 of the week 200.
    expect(r.kpis.spend?.warnings).toEqual([{ key: 'kpi.warnSpendOutside', params: { amount: 1600 } }]);
    expect(say(r.kpis.spend?.warnings?.[0])).toBe('1,600.00 of spend is dated outside the report\'s periods and left out');
    expect(say(r.kpis.spend?.formula)).toMatch(/spend dated outside the periods is left out, so the periods add up to the total/);
    expect(computeKpis(inputs(INSIDE), { period: 'month' }).kpis.spend?.warnings).toBeUndefined();
  });

  it('property: the periods\' spend adds up to the total, weeks spread over months', () => {
    const start = Date.UTC(2024, 0, 1);
    const row = fc.record({
      channel: fc.constantFrom('A', 'B', 'C'),
      offset: fc.integer({ min: 0, max: 800 }),
      week: fc.boolean(),
      spend: fc.integer({ min: 0, max: 100_000 }),
    });
    const g = fc.constantFrom<Granularity>('week', 'month', 'quarter');
    fc.assert(fc.property(fc.array(row, { minLength: 1, maxLength: 30 }), g, fc.integer({ min: 0, max: 700 }), fc.integer({ min: 0, max: 300 }), (raw, gran, from, len) => {
      const rows: SpendRow[] = raw.map((x) => {
        const t = start + x.offset * 86_400_000;
        return x.week ? { channel: x.channel, period: new Date(t).toISOString().slice(0, 10), periodUnit: 'week' as const, spend: x.spend } : { channel: x.channel, time: t, spend: x.spend };
      });
      const window = { from: start + from * 86_400_000, to: start + (from + len) * 86_400_000 };
      const periods = periodsBetween(window.from, window.to, gran).map((p) => p.key);
      const s = spendSums(rows, gran, periods);
      const byPeriod = [...s.spend.byPeriod.values()].reduce((a, b) => a + b, 0);
      const byChannel = [...s.spend.byChannel.values()].reduce((a, b) => a + b, 0);
      const all = rows.reduce((a, r) => a + r.spend, 0);
      expect([...s.spend.byPeriod.keys()].every((k) => periods.includes(k))).toBe(true);
      expect(byPeriod).toBeCloseTo(s.spend.total, 6);
      expect(byChannel).toBeCloseTo(s.spend.total, 6);
      expect(s.spend.total + s.outside).toBeCloseTo(all, 6);
      // Through computeKpis: the KPI's periods add up to its value.
      const k = computeKpis({ spend: rows }, { period: gran, window }).kpis.spend;
      const sum = (k?.byPeriod ?? []).reduce((a, p) => a + (p.value ?? 0), 0);
      expect(sum).toBeCloseTo(k?.value ?? 0, 6);
    }), { numRuns: 150 });
  });
});

describe('one meaning of "channel" per KPI', () => {
  const r = computeKpis(inputs(INSIDE), { period: 'month' });

  it('names the meaning of each KPI\'s channels', () => {
    const meaning = Object.fromEntries(Object.entries(r.kpis).map(([n, k]) => [n, k.channelMeaning]));
    expect(meaning).toMatchObject({
      leads: 'lead', mqls: 'lead', cpl: 'lead', lead_to_mql: 'lead', lead_to_won: 'lead', lead_cycle_days: 'lead',
      won_deals: 'deal', won_revenue: 'deal', cpa: 'deal', roi: 'credit',
    });
    expect(r.kpis.spend?.channelMeaning).toBeUndefined();
  });

  it('calls ROI by its model\'s credit', () => {
    expect(say(r.kpis.roi?.formula)).toMatch(/^ROI by first-touch credit = \(revenue credited to a channel - spend\) \/ spend/);
    expect(say(computeKpis({ ...inputs(INSIDE), attributionModel: 'linear' }, { period: 'month' }).kpis.roi?.formula)).toMatch(/^ROI by linear credit = /);
  });

  it('gives a won deal without a source channel the channel of the lead with the same id', () => {
    const deals: Deal[] = [
      { id: 'A', won: true, closed: day(1, 3), amount: 1000 },
      { id: 'B', won: true, closed: day(1, 5), amount: 300, channel: 'Partner' },
      { id: 'Z', won: true, closed: day(1, 6), amount: 50 },
    ];
    const d = computeKpis({ journeys: funnelSet(), spend: INSIDE, deals }, { period: 'month' });
    // A is LinkedIn's lead; B keeps its own source; Z has neither and counts in the total only.
    expect(d.kpis.won_deals).toMatchObject({ value: 3, byChannel: { LinkedIn: 1, Partner: 1 }, channelMeaning: 'deal' });
    expect(d.kpis.won_revenue?.byChannel).toEqual({ LinkedIn: 1000, Partner: 300 });
    // ROI from deal amounts by source is by the deal's channel, and says so.
    expect(d.kpis.roi?.channelMeaning).toBe('deal');
    expect(say(d.kpis.roi?.formula)).toMatch(/^ROI by deal source = /);
  });
});

describe('cohort and period, named in the formulas', () => {
  it('says MQLs count in the period of becoming one, lead -> MQL in the lead\'s, and CPA per period is not lagged', () => {
    expect(KPI_DEFINITIONS.mqls.formula).toMatch(/in the period of becoming an MQL/);
    expect(KPI_DEFINITIONS.lead_to_mql.formula).toMatch(/lead cohort: by the lead's period/);
    expect(KPI_DEFINITIONS.cpa.formula).toMatch(/that period's spend \/ the deals won in it, which came from earlier spend/);
    expect(KPI_DEFINITIONS.mqls.basis).toBe('period');
    expect(KPI_DEFINITIONS.lead_to_mql.basis).toBe('cohort');
  });
});

describe('CPA per period and lagged by lead cohort', () => {
  it('divides a period\'s spend by the deals won in it, and by the won deals whose leads came in it', () => {
    const r = computeKpis(inputs(INSIDE), { period: 'month' });
    // A won 3 Feb from a lead of 2 Jan. Spend: January 450, February 100.
    expect(r.kpis.cpa?.byPeriod?.map((p) => p.value)).toEqual([null, 100]);
    expect(r.kpis.cpa?.byLeadCohort?.map((p) => [p.period, p.value])).toEqual([['2025-01', 450], ['2025-02', null]]);
    // With a deals file, a deal joins its lead by id; a deal without a lead (Z) is left out of the cohorts.
    const deals: Deal[] = [{ id: 'A', won: true, closed: day(1, 3), channel: 'LinkedIn' }, { id: 'Z', won: true, closed: day(1, 4) }];
    const d = computeKpis({ journeys: funnelSet(), spend: INSIDE, deals }, { period: 'month' });
    expect(d.kpis.cpa?.byPeriod?.map((p) => p.value)).toEqual([null, 50]);
    expect(d.kpis.cpa?.byLeadCohort?.map((p) => p.value)).toEqual([450, null]);
    // No won deal joins a lead: no lagged view rather than a row of nulls.
    expect(computeKpis({ journeys: funnelSet(), spend: INSIDE, deals: deals.slice(1) }, { period: 'month' }).kpis.cpa?.byLeadCohort).toBeUndefined();
    expect(KPI_DEFINITIONS.cpa.formula).toMatch(/lagged, by lead cohort: a period's spend \/ the won deals whose leads came in it/);
  });
});

describe('warnings as data', () => {
  const r = computeKpis(inputs(INSIDE), { period: 'month' });

  it('names channels with spend and no leads (CPL) or no won deals (CPA)', () => {
    expect(r.kpis.cpl?.warnings).toEqual([{ key: 'kpi.warnSpendNoLeads', params: { channels: ['Email'] } }]);
    // CPA by lead cohort is judged on young cohorts too (data ends 10 Feb, median lead -> won 32 days).
    expect(r.kpis.cpa?.warnings).toEqual([
      { key: 'kpi.warnSpendNoDeals', params: { channels: ['Email', 'Google'] } },
      { key: 'kpi.warnYoungCohorts', params: { periods: ['2025-01', '2025-02'], days: 32 } },
    ]);
    expect(say(r.kpis.cpl?.warnings?.[0])).toBe('Spend without leads: Email (no CPL for it)');
    expect(say(r.kpis.cpa?.warnings?.[0])).toBe('Spend without won deals: Email, Google (no CPA for them)');
    expect(r.warnings).toEqual(expect.arrayContaining([...(r.kpis.cpl?.warnings ?? []), ...(r.kpis.cpa?.warnings ?? [])]));
  });

  it('flags lead cohorts younger than the median lead -> won time (32 days) on the won rates', () => {
    // Data to 30 April: periods ending after 29 March are young.
    const w = computeKpis(inputs(INSIDE), { period: 'month', window: { from: day(0, 1), to: day(3, 30) } });
    const young = { key: 'kpi.warnYoungCohorts', params: { periods: ['2025-03', '2025-04'], days: 32 } };
    expect(w.kpis.lead_to_won?.warnings).toEqual([young]);
    expect(w.kpis.opportunity_to_won?.warnings).toEqual([young]);
    // The same periods are marked immature: never alerted on, never judged against a goal.
    expect(w.kpis.lead_to_won?.immature).toEqual(['2025-03', '2025-04']);
    expect(w.kpis.opportunity_to_won?.immature).toEqual(['2025-03', '2025-04']);
    expect(w.kpis.leads?.immature).toBeUndefined();
    expect(w.kpis.leads?.warnings).toBeUndefined();
    expect(youngCohorts(periodsBetween(day(0, 1), day(3, 30), 'month'), day(3, 30), null)).toEqual([]);
  });
});
