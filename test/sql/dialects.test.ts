// Every SQL template's BigQuery and Snowflake text parsed by node-sql-parser in its own dialect, so a syntax slip
// is caught before a user pays for a warehouse query (only the DuckDB texts run here, in duckdb.test.ts).
import { describe, expect, it } from 'vitest';
import sqlParser from 'node-sql-parser';
import { SQL_TEMPLATES, weeklyMixSql, type SqlDialect } from '../../src/lib/sql/templates';

const { Parser } = sqlParser; // a CommonJS package: no named exports under Node's ESM
const parser = new Parser();
const DATABASE: Partial<Record<SqlDialect, string>> = { bigquery: 'BigQuery', snowflake: 'Snowflake' };

/**
 * Valid SQL that node-sql-parser 5.4 does not read, replaced before parsing by what it reads (the rest of the
 * text is still checked). An ordered aggregate has no equivalent without its ORDER BY, so it stays in the
 * templates: BigQuery's STRING_AGG(x, sep ORDER BY ...) and Snowflake's LISTAGG(x, sep) WITHIN GROUP (ORDER BY ...).
 */
const PARSER_GAPS: Readonly<Record<string, readonly [RegExp, string][]>> = {
  bigquery: [[/(STRING_AGG\([^()]*?) ORDER BY [^()]*\)/g, '$1)']],
  snowflake: [[/(LISTAGG\([^()]*\)) WITHIN GROUP \(ORDER BY [^()]*\)/g, '$1']],
};

function parse(dialect: SqlDialect, sql: string): void {
  const text = (PARSER_GAPS[dialect] ?? []).reduce((s, [pattern, by]) => s.replace(pattern, by), sql);
  parser.astify(text, { database: DATABASE[dialect] });
}

describe('SQL templates in their own dialect (node-sql-parser)', () => {
  const checked = SQL_TEMPLATES.filter((t) => DATABASE[t.dialect] !== undefined);

  it('covers every template in BigQuery and Snowflake', () => {
    const templates = new Set(SQL_TEMPLATES.map((t) => t.template));
    expect(checked.map((t) => t.id).sort()).toEqual([...templates].flatMap((t) => [`${t}-bigquery`, `${t}-snowflake`]).sort());
  });

  it.each(checked.map((t) => ({ id: t.id, dialect: t.dialect, sql: t.sql })))('parses $id', ({ dialect, sql }) => {
    expect(() => parse(dialect, sql)).not.toThrow();
  });

  it.each(['bigquery', 'snowflake'] as const)('parses weekly-mix in %s for other options: conversions, odd channel names, partial weeks', (dialect) => {
    const sql = weeklyMixSql(dialect, { channels: ["O'Reilly Media", 'Sähköposti', '2nd screen', 'x'], outcome: 'conversions', from: '2024-02-29', to: '2024-03-01' });
    expect(sql).toContain("= 'O''Reilly Media' THEN");
    expect(sql).toMatch(/\bO_Reilly_Media_spend\b.*\bSahkoposti_spend\b.*\b_2nd_screen_spend\b/s);
    expect(() => parse(dialect, sql)).not.toThrow();
  });

  it('replaces only the ordered aggregates: a slip elsewhere still fails', () => {
    const sql = SQL_TEMPLATES.find((t) => t.id === 'touchpoint-paths-bigquery')?.sql ?? '';
    expect(() => parse('bigquery', sql)).not.toThrow();
    expect(() => parse('bigquery', sql.replace('GROUP BY path', 'GROUP path'))).toThrow();
    expect(() => parse('snowflake', SQL_TEMPLATES.find((t) => t.id === 'ga4-touchpoints-snowflake')?.sql.replace('ANY_VALUE(e.user_pseudo_id)', 'ANY_VALUE(e.user_pseudo_id') ?? '')).toThrow();
  });
});
