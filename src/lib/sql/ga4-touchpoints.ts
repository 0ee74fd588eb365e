// Template 1: GA4's BigQuery export (one row per event, nested params) -> Mittari touchpoint rows.
import { sqlList } from './dialect';

/**
 * Event names Mittari counts as conversions in a touchpoint file with an event name column (a copy of
 * CONVERSION_EVENTS in ingest/extract.ts; GA4 recommended events and CRM exports). Compared trimmed and
 * in lower case. A key event with another name is a plain event to Mittari: add a `converted` column instead.
 */
export const GA4_CONVERSION_EVENTS: readonly string[] = [
  'purchase', 'conversion', 'convert', 'won', 'deal_won', 'closed_won', 'generate_lead', 'qualify_lead',
  'close_convert_lead', 'sign_up', 'form_submit', 'lead',
];

const CONVERSION = `LOWER(TRIM(event_name)) IN (${sqlList(GA4_CONVERSION_EVENTS)})`;

/** The sort that makes the output deterministic; template 1b numbers rows in the same order. */
export const GA4_ROW_ORDER = 'user_pseudo_id, event_timestamp, is_conversion, event_name, source, medium, campaign, value';

const HEADER = (dialect: string) => `-- GA4 export -> Mittari touchpoint rows (${dialect}).
-- Output, one row per event: user_pseudo_id, event_timestamp (microseconds UTC, as exported), event_name,
-- source, medium, campaign (event-scoped: collected_traffic_source, added to the export in June 2023), value.
-- Kept: events that carry a traffic source (UTMs, or a gclid read as google / cpc): touches; and
-- conversion events: the events Mittari counts as conversions by name. Other events are left out, since
-- Mittari would read each of them as a touch. value: event_params 'value' (double, float or int), else
-- ecommerce.purchase_revenue; Mittari reads it on conversion rows only. Ties at one timestamp put touches
-- before conversions, so a touch that lands with a purchase counts towards it.
-- Download the result as CSV and drop it on Mittari, or feed it to template 1b for the path table (then
-- drop the ORDER BY: it only fixes the file order, and a global sort of billions of rows is slow).`;

/** Template 1, BigQuery: GA4 events_* tables -> touchpoint rows. Edit the table and the date range. */
export const GA4_TOUCHPOINTS_BIGQUERY = `${HEADER('BigQuery')}
SELECT user_pseudo_id, event_timestamp, event_name, source, medium, campaign, value
FROM (
  SELECT
    user_pseudo_id,
    event_timestamp,
    event_name,
    COALESCE(NULLIF(TRIM(collected_traffic_source.manual_source), ''),
      IF(collected_traffic_source.gclid IS NOT NULL, 'google', NULL)) AS source,
    COALESCE(NULLIF(TRIM(collected_traffic_source.manual_medium), ''),
      IF(collected_traffic_source.gclid IS NOT NULL, 'cpc', NULL)) AS medium,
    NULLIF(TRIM(collected_traffic_source.manual_campaign_name), '') AS campaign,
    COALESCE(
      (SELECT COALESCE(p.value.double_value, p.value.float_value, CAST(p.value.int_value AS FLOAT64))
       FROM UNNEST(event_params) AS p WHERE p.key = 'value' LIMIT 1),
      ecommerce.purchase_revenue) AS value,
    ${CONVERSION} AS is_conversion
  FROM \`my-project.analytics_123456789.events_*\`
  WHERE _TABLE_SUFFIX BETWEEN '20260101' AND '20260331'
    AND user_pseudo_id IS NOT NULL
)
WHERE source IS NOT NULL OR medium IS NOT NULL OR campaign IS NOT NULL OR is_conversion
ORDER BY ${GA4_ROW_ORDER}`;

/**
 * Template 1, Snowflake: the export loaded with its nested columns as VARIANT (from the JSON, Avro or
 * Parquet export of events_*). Spark SQL reads the nested columns with dots (`collected_traffic_source.manual_source`)
 * and takes the value with `filter(event_params, p -> p.key = 'value')[0].value` instead of FLATTEN.
 */
export const GA4_TOUCHPOINTS_SNOWFLAKE = `${HEADER('Snowflake')}
WITH events AS (
  -- FLATTEN's SEQ numbers the input rows: one group per event, without a sort.
  SELECT
    ANY_VALUE(e.user_pseudo_id) AS user_pseudo_id,
    ANY_VALUE(e.event_timestamp) AS event_timestamp,
    ANY_VALUE(e.event_name) AS event_name,
    ANY_VALUE(e.collected_traffic_source) AS traffic,
    ANY_VALUE(e.ecommerce:purchase_revenue::FLOAT) AS purchase_revenue,
    -- GET_PATH(x, 'a.b') is x:a.b, written so that node-sql-parser (the tests' dialect check) reads it.
    MAX(IFF(p.value:key::STRING = 'value', COALESCE(GET_PATH(p.value, 'value.double_value')::FLOAT,
      GET_PATH(p.value, 'value.float_value')::FLOAT, GET_PATH(p.value, 'value.int_value')::FLOAT), NULL)) AS param_value
  FROM ga4_events e,  -- your table of exported events
    LATERAL FLATTEN(input => e.event_params, outer => TRUE) p
  WHERE e.event_date BETWEEN '20260101' AND '20260331'
    AND e.user_pseudo_id IS NOT NULL
  GROUP BY p.seq
), rows_ AS (
  SELECT
    user_pseudo_id,
    event_timestamp,
    event_name,
    COALESCE(NULLIF(TRIM(traffic:manual_source::STRING), ''),
      IFF(traffic:gclid::STRING IS NOT NULL, 'google', NULL)) AS source,
    COALESCE(NULLIF(TRIM(traffic:manual_medium::STRING), ''),
      IFF(traffic:gclid::STRING IS NOT NULL, 'cpc', NULL)) AS medium,
    NULLIF(TRIM(traffic:manual_campaign_name::STRING), '') AS campaign,
    COALESCE(param_value, purchase_revenue) AS value,
    ${CONVERSION} AS is_conversion
  FROM events
)
SELECT user_pseudo_id, event_timestamp, event_name, source, medium, campaign, value
FROM rows_
WHERE source IS NOT NULL OR medium IS NOT NULL OR campaign IS NOT NULL OR is_conversion
ORDER BY ${GA4_ROW_ORDER}`;

/**
 * Template 1, DuckDB: a table or view `events` with the export's nested shape (GA4_EVENTS_DUCKDB_DDL),
 * e.g. `CREATE VIEW events AS SELECT * FROM read_parquet('events_*.parquet')` over a Parquet export.
 */
export const GA4_TOUCHPOINTS_DUCKDB = `${HEADER('DuckDB')}
SELECT user_pseudo_id, event_timestamp, event_name, source, medium, campaign, value
FROM (
  SELECT
    user_pseudo_id,
    event_timestamp,
    event_name,
    COALESCE(NULLIF(TRIM(collected_traffic_source.manual_source), ''),
      CASE WHEN collected_traffic_source.gclid IS NOT NULL THEN 'google' END) AS source,
    COALESCE(NULLIF(TRIM(collected_traffic_source.manual_medium), ''),
      CASE WHEN collected_traffic_source.gclid IS NOT NULL THEN 'cpc' END) AS medium,
    NULLIF(TRIM(collected_traffic_source.manual_campaign_name), '') AS campaign,
    COALESCE(
      (SELECT COALESCE(p.value.double_value, p.value.float_value, CAST(p.value.int_value AS DOUBLE))
       FROM unnest(event_params) AS t(p) WHERE p.key = 'value' LIMIT 1),
      ecommerce.purchase_revenue) AS value,
    ${CONVERSION} AS is_conversion
  FROM events
  WHERE user_pseudo_id IS NOT NULL
)
WHERE source IS NOT NULL OR medium IS NOT NULL OR campaign IS NOT NULL OR is_conversion
ORDER BY ${GA4_ROW_ORDER}`;

/**
 * The part of the GA4 export's event schema that template 1 reads, as a DuckDB table: the shape DuckDB
 * gives a Parquet export of events_* (nested records stay structs, repeated records lists). Columns the
 * template does not read are left out; a real export has more, which does not matter.
 */
export const GA4_EVENTS_DUCKDB_DDL = `CREATE TABLE events (
  event_date VARCHAR,
  event_timestamp BIGINT,
  event_name VARCHAR,
  event_params STRUCT(key VARCHAR, value STRUCT(string_value VARCHAR, int_value BIGINT, float_value DOUBLE, double_value DOUBLE))[],
  user_pseudo_id VARCHAR,
  collected_traffic_source STRUCT(manual_campaign_id VARCHAR, manual_campaign_name VARCHAR, manual_source VARCHAR,
    manual_medium VARCHAR, manual_term VARCHAR, manual_content VARCHAR, gclid VARCHAR, dclid VARCHAR, srsltid VARCHAR),
  ecommerce STRUCT(purchase_revenue DOUBLE)
)`;
