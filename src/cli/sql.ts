// `mittari sql [TEMPLATE] [--dialect bigquery|snowflake|duckdb]`: the warehouse SQL for data too big for one
// browser tab (the app's "file too large" message points there). Without a template, the list as JSON; with
// one, its SQL as text, ready to redirect to a file or paste into the warehouse's console. The weekly-mix
// template is written for its options (--channels, --outcome, --from, --to), which default to the listed SQL's.
import { SQL_DIALECTS, SQL_TEMPLATES, WEEKLY_MIX_DEFAULTS, weeklyMixSql } from '../lib/sql/templates';
import { listOf, oneOf, parseCommand, text, UsageError } from './args';
import { guard, printJson } from './io';
import { USAGE } from './usage';

const TEMPLATES = [...new Set(SQL_TEMPLATES.map((t) => t.template))];
const MIX_OPTIONS = ['channels', 'outcome', 'from', 'to'] as const;

/** Runs `sql` with the arguments after the command name; returns the exit code. */
export function sqlCommand(argv: readonly string[]): number {
  return guard(() => {
    const { values, positionals } = parseCommand(argv, {
      values: {
        dialect: oneOf(SQL_DIALECTS, 'dialect'), channels: listOf(text), outcome: oneOf(['revenue', 'conversions'] as const),
        from: text, to: text,
      },
      hint: { unknown: `\n${USAGE.sql}` },
    });
    if (positionals.length > 1) throw new UsageError(USAGE.sql);
    const template = positionals.length === 0 ? undefined : oneOf(TEMPLATES, 'template')(positionals[0], 'TEMPLATE');
    const mixOption = MIX_OPTIONS.find((o) => values[o] !== undefined);
    if (mixOption && template !== 'weekly-mix') throw new UsageError(`--${mixOption} is an option of the weekly-mix template only`);
    if (template === undefined) {
      printJson(SQL_TEMPLATES.filter((t) => (values.dialect ?? t.dialect) === t.dialect).map(({ sql: _, ...t }) => t));
      return 0;
    }
    // BigQuery by default: GA4's export, where the first template starts, lives there.
    const dialect = values.dialect ?? 'bigquery';
    const sql = template === 'weekly-mix' && mixOption ? mixSql(dialect, values) : SQL_TEMPLATES.find((t) => t.template === template && t.dialect === dialect)?.sql ?? '';
    process.stdout.write(sql.endsWith('\n') ? sql : `${sql}\n`);
    return 0;
  });
}

/** The weekly-mix SQL for the given options; a bad channel list or date is a usage problem. */
function mixSql(dialect: (typeof SQL_DIALECTS)[number], values: { channels?: string[]; outcome?: 'revenue' | 'conversions'; from?: string; to?: string }): string {
  try {
    return weeklyMixSql(dialect, {
      channels: values.channels?.filter((c) => c !== '') ?? WEEKLY_MIX_DEFAULTS.channels,
      outcome: values.outcome ?? WEEKLY_MIX_DEFAULTS.outcome,
      from: values.from ?? WEEKLY_MIX_DEFAULTS.from,
      to: values.to ?? WEEKLY_MIX_DEFAULTS.to,
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}
