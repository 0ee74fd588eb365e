// Template 4: GA4 events plus an ad-spend table -> the weekly marketing-mix table Mittari's mix model reads
// (mmm/roles.ts): week_start (the ISO week's Monday), the outcome (revenue or conversions) and one
// `<channel>_spend` column per channel. Static SQL needs its columns known, so the channels are a parameter
// and the SQL is written for them (`mittari sql weekly-mix --channels ...`).
import { sqlList, type SqlDialect } from './dialect';
import { GA4_CONVERSION_EVENTS } from './ga4-touchpoints';

export type WeeklyMixOutcome = 'revenue' | 'conversions';

export interface WeeklyMixOptions {
  /** Channel names as written in the spend table's `channel` column (compared trimmed, case as written). */
  channels: readonly string[];
  /** revenue: the sum of ecommerce.purchase_revenue of purchase events; conversions: the count of conversion events. */
  outcome: WeeklyMixOutcome;
  /** First and last day, yyyy-mm-dd; a Monday and a Sunday, else the first and last weeks are partial. */
  from: string;
  to: string;
}

export const WEEKLY_MIX_DEFAULTS: Readonly<WeeklyMixOptions> = Object.freeze({
  channels: Object.freeze(['Google Ads', 'Meta Ads', 'LinkedIn Ads']),
  outcome: 'revenue',
  from: '2024-01-01',
  to: '2025-12-28',
});

const DAY = 86_400_000;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Milliseconds of a yyyy-mm-dd day at 00:00 UTC; throws on anything else. */
function dayMs(day: string, what: string): number {
  const ms = Date.parse(`${day}T00:00:00Z`);
  if (!ISO_DAY.test(day) || Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== day) {
    throw new Error(`invalid ${what} date: ${day} (use yyyy-mm-dd)`);
  }
  return ms;
}

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const monday = (ms: number) => ms - ((new Date(ms).getUTCDay() + 6) % 7) * DAY;

/**
 * The output column of a channel's spend: the name without accents (Sähköposti -> Sahkoposti), every run of
 * other characters than A-Z, a-z, 0-9 and _ made one _, then `_spend` (Google Ads -> Google_Ads_spend; Mittari
 * reads the channel as Google_Ads). Plain ASCII names, which no warehouse needs quoted; a leading digit gets a
 * _ before it (BigQuery's rule).
 */
export function spendColumn(channel: string): string {
  const base = channel.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').trim()
    .replace(/[^A-Za-z0-9_]+/g, '_').replace(/^_+|_+$/g, '');
  if (base === '') throw new Error(`invalid channel: "${channel}" has no Latin letter or digit`);
  return `${/^[0-9]/.test(base) ? '_' : ''}${base}_spend`;
}

/** Checked options with the weeks they span: the first Monday, the last Monday and the count. */
function weeksOf(o: WeeklyMixOptions): { first: string; last: string; count: number } {
  if (o.channels.length === 0) throw new Error('weekly-mix needs at least one channel');
  if (o.outcome !== 'revenue' && o.outcome !== 'conversions') throw new Error(`invalid outcome: ${o.outcome as string}`);
  const seen = new Map<string, string>();
  for (const c of o.channels) {
    // BigQuery and Snowflake compare column names without case.
    const key = spendColumn(c).toLowerCase();
    if (seen.has(key)) throw new Error(`channels ${seen.get(key)} and ${c} give the same column ${spendColumn(c)}`);
    seen.set(key, c);
  }
  const from = dayMs(o.from, 'from'), to = dayMs(o.to, 'to');
  if (to < from) throw new Error(`invalid dates: ${o.to} is before ${o.from}`);
  const first = monday(from), last = monday(to);
  return { first: isoDay(first), last: isoDay(last), count: Math.round((last - first) / (7 * DAY)) + 1 };
}

const NAMES: Readonly<Record<SqlDialect, string>> = { bigquery: 'BigQuery', snowflake: 'Snowflake', duckdb: 'DuckDB' };
const compact = (day: string) => day.replaceAll('-', '');

/** Per dialect: the events table and its date filter, a date's ISO Monday, event fields, the week spine. */
interface Parts {
  events: (o: WeeklyMixOptions) => string;
  eventDay: string;
  week: (day: string) => string;
  revenue: string;
  spendTable: string;
  weeks: (w: { first: string; last: string; count: number }) => string;
  /** An output column name as written after AS: quoted in Snowflake, which upper-cases plain ones. */
  alias: (name: string) => string;
}

const PARTS: Readonly<Record<SqlDialect, Parts>> = {
  bigquery: {
    events: (o) => `\`my-project.analytics_123456789.events_*\`\n  WHERE _TABLE_SUFFIX BETWEEN '${compact(o.from)}' AND '${compact(o.to)}'`,
    eventDay: "PARSE_DATE('%Y%m%d', event_date)",
    week: (day) => `DATE_TRUNC(${day}, ISOWEEK)`,
    revenue: 'ecommerce.purchase_revenue',
    spendTable: '`my-project.marketing.ad_spend`',
    weeks: (w) => `SELECT week_start FROM UNNEST(GENERATE_DATE_ARRAY(DATE '${w.first}', DATE '${w.last}', INTERVAL 1 WEEK)) AS week_start`,
    alias: (name) => name,
  },
  snowflake: {
    events: (o) => `ga4_events  -- your table of exported events\n  WHERE event_date BETWEEN '${compact(o.from)}' AND '${compact(o.to)}'`,
    eventDay: "TO_DATE(event_date, 'YYYYMMDD')",
    // DAYOFWEEKISO is 1 on Monday whatever the session's WEEK_START, which DATE_TRUNC('WEEK', ...) follows.
    week: (day) => `DATEADD(day, 1 - DAYOFWEEKISO(${day}), ${day})`,
    revenue: 'ecommerce:purchase_revenue::FLOAT',
    spendTable: 'ad_spend',
    // GENERATOR takes a constant row count: the weeks from the first to the last Monday.
    weeks: (w) => `SELECT DATEADD(week, ROW_NUMBER() OVER (ORDER BY SEQ4()) - 1, DATE '${w.first}') AS week_start\n  FROM TABLE(GENERATOR(ROWCOUNT => ${w.count}))`,
    alias: (name) => `"${name}"`,
  },
  duckdb: {
    events: (o) => `events\n  WHERE event_date BETWEEN '${compact(o.from)}' AND '${compact(o.to)}'`,
    eventDay: "CAST(strptime(event_date, '%Y%m%d') AS DATE)",
    week: (day) => `CAST(date_trunc('week', ${day}) AS DATE)`,
    revenue: 'ecommerce.purchase_revenue',
    spendTable: 'ad_spend',
    weeks: (w) => `SELECT CAST(week_start AS DATE) AS week_start\n  FROM generate_series(DATE '${w.first}', DATE '${w.last}', INTERVAL 7 DAY) AS t(week_start)`,
    alias: (name) => name,
  },
};

/** The weekly marketing-mix SQL for `options` in `dialect`. Throws on bad options (no channel, bad dates, clashing names). */
export function weeklyMixSql(dialect: SqlDialect, options: WeeklyMixOptions = WEEKLY_MIX_DEFAULTS): string {
  const p = PARTS[dialect];
  if (!p) throw new Error(`invalid dialect: ${dialect as string}`);
  const w = weeksOf(options);
  const { outcome, channels } = options;
  const spend = channels.map((c) => [c, spendColumn(c)] as const);
  const measure = outcome === 'revenue'
    ? `SUM(COALESCE(${p.revenue}, 0)) AS outcome`
    : 'COUNT(*) AS outcome';
  const which = outcome === 'revenue'
    ? "event_name = 'purchase'"
    : `LOWER(TRIM(event_name)) IN (${sqlList(GA4_CONVERSION_EVENTS)})`;
  return `-- GA4 events + ad spend -> Mittari weekly marketing-mix table (${NAMES[dialect]}).
-- Output, one row per week from ${w.first} to ${w.last} (${w.count} weeks), weeks without data included:
--   week_start: the week's Monday (ISO weeks, GA4's event_date in the property's time zone);
--   ${outcome}: ${outcome === 'revenue'
    ? 'the sum of ecommerce.purchase_revenue over purchase events'
    : 'the number of conversion events (event names as Mittari reads them, trimmed, any case)'};
--   one <channel>_spend column per channel: the spend rows of the week summed, 0 where there are none.
-- Reads the GA4 export and ad_spend(date DATE, channel STRING, spend NUMBER), one row per day (or week)
-- and channel. Spend rows of channels not listed here are left out: list every paid channel
-- (\`mittari sql weekly-mix --channels "Google Ads,Meta Ads" --outcome ${outcome} --from ${options.from} --to ${options.to}\`
-- writes this SQL for other channels, outcome or dates). Save the result as CSV and drop it on Mittari:
-- it reads week_start as the date, ${outcome} as the outcome and each *_spend column as a channel.
WITH outcome_weeks AS (
  SELECT ${p.week(p.eventDay)} AS week_start,
    ${measure}
  FROM ${p.events(options)}
    AND ${which}
  GROUP BY 1
), spend_weeks AS (
  SELECT ${p.week('date')} AS week_start,
    ${spend.map(([c, col]) => `SUM(CASE WHEN TRIM(channel) = ${sqlList([c])} THEN spend ELSE 0 END) AS ${col}`).join(',\n    ')}
  FROM ${p.spendTable}
  WHERE date BETWEEN DATE '${options.from}' AND DATE '${options.to}'
  GROUP BY 1
), weeks AS (
  ${p.weeks(w)}
)
SELECT
  weeks.week_start AS ${p.alias('week_start')},
  COALESCE(outcome_weeks.outcome, 0) AS ${p.alias(outcome)},
  ${spend.map(([, col]) => `COALESCE(spend_weeks.${col}, 0) AS ${p.alias(col)}`).join(',\n  ')}
FROM weeks
LEFT JOIN outcome_weeks ON outcome_weeks.week_start = weeks.week_start
LEFT JOIN spend_weeks ON spend_weeks.week_start = weeks.week_start
ORDER BY weeks.week_start`;
}

/** Template 4 with the default channels, outcome and dates, in each dialect (what `mittari sql weekly-mix` prints). */
export const WEEKLY_MIX_BIGQUERY = weeklyMixSql('bigquery');
export const WEEKLY_MIX_SNOWFLAKE = weeklyMixSql('snowflake');
export const WEEKLY_MIX_DUCKDB = weeklyMixSql('duckdb');
