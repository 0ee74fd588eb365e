// SQL templates for data too big for one browser: the warehouse aggregates to the path tables and
// experiment sums Mittari reads. Pure strings (no DOM), printed by `mittari sql` (src/cli/sql.ts); the DuckDB
// ones are run for real in test/sql/duckdb.test.ts, which checks Mittari's results from their output against its
// results from the raw rows. Chain for GA4: 1 (events -> touchpoint rows) -> 1b -> 2 (path table); 4 (events +
// ad spend -> weekly marketing-mix table) stands alone and is written for a list of channels (weekly-mix.ts).
import type { SqlDialect } from './dialect';
import { GA4_TOUCHPOINTS_BIGQUERY, GA4_TOUCHPOINTS_DUCKDB, GA4_TOUCHPOINTS_SNOWFLAKE } from './ga4-touchpoints';
import { GA4_JOURNEY_ROWS_BIGQUERY, GA4_JOURNEY_ROWS_DUCKDB, GA4_JOURNEY_ROWS_SNOWFLAKE } from './ga4-journey-rows';
import { TOUCHPOINT_PATHS_BIGQUERY, TOUCHPOINT_PATHS_DUCKDB, TOUCHPOINT_PATHS_SNOWFLAKE } from './touchpoint-paths';
import { EXPERIMENT_SUMS_BIGQUERY, EXPERIMENT_SUMS_DUCKDB, EXPERIMENT_SUMS_SNOWFLAKE } from './experiment-sums';
import { WEEKLY_MIX_BIGQUERY, WEEKLY_MIX_DUCKDB, WEEKLY_MIX_SNOWFLAKE } from './weekly-mix';

export type { SqlDialect } from './dialect';
export {
  GA4_CONVERSION_EVENTS, GA4_EVENTS_DUCKDB_DDL, GA4_TOUCHPOINTS_BIGQUERY, GA4_TOUCHPOINTS_DUCKDB,
  GA4_TOUCHPOINTS_SNOWFLAKE,
} from './ga4-touchpoints';
export { GA4_JOURNEY_ROWS_BIGQUERY, GA4_JOURNEY_ROWS_DUCKDB, GA4_JOURNEY_ROWS_SNOWFLAKE } from './ga4-journey-rows';
export { TOUCHPOINT_PATHS_BIGQUERY, TOUCHPOINT_PATHS_DUCKDB, TOUCHPOINT_PATHS_SNOWFLAKE } from './touchpoint-paths';
export { EXPERIMENT_SUMS_BIGQUERY, EXPERIMENT_SUMS_DUCKDB, EXPERIMENT_SUMS_SNOWFLAKE } from './experiment-sums';
export {
  spendColumn, WEEKLY_MIX_BIGQUERY, WEEKLY_MIX_DEFAULTS, WEEKLY_MIX_DUCKDB, WEEKLY_MIX_SNOWFLAKE, weeklyMixSql,
  type WeeklyMixOptions, type WeeklyMixOutcome,
} from './weekly-mix';

/** One SQL template as the help lists it. */
export interface SqlTemplate {
  /** Stable id, `<template>-<dialect>`, e.g. `touchpoint-paths-duckdb`. */
  id: string;
  /** The template, the same in every dialect, e.g. `touchpoint-paths`. */
  template: string;
  title: string;
  dialect: SqlDialect;
  /** One or two sentences: what goes in, what comes out, what to edit. */
  description: string;
  sql: string;
}

interface Family {
  id: string;
  title: string;
  description: string;
  sql: Readonly<Record<SqlDialect, string>>;
  /** Extra sentence per dialect, where it differs. */
  notes?: Partial<Record<SqlDialect, string>>;
}

const FAMILIES: readonly Family[] = [
  {
    id: 'ga4-touchpoints',
    title: 'GA4 export → touchpoint rows',
    description: 'Reads the GA4 BigQuery export (one row per event) and keeps the events that carry a traffic source ' +
      '(collected_traffic_source) and the conversion events, as user_pseudo_id, event_timestamp (µs), event_name, ' +
      'source, medium, campaign, value. Download the result as CSV and drop it on Mittari. Edit the table and dates.',
    sql: { bigquery: GA4_TOUCHPOINTS_BIGQUERY, snowflake: GA4_TOUCHPOINTS_SNOWFLAKE, duckdb: GA4_TOUCHPOINTS_DUCKDB },
    notes: {
      snowflake: 'Nested columns are VARIANT. Spark SQL: use dots for nested fields and filter(event_params, p -> p.key = \'value\') instead of FLATTEN.',
      duckdb: 'Reads a table `events` with the export\'s nested shape, e.g. a view over a Parquet export.',
    },
  },
  {
    id: 'ga4-journey-rows',
    title: 'GA4 touchpoint rows → journey rows (channel grouping)',
    description: 'Turns the GA4 touchpoint rows into the input of the path-table template: GA4\'s default channel ' +
      'grouping of source / medium / campaign, the conversion flag and the row order, as Mittari reads the CSV.',
    sql: { bigquery: GA4_JOURNEY_ROWS_BIGQUERY, snowflake: GA4_JOURNEY_ROWS_SNOWFLAKE, duckdb: GA4_JOURNEY_ROWS_DUCKDB },
    notes: { snowflake: 'Spark SQL: write REGEXP_INSTR(x, \'p\') > 0 as x RLIKE \'p\' and [[:space:]] as \\\\s.' },
  },
  {
    id: 'touchpoint-paths',
    title: 'Touchpoint rows → path table',
    description: 'Aggregates touchpoint rows (journey_id, event_time, row_order, channel, is_conversion, value) to ' +
      'path; total_conversions; total_conversion_value; total_null with Mittari\'s journey rules, so the path table ' +
      'gives the same credits as the rows. Conversions with no touch before them are left out (Mittari calls them unattributed).',
    sql: { bigquery: TOUCHPOINT_PATHS_BIGQUERY, snowflake: TOUCHPOINT_PATHS_SNOWFLAKE, duckdb: TOUCHPOINT_PATHS_DUCKDB },
    notes: { snowflake: 'Spark SQL before 4.0 has no LISTAGG; the comment above the constant gives the replacement.' },
  },
  {
    id: 'experiment-sums',
    title: 'Per-user experiment rows → per-variant sums',
    description: 'Reduces one row per user (user_id, variant, converted, value, pre_value) to users, conversions, ' +
      'revenue sum and sum of squares, and the pre-period sums CUPED needs, per variant, as Mittari does.',
    sql: { bigquery: EXPERIMENT_SUMS_BIGQUERY, snowflake: EXPERIMENT_SUMS_SNOWFLAKE, duckdb: EXPERIMENT_SUMS_DUCKDB },
    notes: { snowflake: 'The same text runs on Spark SQL.' },
  },
  {
    id: 'weekly-mix',
    title: 'GA4 events + ad spend → weekly marketing-mix table',
    description: 'Turns the GA4 export and an ad-spend table (date, channel, spend) into one row per ISO week ' +
      '(Monday): week_start, the outcome (revenue: purchase_revenue of purchase events, or conversions: conversion ' +
      'events counted) and one <channel>_spend column per channel, 0 in weeks without spend, which Mittari\'s ' +
      'mix model reads. Written for a list of channels: --channels, --outcome, --from and --to change it.',
    sql: { bigquery: WEEKLY_MIX_BIGQUERY, snowflake: WEEKLY_MIX_SNOWFLAKE, duckdb: WEEKLY_MIX_DUCKDB },
    notes: {
      snowflake: 'Spark SQL: to_date(event_date, \'yyyyMMdd\'), date_trunc(\'week\', d) for the Monday, ' +
        'ecommerce.purchase_revenue with a dot, and explode(sequence(first, last, INTERVAL 1 WEEK)) for the weeks.',
      duckdb: 'Reads a table `events` with the export\'s nested shape and a table `ad_spend`.',
    },
  },
];

export const SQL_DIALECTS: readonly SqlDialect[] = ['bigquery', 'snowflake', 'duckdb'];

/** Every template in every dialect, grouped by template (BigQuery, Snowflake, DuckDB). */
export const SQL_TEMPLATES: readonly SqlTemplate[] = Object.freeze(FAMILIES.flatMap((f) =>
  SQL_DIALECTS.map((dialect) => Object.freeze({
    id: `${f.id}-${dialect}`,
    template: f.id,
    title: f.title,
    dialect,
    description: f.notes?.[dialect] ? `${f.description} ${f.notes[dialect]}` : f.description,
    sql: f.sql[dialect],
  }))));
