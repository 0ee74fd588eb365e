// The DuckDB dialect of the SQL templates, run for real (in-process DuckDB): Mittari's results from the SQL
// output must equal its results from the raw rows, loaded through the same loadBytes the app uses.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBytes, type Dataset } from '../../src/lib/ingest/load';
import type { ExperimentArm } from '../../src/lib/types';
import { attribute, type AttributionResult } from '../../src/lib/attribution/attribute';
import type { ModelName } from '../../src/lib/attribution/types';
import { analyzeExperiment } from '../../src/lib/experiments/analyze';
import { journeyTotals } from '../../src/lib/journeys/totals';
import { defaultChannelGroup } from '../../src/lib/journeys/channel-grouping';
import type { JourneySet } from '../../src/lib/types';
import { touchesOf } from '../../src/lib/journeys/store';
import {
  EXPERIMENT_SUMS_DUCKDB, GA4_CONVERSION_EVENTS, GA4_EVENTS_DUCKDB_DDL, GA4_JOURNEY_ROWS_DUCKDB, GA4_TOUCHPOINTS_DUCKDB,
  SQL_TEMPLATES, spendColumn, TOUCHPOINT_PATHS_DUCKDB, weeklyMixSql, type WeeklyMixOptions,
} from '../../src/lib/sql/templates';
import { openDb, eventValues, num, type Db } from './duckdb';
import {
  experimentRows, ga4Events, touchpointRows, weeklyMixData, TOUCH_HEADER, USER_HEADER, type Ga4Event, type SpendRow,
} from './generate';
import { mmmCommand } from '../../src/cli/mmm';
import { captureOutput } from '../cli/io';
import { english } from '../../src/lib/messages';

const MODELS: readonly ModelName[] = ['first', 'last', 'linear', 'markov', 'shapley'];
const PATH_HEADER = ['path', 'total_conversions', 'total_conversion_value', 'total_null'];
const TIMEOUT = 20_000;

let db: Db;
beforeAll(async () => { db = await openDb(); });
afterAll(() => db?.close());

async function load(name: string, bytes: Uint8Array): Promise<Dataset> {
  const r = await loadBytes(name, bytes);
  if (!r.ok) throw new Error(english(r.problem.message));
  return r.dataset;
}

function journeysOf(d: Dataset): JourneySet {
  if (d.data.kind !== 'touchpoints' && d.data.kind !== 'paths') throw new Error(`${d.summary.file} is ${d.data.kind}`);
  return d.data.journeys;
}

const roles = (d: Dataset) => Object.fromEntries(d.summary.columns.map((c) => [c.name, c.role]));

/** |a - b| within 1e-9 of the larger magnitude (1e-12 absolute near zero). */
function expectClose(a: number | null | undefined, b: number | null | undefined, what: string): void {
  expect(a, what).toBeTypeOf('number');
  expect(b, what).toBeTypeOf('number');
  const x = a as number, y = b as number;
  expect(Math.abs(x - y), `${what}: ${x} vs ${y}`).toBeLessThanOrEqual(Math.max(1e-12, 1e-9 * Math.max(Math.abs(x), Math.abs(y))));
}

/** Every model's credit per channel name (conversions and value) agrees; channel order may differ. */
function expectSameCredit(a: AttributionResult, b: AttributionResult): void {
  expect([...b.channels].sort()).toEqual([...a.channels].sort());
  for (const model of MODELS) {
    const ca = a.models[model], cb = b.models[model];
    expect(ca, `${model} on the rows`).toBeDefined();
    expect(cb, `${model} on the path table`).toBeDefined();
    a.channels.forEach((channel, i) => {
      const j = b.channels.indexOf(channel);
      expectClose(ca?.conversions[i], cb?.conversions[j], `${model} conversions of ${channel}`);
      expectClose(ca?.value[i], cb?.value[j], `${model} value of ${channel}`);
    });
  }
}

/** Runs template 2 on the view `touchpoints`, writes its output as a path-table CSV and loads it. */
async function pathTable(name: string): Promise<Dataset> {
  const table = await db.rows(TOUCHPOINT_PATHS_DUCKDB);
  const file = db.file(name, PATH_HEADER, table.map((r) =>
    [r.path as string, num(r.total_conversions), num(r.total_conversion_value), num(r.total_null)]));
  const d = await load(name, file.bytes);
  expect(d.summary.kind).toBe('paths');
  expect(d.summary.issues.count).toBe(0);
  return d;
}

/** Attributes the rows and the path table and checks credits and totals agree. */
function expectSameAttribution(rows: Dataset, paths: Dataset): void {
  const a = attribute(journeysOf(rows), 'touchpoints', { models: MODELS });
  const b = attribute(journeysOf(paths), 'paths', { models: MODELS });
  expectSameCredit(a, b);
  expect(b.conversions).toBe(a.conversions);
  expectClose(b.conversionValue, a.conversionValue, 'conversion value');
  expect(journeyTotals(journeysOf(paths), 'paths').nulls).toBe(journeyTotals(journeysOf(rows), 'touchpoints').nulls);
  // Conversions without a touch are unattributed on the rows and left out of the path table.
  expect(b.unattributed).toBe(0);
}

describe('SQL_TEMPLATES', () => {
  it('lists every template in BigQuery, Snowflake and DuckDB with a unique id and non-empty SQL', () => {
    const ids = SQL_TEMPLATES.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const family of ['ga4-touchpoints', 'ga4-journey-rows', 'touchpoint-paths', 'experiment-sums', 'weekly-mix']) {
      expect(SQL_TEMPLATES.filter((t) => t.id.startsWith(`${family}-`)).map((t) => t.dialect)).toEqual(['bigquery', 'snowflake', 'duckdb']);
    }
    for (const t of SQL_TEMPLATES) expect(t.sql).toMatch(/\bSELECT\b/);
  });
});

describe('touchpoint-paths (DuckDB)', () => {
  it('gives a path table that Mittari attributes exactly like the touchpoint rows', async () => {
    const rows = touchpointRows(20260801, 1500);
    const csv = db.file('touchpoints.csv', TOUCH_HEADER, rows);
    const raw = await load('touchpoints.csv', csv.bytes);
    expect(raw.summary.kind).toBe('touchpoints');
    expect(roles(raw)).toMatchObject({ journey_id: 'journey_id', row_order: 'ignore', event_time: 'timestamp', channel: 'channel', conversion: 'conversion', value: 'value' });
    await db.run(`CREATE OR REPLACE VIEW touchpoints AS
      SELECT journey_id, event_time, row_order, channel, conversion = 1 AS is_conversion, value
      FROM read_csv('${csv.path}', header = true, columns = {'journey_id': 'VARCHAR', 'row_order': 'INTEGER',
        'event_time': 'TIMESTAMPTZ', 'channel': 'VARCHAR', 'conversion': 'INTEGER', 'value': 'DOUBLE'})`);
    const paths = await pathTable('paths.csv');
    expectSameAttribution(raw, paths);
    // The data exercises the rules: conversions without a touch, and rows that are neither touch nor conversion.
    expect(attribute(journeysOf(raw), 'touchpoints', { models: [] }).unattributed).toBeGreaterThan(0);
    expect(raw.summary.issues.byReason.missing_value ?? 0).toBeGreaterThan(0);
  }, TIMEOUT);
});

describe('experiment-sums (DuckDB)', () => {
  it('gives the per-variant sums Mittari computes from the per-user rows, and the same p-values', async () => {
    const csv = db.file('users.csv', USER_HEADER, experimentRows(20260802, 4000));
    const perUser = await load('users.csv', csv.bytes);
    expect(perUser.summary.kind).toBe('experiment_users');
    expect(roles(perUser)).toMatchObject({ user_id: 'user_id', variant: 'variant', converted: 'converted', revenue: 'revenue', pre_revenue: 'pre_value', row_order: 'ignore' });
    if (perUser.data.kind !== 'experiment_users') throw new Error(perUser.data.kind);
    expect(perUser.data.excludedUsers).toBeGreaterThan(0);
    const mittari = perUser.data.arms.filter((a) => a.metric === 'converted'); // the conversion metric, which carries the revenue column

    await db.run(`CREATE OR REPLACE VIEW experiment_users AS
      SELECT user_id, variant, CAST(converted AS BOOLEAN) AS converted, revenue AS value, pre_revenue AS pre_value, row_order
      FROM read_csv('${csv.path}', header = true, columns = {'user_id': 'VARCHAR', 'variant': 'VARCHAR',
        'converted': 'INTEGER', 'revenue': 'DOUBLE', 'pre_revenue': 'DOUBLE', 'row_order': 'INTEGER'})`);
    const sums = await db.rows(EXPERIMENT_SUMS_DUCKDB);
    const sql: ExperimentArm[] = sums.map((r) => ({
      metric: 'conversion', variant: r.variant as string, users: num(r.users) as number, conversions: num(r.conversions) as number,
      revenue: num(r.revenue_sum) as number, revenueSquares: num(r.revenue_sum_squares) as number,
      pre: num(r.pre_sum) as number, preSquares: num(r.pre_sum_squares) as number, preRevenue: num(r.pre_revenue_sum) as number,
    }));
    expect(sql.map((a) => [a.variant, a.users, a.conversions])).toEqual(mittari.map((a) => [a.variant, a.users, a.conversions]));
    sql.forEach((a, i) => {
      for (const key of ['revenue', 'revenueSquares', 'pre', 'preSquares', 'preRevenue'] as const) {
        expectClose(a[key], mittari[i][key], `${a.variant} ${key}`);
      }
    });

    // The aggregated CSV (first five columns) read by Mittari's experiment loader.
    const agg = db.file('arms.csv', ['variant', 'users', 'conversions', 'revenue_sum', 'revenue_sum_squares'],
      sql.map((a) => [a.variant, a.users, a.conversions, a.revenue, a.revenueSquares]));
    const aggregated = await load('arms.csv', agg.bytes);
    expect(aggregated.summary.kind).toBe('experiment');
    if (aggregated.data.kind !== 'experiment') throw new Error(aggregated.data.kind);

    const fromRows = analyzeExperiment(mittari);
    const fromFile = analyzeExperiment(aggregated.data.arms);
    const fromSql = analyzeExperiment(sql);
    expect(fromRows.comparisons).toHaveLength(2);
    expectClose(fromFile.srm.pValue, fromRows.srm.pValue, 'SRM p');
    fromRows.comparisons.forEach((c, k) => {
      for (const other of [fromFile.comparisons[k], fromSql.comparisons[k]]) {
        expect(other.variant).toBe(c.variant);
        expectClose(other.pValue, c.pValue, `${c.variant} p`);
        expectClose(other.revenue?.pValue, c.revenue?.pValue, `${c.variant} revenue p`);
      }
      expectClose(fromSql.comparisons[k].cuped?.pValue, c.cuped?.pValue, `${c.variant} CUPED p`);
      expectClose(fromSql.comparisons[k].cuped?.theta, c.cuped?.theta, `${c.variant} CUPED theta`);
    });
  }, TIMEOUT);
});

const T0 = 1_767_600_000_000_000n; // 2026-01-05 08:00 UTC in microseconds, as GA4 exports it

async function loadEvents(events: readonly Ga4Event[]): Promise<void> {
  await db.run('DROP TABLE IF EXISTS events');
  await db.run(GA4_EVENTS_DUCKDB_DDL);
  await db.run(`INSERT INTO events VALUES ${events.map(eventValues).join(',\n')}`);
}

describe('ga4-touchpoints (DuckDB)', () => {
  it('keeps tagged events and conversion events, reads the value parameter, and sorts touches before conversions at a tie', async () => {
    await loadEvents([
      { user: 'p1', time: T0 + 1_000_000n, name: 'page_view', source: 'google', medium: 'cpc', campaign: 'brand' },
      { user: 'p1', time: T0 + 2_000_000n, name: 'page_view' },
      { user: 'p1', time: T0 + 3_000_000n, name: 'purchase', param: { double: 49.9 }, purchaseRevenue: 55 },
      { user: 'p1', time: T0 + 3_000_000n, name: 'page_view', gclid: 'abc' },
      { user: 'p2', time: T0 + 500n, name: 'session_start', source: 'newsletter', medium: 'email', campaign: ' spring ' },
      { user: 'p2', time: T0 + 900n, name: 'generate_lead', param: { int: 5 } },
      { user: 'p2', time: T0 + 900n, name: 'page_view', source: 'x.com', medium: 'referral' },
      { user: 'p3', time: T0 + 100n, name: 'page_view', source: '', medium: ' ', campaign: '' },
      { user: 'p3', time: T0 + 200n, name: 'Purchase ', purchaseRevenue: 20 },
      { user: null, time: T0, name: 'purchase', purchaseRevenue: 99 },
      { user: 'p4', time: T0 + 50n, name: 'page_view', source: ' ', medium: '', gclid: 'zz' },
    ]);
    const rows = await db.rows(GA4_TOUCHPOINTS_DUCKDB);
    const _ = null;
    expect(rows.map((r) => [r.user_pseudo_id, Number((r.event_timestamp as bigint) - T0), r.event_name, r.source, r.medium, r.campaign, r.value])).toEqual([
      ['p1', 1_000_000, 'page_view', 'google', 'cpc', 'brand', _],
      ['p1', 3_000_000, 'page_view', 'google', 'cpc', _, _],
      ['p1', 3_000_000, 'purchase', _, _, _, 49.9],
      ['p2', 500, 'session_start', 'newsletter', 'email', 'spring', _],
      ['p2', 900, 'page_view', 'x.com', 'referral', _, _],
      ['p2', 900, 'generate_lead', _, _, _, 5],
      ['p3', 200, 'Purchase ', _, _, _, 20],
      ['p4', 50, 'page_view', 'google', 'cpc', _, _],
    ]);

    // Mittari reads the output as touchpoints: µs timestamps, conversions by event name, channels by GA4's
    // default grouping. A conversion event has no traffic source, so it adds an 'Unassigned' touch.
    const header = ['user_pseudo_id', 'event_timestamp', 'event_name', 'source', 'medium', 'campaign', 'value'];
    const csv = db.file('ga4.csv', header, rows.map((r) => header.map((h) => (h === 'event_timestamp' ? String(r[h]) : r[h] as string | number | null))));
    const d = await load('ga4.csv', csv.bytes);
    expect(d.summary.kind).toBe('touchpoints');
    const set = journeysOf(d);
    expect(set.journeys.map((j) => [j.id, touchesOf(set, j).map((t) => set.channels[t.channel]).join(' > '), j.conversions, j.value])).toEqual([
      ['p1', 'Paid Search > Paid Search > Unassigned', 1, 49.9],
      ['p2', 'Email > Organic Social > Unassigned', 1, 5],
      ['p3', 'Unassigned', 1, 20],
      ['p4', 'Paid Search', 0, 0],
    ]);
  }, TIMEOUT);

  it('feeds templates 1b and 2 a path table that Mittari attributes exactly like template 1\'s CSV', async () => {
    await loadEvents(ga4Events(20260803, 400));
    const rows = await db.rows(GA4_TOUCHPOINTS_DUCKDB);
    const header = ['user_pseudo_id', 'event_timestamp', 'event_name', 'source', 'medium', 'campaign', 'value'];
    const csv = db.file('ga4-rows.csv', header, rows.map((r) => header.map((h) => (h === 'event_timestamp' ? String(r[h]) : r[h] as string | number | null))));
    const raw = await load('ga4-rows.csv', csv.bytes);
    expect(raw.summary.kind).toBe('touchpoints');
    await db.run(`CREATE OR REPLACE TABLE ga4_touchpoints AS ${GA4_TOUCHPOINTS_DUCKDB}`);
    await db.run(`CREATE OR REPLACE VIEW touchpoints AS ${GA4_JOURNEY_ROWS_DUCKDB}`);
    const paths = await pathTable('ga4-paths.csv');
    expectSameAttribution(raw, paths);
    expect(journeyTotals(journeysOf(raw), 'touchpoints').conversions).toBeGreaterThan(50);
  }, TIMEOUT);
});

describe('ga4-journey-rows channel grouping (DuckDB)', () => {
  it('gives defaultChannelGroup() for every source / medium / campaign combination of a grid', async () => {
    const sources = [
      null, '', 'google', 'Google ', 'news.google.co.uk', 'googleads', 'bing', 'l.facebook.com', 'x', 'x.com', 't.co',
      'tiktok', 'youtube', 'm.youtube.com', 'amazon', 'ebay.de', 'shop.example', 'newsletter', 'email', 'sms', 'firebase',
      '(direct)', 'direct', 'partner.example', 'duckduckgo', 'lnkd.in', 'search.brave.com', 'my site',
    ];
    const mediums = [
      null, '', '(none)', '(not set)', 'none', 'cpc', 'CPC ', 'ppc', 'ecpc', 'paid_social', 'paidsearch', 'retargeting',
      'display', 'banner', 'cpm', 'social', 'social media', 'sm', 'organic', 'referral', 'app', 'link', 'email', 'e_mail',
      'affiliate', 'audio', 'sms', 'push', 'web-push', 'mobile', 'notification', 'video', 'qr',
    ];
    const campaigns = [null, 'spring', 'Cross-Network q1', 'shop now', 'eshop', 'workshop', 'shopping-days'];
    const grid: [string | null, string | null, string | null][] = [];
    for (const s of sources) for (const m of mediums) for (const c of campaigns) grid.push([s, m, c]);
    const lit = (v: string | null) => (v === null ? 'NULL' : `'${v}'`);
    await db.run(`CREATE OR REPLACE TABLE ga4_touchpoints AS
      SELECT 'g' AS user_pseudo_id, i AS event_timestamp, 'page_view' AS event_name, source, medium, campaign, NULL::DOUBLE AS value
      FROM (VALUES ${grid.map(([s, m, c], i) => `(${i}, ${lit(s)}, ${lit(m)}, ${lit(c)})`).join(', ')}) AS t(i, source, medium, campaign)`);
    const out = await db.rows(`SELECT event_time, channel FROM (${GA4_JOURNEY_ROWS_DUCKDB}) ORDER BY event_time`);
    expect(out).toHaveLength(grid.length);
    const wrong = out.filter((r) => {
      const [s, m, c] = grid[Number(r.event_time)];
      return r.channel !== defaultChannelGroup(s ?? '', m ?? '', c ?? undefined);
    }).map((r) => [...grid[Number(r.event_time)], r.channel]);
    expect(wrong).toEqual([]);
  }, TIMEOUT);
});

describe('weekly-mix (DuckDB)', () => {
  const io = captureOutput();
  const CHANNELS = ['Google Ads', 'Meta Ads', 'LinkedIn Ads'];
  const DAY = 86_400_000;
  const mondayOf = (day: string) => {
    const ms = Date.parse(`${day}T00:00:00Z`);
    return new Date(ms - ((new Date(ms).getUTCDay() + 6) % 7) * DAY).toISOString().slice(0, 10);
  };

  /** The weekly table computed in TypeScript from the generated rows, independently of the SQL. */
  function expected(events: readonly Ga4Event[], spend: readonly SpendRow[], o: WeeklyMixOptions): Map<string, number[]> {
    const weeks = new Map<string, number[]>();
    for (let ms = Date.parse(`${mondayOf(o.from)}T00:00:00Z`); ms <= Date.parse(`${o.to}T00:00:00Z`); ms += 7 * DAY) {
      weeks.set(new Date(ms).toISOString().slice(0, 10), new Array(1 + o.channels.length).fill(0));
    }
    const inRange = (day: string) => day >= o.from && day <= o.to;
    for (const e of events) {
      const day = new Date(Number(e.time / 1000n)).toISOString().slice(0, 10);
      if (!inRange(day)) continue;
      const row = weeks.get(mondayOf(day)) as number[];
      if (o.outcome === 'revenue' && e.name === 'purchase') row[0] += e.purchaseRevenue ?? 0;
      if (o.outcome === 'conversions' && GA4_CONVERSION_EVENTS.includes(e.name.trim().toLowerCase())) row[0] += 1;
    }
    for (const r of spend) {
      const c = o.channels.indexOf(r.channel.trim());
      if (c >= 0 && inRange(r.date)) (weeks.get(mondayOf(r.date)) as number[])[1 + c] += r.spend;
    }
    return weeks;
  }

  async function runMix(o: WeeklyMixOptions): Promise<{ header: string[]; rows: (string | number)[][] }> {
    const out = await db.rows(`SELECT * REPLACE (CAST(week_start AS VARCHAR) AS week_start) FROM (${weeklyMixSql('duckdb', o)}) ORDER BY week_start`);
    const header = Object.keys(out[0]);
    return { header, rows: out.map((r) => header.map((h) => (h === 'week_start' ? r[h] as string : num(r[h]) as number))) };
  }

  it('gives one row per ISO week with the outcome and each channel\'s spend, zeros where there is none, as computed from the rows', async () => {
    // 2026-01-07 is a Wednesday and 2026-05-02 a Saturday: the first and last weeks are partial.
    const { events, spend } = weeklyMixData(20260804, '2026-01-05', 120);
    await loadEvents(events);
    await db.run('CREATE OR REPLACE TABLE ad_spend (date DATE, channel VARCHAR, spend DOUBLE)');
    await db.run(`INSERT INTO ad_spend VALUES ${spend.map((r) => `('${r.date}', '${r.channel}', ${r.spend})`).join(', ')}`);
    for (const outcome of ['revenue', 'conversions'] as const) {
      const o: WeeklyMixOptions = { channels: CHANNELS, outcome, from: '2026-01-07', to: '2026-05-02' };
      const { header, rows } = await runMix(o);
      expect(header).toEqual(['week_start', outcome, 'Google_Ads_spend', 'Meta_Ads_spend', 'LinkedIn_Ads_spend']);
      const want = expected(events, spend, o);
      expect(rows.map((r) => r[0])).toEqual([...want.keys()]);
      expect(rows[0][0]).toBe('2026-01-05');
      rows.forEach((r) => (want.get(r[0] as string) as number[]).forEach((v, k) => expectClose(r[1 + k] as number, v, `${r[0]} ${header[1 + k]}`)));
      // The data has weeks without spend and a week without events: they are there, with zeros.
      expect(rows.filter((r) => r.slice(2).every((v) => v === 0)).length).toBeGreaterThanOrEqual(2);
      expect(rows.some((r) => r[1] === 0 && r[2] !== 0)).toBe(true);
    }
  }, TIMEOUT);

  it('gives a table Mittari reads as a marketing-mix table and fits (mittari mmm)', async () => {
    const { events, spend } = weeklyMixData(20260805, '2025-01-06', 7 * 60);
    await loadEvents(events);
    await db.run('CREATE OR REPLACE TABLE ad_spend (date DATE, channel VARCHAR, spend DOUBLE)');
    await db.run(`INSERT INTO ad_spend VALUES ${spend.map((r) => `('${r.date}', '${r.channel}', ${r.spend})`).join(', ')}`);
    const o: WeeklyMixOptions = { channels: CHANNELS, outcome: 'revenue', from: '2025-01-06', to: '2026-03-01' };
    const { header, rows } = await runMix(o);
    const csv = db.file('weekly-mix.csv', header, rows);
    const d = await load('weekly-mix.csv', csv.bytes);
    expect(d.summary.kind).toBe('marketing_mix');
    expect(roles(d)).toEqual({ week_start: 'date', revenue: 'outcome', Google_Ads_spend: 'spend', Meta_Ads_spend: 'spend', LinkedIn_Ads_spend: 'spend' });
    if (d.data.kind !== 'marketing_mix') throw new Error(d.data.kind);
    const table = d.data.table;
    expect(table.weeks).toEqual(rows.map((r) => r[0]));
    expect(table.channels.map((c) => c.name)).toEqual(CHANNELS.map((c) => spendColumn(c).replace(/_spend$/, '')));
    table.channels.forEach((c, k) => expect([...c.spend]).toEqual(rows.map((r) => r[2 + k])));
    expect([...table.outcome]).toEqual(rows.map((r) => r[1]));

    expect(await mmmCommand([csv.path, '--seed', '1'])).toBe(0);
    const fit = JSON.parse(io.out) as { kind: string; weeks: number; outcome: string; channels: { name: string }[] };
    expect(fit).toMatchObject({ kind: 'marketing_mix', weeks: 60, outcome: 'revenue' });
    expect(fit.channels.map((c) => c.name)).toEqual(['Google_Ads', 'Meta_Ads', 'LinkedIn_Ads']);
  }, 120_000);
});
