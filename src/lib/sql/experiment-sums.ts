// Template 3: per-user experiment rows -> per-variant sums, the sufficient statistics every test in
// experiments/ runs on (the same reduction as ingest/experiment-users.ts). One SQL text serves all three
// dialects: it uses only window functions, CASE and plain aggregates.
import type { SqlDialect } from './dialect';

const NAMES: Readonly<Record<SqlDialect, string>> = { bigquery: 'BigQuery', snowflake: 'Snowflake or Spark SQL', duckdb: 'DuckDB' };

function experimentSums(d: SqlDialect): string {
  return `-- Per-user experiment rows -> per-variant sums (${NAMES[d]}).
-- Reads experiment_users(user_id, variant, converted, value, pre_value, row_order): converted BOOLEAN
-- (NULL: value > 0), value and pre_value numbers (pre_value: the user's metric before the test, for CUPED),
-- row_order the file order. Output per variant, in order of first appearance: users, conversions,
-- revenue_sum, revenue_sum_squares, pre_sum, pre_sum_squares, pre_revenue_sum (sum of pre x revenue).
-- Mittari's per-user rules (ingest/experiment-users.ts): a user's rows are merged (converted if any row
-- converted, value summed, pre_value from the first row that has one, else 0); a user seen in two variants
-- is left out; ids and variants are trimmed. (Reading a CSV, Mittari also skips a row identical to an earlier row
-- of the same user; here row_order keeps every row distinct, so every row counts.) Save the first five columns as CSV for Mittari's aggregated
-- experiment view; the pre_* sums feed CUPED (theta: the within-variant slope of revenue on pre, pooled).
WITH user_rows AS (
  SELECT
    TRIM(user_id) AS user_id,
    TRIM(variant) AS variant,
    CASE WHEN COALESCE(converted, COALESCE(value, 0) > 0) THEN 1 ELSE 0 END AS converted,
    COALESCE(value, 0) AS value,
    pre_value,
    row_order
  FROM experiment_users
  WHERE NULLIF(TRIM(user_id), '') IS NOT NULL AND NULLIF(TRIM(variant), '') IS NOT NULL
), ranked AS (
  SELECT user_rows.*,
    ROW_NUMBER() OVER (PARTITION BY user_id
      ORDER BY CASE WHEN pre_value IS NULL THEN 1 ELSE 0 END, row_order) AS pre_rank
  FROM user_rows
), per_user AS (
  SELECT
    user_id,
    MIN(variant) AS variant,
    COUNT(DISTINCT variant) AS variants,
    MAX(converted) AS converted,
    SUM(value) AS value,
    COALESCE(MAX(CASE WHEN pre_rank = 1 THEN pre_value END), 0) AS pre
  FROM ranked
  GROUP BY user_id
), variant_order AS (
  SELECT variant, MIN(row_order) AS first_row FROM user_rows GROUP BY variant
)
SELECT
  u.variant,
  COUNT(*) AS users,
  SUM(u.converted) AS conversions,
  SUM(u.value) AS revenue_sum,
  SUM(u.value * u.value) AS revenue_sum_squares,
  SUM(u.pre) AS pre_sum,
  SUM(u.pre * u.pre) AS pre_sum_squares,
  SUM(u.pre * u.value) AS pre_revenue_sum
FROM per_user u
JOIN variant_order o ON o.variant = u.variant
WHERE u.variants = 1
GROUP BY u.variant, o.first_row
ORDER BY o.first_row`;
}

/** Template 3, BigQuery: per-user experiment rows -> per-variant users, conversions and revenue / CUPED sums. */
export const EXPERIMENT_SUMS_BIGQUERY = experimentSums('bigquery');

/** Template 3, Snowflake (the same text runs on Spark SQL): per-user rows -> per-variant sums. */
export const EXPERIMENT_SUMS_SNOWFLAKE = experimentSums('snowflake');

/** Template 3, DuckDB: per-user experiment rows -> per-variant users, conversions and revenue / CUPED sums. */
export const EXPERIMENT_SUMS_DUCKDB = experimentSums('duckdb');
