// `mittari sql [TEMPLATE] [--dialect bigquery|snowflake|duckdb]`: the warehouse SQL for data too big for one
// browser tab (the app's "file too large" message points there). Without a template, the list as JSON; with
// one, its SQL as text, ready to redirect to a file or paste into the warehouse's console.
import { SQL_DIALECTS, SQL_TEMPLATES } from '../lib/sql/templates';
import { oneOf, parseCommand, UsageError } from './args';
import { guard, printJson } from './io';
import { USAGE } from './usage';

const TEMPLATES = [...new Set(SQL_TEMPLATES.map((t) => t.template))];

/** Runs `sql` with the arguments after the command name; returns the exit code. */
export function sqlCommand(argv: readonly string[]): number {
  return guard(() => {
    const { values, positionals } = parseCommand(argv, { values: { dialect: oneOf(SQL_DIALECTS, 'dialect') }, hint: { unknown: `\n${USAGE.sql}` } });
    if (positionals.length > 1) throw new UsageError(USAGE.sql);
    if (positionals.length === 0) {
      printJson(SQL_TEMPLATES.filter((t) => (values.dialect ?? t.dialect) === t.dialect).map(({ sql: _, ...t }) => t));
      return 0;
    }
    const template = oneOf(TEMPLATES, 'template')(positionals[0], 'TEMPLATE');
    // BigQuery by default: GA4's export, where the first template starts, lives there.
    const dialect = values.dialect ?? 'bigquery';
    const sql = SQL_TEMPLATES.find((t) => t.template === template && t.dialect === dialect)?.sql ?? '';
    process.stdout.write(sql.endsWith('\n') ? sql : `${sql}\n`);
    return 0;
  });
}
