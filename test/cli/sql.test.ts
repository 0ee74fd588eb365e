import { describe, expect, it } from 'vitest';
import { captureOutput } from './io';
import { sqlCommand } from '../../src/cli/sql';
import {
  EXPERIMENT_SUMS_BIGQUERY, SQL_TEMPLATES, TOUCHPOINT_PATHS_DUCKDB, WEEKLY_MIX_SNOWFLAKE, weeklyMixSql,
} from '../../src/lib/sql/templates';

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
    expect(list.map((t) => t.template)).toEqual(['ga4-touchpoints', 'ga4-journey-rows', 'touchpoint-paths', 'experiment-sums', 'weekly-mix']);
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

  it('prints the weekly-mix SQL for the given channels, outcome and dates, and the default one without them', () => {
    expect(sqlCommand(['weekly-mix', '--dialect', 'duckdb', '--channels', 'Google Ads, Meta', '--outcome', 'conversions', '--from', '2024-01-03', '--to', '2024-02-04'])).toBe(0);
    expect(io.out.trimEnd()).toBe(weeklyMixSql('duckdb', { channels: ['Google Ads', 'Meta'], outcome: 'conversions', from: '2024-01-03', to: '2024-02-04' }));
    expect(io.out).toContain('AS Meta_spend');
    expect(sqlCommand(['weekly-mix', '--dialect', 'snowflake'])).toBe(0);
    expect(io.out.trimEnd().endsWith(WEEKLY_MIX_SNOWFLAKE)).toBe(true);
  });

  it.each([
    { args: ['paths'], stderr: /^mittari: unknown template paths; use one of ga4-touchpoints, ga4-journey-rows, touchpoint-paths, experiment-sums, weekly-mix\n$/ },
    { args: ['experiment-sums', '--channels', 'a'], stderr: /^mittari: --channels is an option of the weekly-mix template only\n$/ },
    { args: ['--outcome', 'revenue'], stderr: /^mittari: --outcome is an option of the weekly-mix template only\n$/ },
    { args: ['weekly-mix', '--from', '2024-02-30'], stderr: /^mittari: invalid from date: 2024-02-30 \(use yyyy-mm-dd\)\n$/ },
    { args: ['weekly-mix', '--from', '2024-03-01', '--to', '2024-02-01'], stderr: /^mittari: invalid dates: 2024-02-01 is before 2024-03-01\n$/ },
    { args: ['weekly-mix', '--channels', 'Google Ads,google-ads'], stderr: /^mittari: channels Google Ads and google-ads give the same column google_ads_spend\n$/ },
    { args: ['weekly-mix', '--channels', ','], stderr: /^mittari: weekly-mix needs at least one channel\n$/ },
    { args: ['weekly-mix', '--outcome', 'leads'], stderr: /^mittari: --outcome takes revenue or conversions, not "leads"\n$/ },
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
