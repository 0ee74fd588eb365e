import { describe, expect, it } from 'vitest';
import { captureOutput } from './io';
import { sqlCommand } from '../../src/cli/sql';
import { EXPERIMENT_SUMS_BIGQUERY, SQL_TEMPLATES, TOUCHPOINT_PATHS_DUCKDB } from '../../src/lib/sql/templates';

const io = captureOutput();

describe('mittari sql', () => {
  it('lists every template in every dialect as JSON, without the SQL', () => {
    expect(sqlCommand([])).toBe(0);
    const list = JSON.parse(io.out) as { id: string; template: string; dialect: string; sql?: string }[];
    expect(list.map((t) => t.id)).toEqual(SQL_TEMPLATES.map((t) => t.id));
    expect(list.every((t) => t.sql === undefined && t.id === `${t.template}-${t.dialect}`)).toBe(true);
  });

  it('lists one dialect with --dialect', () => {
    expect(sqlCommand(['--dialect', 'duckdb'])).toBe(0);
    const list = JSON.parse(io.out) as { template: string; dialect: string }[];
    expect(list.map((t) => t.template)).toEqual(['ga4-touchpoints', 'ga4-journey-rows', 'touchpoint-paths', 'experiment-sums']);
    expect(new Set(list.map((t) => t.dialect))).toEqual(new Set(['duckdb']));
  });

  it("prints one template's SQL as text, BigQuery by default", () => {
    expect(sqlCommand(['touchpoint-paths', '--dialect', 'duckdb'])).toBe(0);
    expect(io.out.trimEnd()).toBe(TOUCHPOINT_PATHS_DUCKDB.trimEnd());
  });

  it('prints BigQuery when no dialect is given', () => {
    expect(sqlCommand(['experiment-sums'])).toBe(0);
    expect(io.out.trimEnd()).toBe(EXPERIMENT_SUMS_BIGQUERY.trimEnd());
    expect(io.out.endsWith('\n')).toBe(true);
  });

  it.each([
    { args: ['paths'], stderr: /^mittari: unknown template paths; use one of ga4-touchpoints, ga4-journey-rows, touchpoint-paths, experiment-sums\n$/ },
    { args: ['--dialect', 'oracle'], stderr: /^mittari: unknown dialect oracle; use one of bigquery, snowflake, duckdb\n$/ },
    { args: ['touchpoint-paths', 'experiment-sums'], stderr: /^mittari: usage: mittari sql / },
    { args: ['--bogus'], stderr: /^mittari: unknown option --bogus usage: mittari sql / },
  ])('exits 2 with one line on stderr for $args', ({ args, stderr }) => {
    expect(sqlCommand(args)).toBe(2);
    expect(io.out).toBe('');
    expect(io.err).toMatch(stderr);
    expect(io.err.trimEnd().split('\n')).toHaveLength(1);
  });
});
