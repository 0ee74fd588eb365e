// What differs between the warehouses the SQL templates are written for, kept to the few pieces the
// templates share (quoted lists, regex search). Each template is otherwise written out per dialect.

/** The SQL dialects Mittari ships templates for. Snowflake templates note where Spark SQL differs. */
export type SqlDialect = 'bigquery' | 'snowflake' | 'duckdb';

/** `'a', 'b'`: a list of string literals for `IN (...)`, single quotes doubled. */
export function sqlList(values: readonly string[]): string {
  return values.map((v) => `'${v.replaceAll("'", "''")}'`).join(', ');
}

/**
 * True where `pattern` occurs anywhere in `expr` (not a whole-string match). Patterns must avoid
 * backslashes: Snowflake string literals would eat them, so use `[.]` and `[[:space:]]`.
 */
export function regexContains(dialect: SqlDialect, expr: string, pattern: string): string {
  if (pattern.includes('\\') || pattern.includes("'")) throw new Error(`regexContains: pattern must not contain \\ or ': ${pattern}`);
  switch (dialect) {
    case 'bigquery': return `REGEXP_CONTAINS(${expr}, r'${pattern}')`;
    // REGEXP_LIKE and RLIKE match the whole string in Snowflake; REGEXP_INSTR searches.
    case 'snowflake': return `REGEXP_INSTR(${expr}, '${pattern}') > 0`;
    case 'duckdb': return `regexp_matches(${expr}, '${pattern}')`;
    default: throw new Error(`invalid dialect: ${dialect as string}`);
  }
}
