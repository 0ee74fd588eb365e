import { describe, expect, it } from 'vitest';
import { captureOutput, tempFiles } from './io';
import { readFileSync } from 'node:fs';
import { kpisCommand } from '../../src/cli/kpis';

const file = tempFiles('mittari-kpis-');
const io = captureOutput();

interface KpiJson { value: number | null; byChannel?: Record<string, number | null>; bySegment?: Record<string, number | null>; byPeriod?: Record<string, number | null>; change?: { period: string; change: number | null }; formula: string; tags: { timing: string; flow: string }; channelMeaning?: string; warnings?: string[]; byLeadCohort?: Record<string, number | null> }
interface Json { period: string; periods: string[]; warnings: string[]; files: Record<string, string>; kpis: Record<string, KpiJson>; unavailable: Record<string, string>; details: { funnel: { total: { counts: number[] } } } }

const EX = (name: string) => `public/examples/${name}.csv`;
const rows = (name: string) => readFileSync(EX(name), 'utf8').trim().split('\n').slice(1).map((l) => l.split(','));

describe('mittari kpis', () => {
  it('computes every KPI of the example files, per month, with formulas and tags', async () => {
    const files = ['touchpoints', 'spend', 'deals', 'customers', 'nps', 'forecast', 'experiment'].map(EX);
    expect(await kpisCommand([...files, '--margin', '0.8'])).toBe(0);
    expect(io.err).toBe('');
    const json = JSON.parse(io.out) as Json;
    expect(json.period).toBe('month');
    expect(json.periods).toEqual(['2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06']);
    expect(json.files[EX('experiment')]).toBe('experiment (not used by KPIs)');
    // Only the email open and bounce rates need columns the example lacks.
    expect(Object.keys(json.unavailable).sort()).toEqual(['bounce_rate', 'open_rate']);
    // 1,500 contacts, all leads; the won deals are the deals file's won rows.
    expect(json.kpis.leads.value).toBe(1500);
    const deals = rows('deals');
    expect(json.kpis.won_deals.value).toBe(deals.filter((r) => r[5] === 'won').length);
    expect(json.details.funnel.total.counts[4]).toBe(json.kpis.won_deals.value);
    // Spend is the spend file's total within the report's months (a week's spend spread over its days; the days of
    // the week of 30 Dec 2024 that fall in 2024 are left out, and said so); CPL = spend / leads.
    const DAY = 86_400_000, from = Date.UTC(2025, 0, 1), to = Date.UTC(2025, 6, 1);
    const inside = (start: number) => Array.from({ length: 7 }, (_, d) => start + d * DAY).filter((t) => t >= from && t < to).length / 7;
    const all = rows('spend').reduce((s, r) => s + Number(r[2]), 0);
    const spend = rows('spend').reduce((s, r) => s + Number(r[2]) * inside(Date.parse(`${r[0]}T00:00:00Z`)), 0);
    expect(spend).toBeLessThan(all);
    expect(json.kpis.spend.value).toBeCloseTo(spend, 4);
    expect(json.kpis.spend.warnings).toEqual([`${(all - spend).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} of spend is dated outside the report's periods and left out`]);
    expect(json.warnings).toEqual(expect.arrayContaining(json.kpis.spend.warnings ?? []));
    expect(json.kpis.spend.channelMeaning).toBeUndefined();
    expect(json.kpis.leads.channelMeaning).toBe('lead');
    expect(json.kpis.cpa.channelMeaning).toBe('deal');
    expect(json.kpis.roi.channelMeaning).toBe('credit');
    // The example deals' ids are not journey ids: no won deal joins its lead, so there is no lagged CPA.
    expect(json.kpis.cpa.byLeadCohort).toBeUndefined();
    expect(json.kpis.cpl.value).toBeCloseTo(spend / 1500, 4);
    expect(json.kpis.cpl.tags).toEqual({ timing: 'leading', flow: 'output' });
    // MAPE over the six months of forecast.csv.
    const mape = rows('forecast').reduce((s, [, f, a]) => s + Math.abs(Number(f) - Number(a)) / Number(a), 0) / 6;
    expect(json.kpis.forecast_mape.value).toBeCloseTo(mape, 5);
    // NPS: % of scores 9-10 minus % of scores 0-6.
    const scores = rows('nps').map((r) => Number(r[2]));
    expect(json.kpis.nps.value).toBeCloseTo((100 * (scores.filter((x) => x >= 9).length - scores.filter((x) => x <= 6).length)) / scores.length, 5);
    expect(json.kpis.clv.formula).toMatch(/^CLV = ARPA × gross margin \/ monthly churn = [\d,.]+ × 80\.0% \/ [\d.]+% = [\d,.]+$/);
    expect(json.kpis.roi.formula).toMatch(/^ROI by first-touch credit = .*first model/);
    expect(Object.keys(json.kpis.leads.byPeriod ?? {})).toEqual(json.periods);
    expect(json.kpis.leads.change?.period).toBe('2025-06');
  });

  it('uses the chosen period and reports missing data as unavailable, not as an error', async () => {
    expect(await kpisCommand([EX('deals'), EX('forecast'), '--period', 'quarter'])).toBe(0);
    const json = JSON.parse(io.out) as Json;
    expect(json.periods).toEqual(['2025-Q1', '2025-Q2']);
    // Q1 and Q2 sums of forecast.csv.
    const f = rows('forecast');
    const q = (months: string[], i: number) => f.filter((r) => months.includes(r[0])).reduce((s, r) => s + Number(r[i]), 0);
    const ape = (m: string[]) => Math.abs(q(m, 1) - q(m, 2)) / q(m, 2);
    const q1 = ['2025-01', '2025-02', '2025-03'], q2 = ['2025-04', '2025-05', '2025-06'];
    expect(json.kpis.forecast_mape.byPeriod?.['2025-Q1']).toBeCloseTo(ape(q1), 5);
    expect(json.kpis.forecast_mape.byPeriod?.['2025-Q2']).toBeCloseTo(ape(q2), 5);
    expect(json.unavailable.cpl).toBe('needs a spend file (channel, spend) and a touchpoint file (journey id, channel, stage)');
    expect(json.unavailable.clv).toMatch(/customers file/);
  });

  it('computes CPA and ROI from a small hand-made deals and spend file', async () => {
    const deals = file('deals.csv', 'deal_id,created,closed,status,amount,source_channel\n1,2025-01-02,2025-01-12,won,3000,LinkedIn\n2,2025-01-05,2025-02-04,won,1000,Google\n3,2025-01-05,2025-01-09,lost,900,Google\n');
    const spend = file('spend.csv', 'date,channel,spend\n2025-01-01,LinkedIn,1000\n2025-01-01,Google,500\n2025-02-01,Google,500\n');
    expect(await kpisCommand([deals, spend])).toBe(0);
    const json = JSON.parse(io.out) as Json;
    // CPA = 2000 / 2; LinkedIn 1000 / 1; Google 1000 / 1. ROI LinkedIn (3000 - 1000) / 1000 = 2, Google 0, total (4000 - 2000) / 2000 = 1.
    expect(json.kpis.cpa).toMatchObject({ value: 1000, byChannel: { Google: 1000, LinkedIn: 1000 }, byPeriod: { '2025-01': 1500, '2025-02': 500 } });
    expect(json.kpis.roi).toMatchObject({ value: 1, byChannel: { Google: 0, LinkedIn: 2 } });
    // Sales cycles of 10 and 30 days: median 20.
    expect(json.kpis.sales_cycle_days.value).toBe(20);
  });

  it('credits anonymous touches before the lead in ROI only with --credit-before-lead', async () => {
    const files = [EX('touchpoints'), EX('spend')];
    expect(await kpisCommand(files)).toBe(0);
    const first = io.out;
    const off = (JSON.parse(first) as Json).kpis.roi;
    expect(await kpisCommand([...files, '--credit-before-lead'])).toBe(0);
    const on = (JSON.parse(io.out.slice(first.length)) as Json).kpis.roi;
    expect(off.formula).toMatch(/anonymous touches before the lead left out\)$/);
    expect(on.formula).toMatch(/anonymous touches before the lead included\)$/);
    // Without a deals file, the journeys' wins give CPA by lead cohort in every month.
    expect(Object.keys((JSON.parse(first) as Json).kpis.cpa.byLeadCohort ?? {})).toEqual((JSON.parse(first) as Json).periods);
  });

  it.each([
    { args: [], stderr: /^mittari: usage: mittari kpis FILE\.\.\./ },
    { args: [EX('deals'), '--period', 'year'], stderr: /--period takes week, month or quarter, not "year"/ },
    { args: [EX('deals'), '--margin', '80'], stderr: /--margin takes a gross margin between 0 and 1/ },
    { args: [EX('deals'), '--model', 'magic'], stderr: /unknown model magic/ },
    { args: [EX('deals'), '--bogus'], stderr: /unknown option --bogus/ },
    { args: ['no-such-file.csv'], stderr: /no-such-file\.csv: no such file/ },
    { args: [EX('touchpoints'), EX('touchpoints')], stderr: /give one touchpoint or path file/ },
  ])('exits 2 with one line on stderr for $args', async ({ args, stderr }) => {
    expect(await kpisCommand(args)).toBe(2);
    expect(io.out).toBe('');
    expect(io.err).toMatch(stderr);
    expect(io.err.trimEnd().split('\n')).toHaveLength(1);
  });

  it('exits 2 for a file whose kind it cannot tell', async () => {
    expect(await kpisCommand([file('misc.csv', 'foo,bar\n1,2\n')])).toBe(2);
    expect(io.err).toMatch(/misc\.csv: Mittari could not tell what kind of data/);
  });
});
