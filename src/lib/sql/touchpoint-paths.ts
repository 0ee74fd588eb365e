// Template 2: touchpoint rows -> the path table Mittari reads (ChannelAttribution's layout), with the
// journey rules of journeys/build.ts, so attributing the table gives the credits of attributing the rows.
import type { SqlDialect } from './dialect';

const PATH_AGG: Readonly<Record<SqlDialect, string>> = {
  bigquery: "STRING_AGG(channel, ' > ' ORDER BY event_time, row_order)",
  snowflake: "LISTAGG(channel, ' > ') WITHIN GROUP (ORDER BY event_time, row_order)",
  duckdb: "string_agg(channel, ' > ' ORDER BY event_time, row_order)",
};

const NAMES: Readonly<Record<SqlDialect, string>> = { bigquery: 'BigQuery', snowflake: 'Snowflake', duckdb: 'DuckDB' };

function touchpointPaths(d: SqlDialect): string {
  return `-- Touchpoint rows -> Mittari path table (${NAMES[d]}).
-- Reads touchpoints(journey_id, event_time, row_order, channel, is_conversion, value); template 1b makes
-- these from GA4 rows. Output: path; total_conversions; total_conversion_value; total_null, with channels
-- joined by ' > ' in time order. Save it as CSV (any delimiter) and drop it on Mittari.
-- Mittari's journey rules (journeys/build.ts):
--   * rows are grouped by journey_id (trimmed) and ordered by event_time, ties by row_order (the file order;
--     only its order within a journey matters);
--     event_time must be set on every row or on none (Mittari keeps untimed rows in place, SQL cannot);
--   * a row with a channel is a touch; an empty channel is no touch; a row that is neither a touch nor a
--     conversion is skipped;
--   * a conversion row ends a path after adding its own touch: the path is the touches since the previous
--     conversion, with 1 conversion and the row's value (NULL counts as 0);
--   * the touches after a journey's last conversion form one non-converting path (total_null 1);
--   * a conversion with no touch since the previous one has an empty path. It is left out here: Mittari
--     counts it as unattributed (no model can credit it) and would skip such a row of a path table.
-- Channel names must not contain '>' (the separator) nor '|' or '->' (Mittari would take them for it).
WITH touch_rows AS (
  SELECT
    TRIM(journey_id) AS journey_id,
    event_time,
    row_order,
    NULLIF(TRIM(channel), '') AS channel,
    CASE WHEN is_conversion THEN 1 ELSE 0 END AS conversion,
    CASE WHEN is_conversion THEN COALESCE(value, 0) ELSE 0 END AS value
  FROM touchpoints
  WHERE NULLIF(TRIM(journey_id), '') IS NOT NULL
    AND (NULLIF(TRIM(channel), '') IS NOT NULL OR is_conversion)
), segmented AS (
  -- segment = conversions before this row in its journey: rows up to and including a conversion share one.
  SELECT *,
    SUM(conversion) OVER (PARTITION BY journey_id ORDER BY event_time, row_order
      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) - conversion AS segment
  FROM touch_rows
), journeys AS (
  SELECT journey_id, segment,
    ${PATH_AGG[d]} AS path,
    MAX(conversion) AS converted,
    SUM(value) AS value
  FROM segmented
  GROUP BY journey_id, segment
)
SELECT
  path,
  SUM(converted) AS total_conversions,
  SUM(value) AS total_conversion_value,
  SUM(1 - converted) AS total_null
FROM journeys
WHERE path IS NOT NULL AND path <> ''
GROUP BY path
ORDER BY total_conversions DESC, total_null DESC, path`;
}

/** Template 2, BigQuery: touchpoint rows -> path table (path, total_conversions, total_conversion_value, total_null). */
export const TOUCHPOINT_PATHS_BIGQUERY = touchpointPaths('bigquery');

/**
 * Template 2, Snowflake: touchpoint rows -> path table. Spark SQL before 4.0 has no LISTAGG: use
 * `concat_ws(' > ', transform(array_sort(collect_list(struct(event_time, row_order, channel))), x -> x.channel))`.
 */
export const TOUCHPOINT_PATHS_SNOWFLAKE = touchpointPaths('snowflake');

/** Template 2, DuckDB: touchpoint rows -> path table (path, total_conversions, total_conversion_value, total_null). */
export const TOUCHPOINT_PATHS_DUCKDB = touchpointPaths('duckdb');
