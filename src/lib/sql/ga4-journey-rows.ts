// Template 1b: template 1's GA4 touchpoint rows -> the rows template 2 reads (journey id, time, row order,
// channel, conversion flag, value), read the way Mittari reads template 1's CSV: the channel is GA4's
// default channel grouping of source / medium / campaign, a conversion is a conversion event by name, and
// the row order is template 1's sort within each user (Mittari breaks ties of time by file order; numbering
// within a user avoids a global sort, which BigQuery runs on one worker).
import { CHANNEL_CASE, NORMALISED_COLUMNS, channelFlags } from './channel-group';
import { sqlList, type SqlDialect } from './dialect';
import { GA4_CONVERSION_EVENTS, GA4_ROW_ORDER } from './ga4-touchpoints';

function journeyRows(d: SqlDialect, name: string): string {
  return `-- GA4 touchpoint rows (template 1's output) -> journey rows for template 2 (${name}).
-- Reads ga4_touchpoints(user_pseudo_id, event_timestamp, event_name, source, medium, campaign, value),
-- e.g. a view over template 1. Output: journey_id, event_time, row_order, channel, is_conversion, value.
-- channel: GA4's default channel grouping, as Mittari applies it to a file with source / medium and no
-- channel column. Every row gets one, so a conversion event without a traffic source is an 'Unassigned' touch,
-- as it is when Mittari reads template 1's CSV.
WITH norm AS (
  SELECT user_pseudo_id, event_timestamp, event_name, source, medium, campaign, value,
    ${NORMALISED_COLUMNS},
    LOWER(TRIM(event_name)) IN (${sqlList(GA4_CONVERSION_EVENTS)}) AS is_conversion
  FROM ga4_touchpoints
), flags AS (
  SELECT norm.*,
    ${channelFlags(d)}
  FROM norm
)
SELECT
  user_pseudo_id AS journey_id,
  event_timestamp AS event_time,
  ROW_NUMBER() OVER (PARTITION BY user_pseudo_id ORDER BY ${GA4_ROW_ORDER}) AS row_order,
  ${CHANNEL_CASE} AS channel,
  is_conversion,
  value
FROM flags`;
}

/** Template 1b, BigQuery: GA4 touchpoint rows -> template 2's input, with GA4's default channel grouping. */
export const GA4_JOURNEY_ROWS_BIGQUERY = journeyRows('bigquery', 'BigQuery');

/**
 * Template 1b, Snowflake: GA4 touchpoint rows -> template 2's input. Spark SQL: write each
 * `REGEXP_INSTR(x, 'p') > 0` as `x RLIKE 'p'` (a search in Spark, a whole-string match in Snowflake) and
 * `[[:space:]]` as `\\s` (Java regex has no POSIX classes).
 */
export const GA4_JOURNEY_ROWS_SNOWFLAKE = journeyRows('snowflake', 'Snowflake');

/** Template 1b, DuckDB: GA4 touchpoint rows -> template 2's input, with GA4's default channel grouping. */
export const GA4_JOURNEY_ROWS_DUCKDB = journeyRows('duckdb', 'DuckDB');
