// Typed role columns -> the arms of an A/B test: one row per variant (and metric), or one row per user reduced to sums.
import type { DatasetData, ExperimentArm, RowIssue } from '../types';
import type { RoleColumns, TypedColumn } from './columns';
import { num, text } from './getters';
import { reduceUsers, type UserRow } from './experiment-users';

export function experiment(cols: RoleColumns, rowNumbers: Int32Array): DatasetData {
  const variant = text(cols, 'variant'), metric = text(cols, 'metric'), users = num(cols, 'users');
  const conv = num(cols, 'conversions'), revenue = num(cols, 'revenue'), squares = num(cols, 'revenue_ss'), weight = num(cols, 'weight');
  const arms: ExperimentArm[] = [];
  for (let r = 0; r < rowNumbers.length; r++) {
    if (!cols.valid[r]) continue;
    arms.push({ metric: metric(r) ?? 'conversion', variant: variant(r) as string, users: users(r) ?? 0, conversions: conv(r) ?? 0, revenue: revenue(r), revenueSquares: squares(r), weight: weight(r) });
  }
  return { kind: 'experiment', arms };
}

/** Per-user rows reduced to per-variant sums of every outcome column; see experiment-users.ts. */
export function experimentUsers(cols: RoleColumns, rowNumbers: Int32Array, issues: RowIssue[], rowKey: (r: number) => string): DatasetData {
  const user = text(cols, 'user_id'), variant = text(cols, 'variant'), pre = num(cols, 'pre_value'), time = num(cols, 'timestamp');
  const flagCols = (cols.all.get('converted') ?? []).filter((c): c is Extract<TypedColumn, { type: 'flag' }> => c.type === 'flag');
  const valueCols = (cols.all.get('revenue') ?? []).filter((c): c is Extract<TypedColumn, { type: 'number' | 'date' }> => c.type === 'number');
  const flags = flagCols.map((c) => (r: number) => (c.values[r] === -1 ? undefined : c.values[r] === 1));
  const values = valueCols.map((c) => (r: number) => (Number.isNaN(c.values[r]) ? undefined : c.values[r]));
  const rows: UserRow[] = [];
  let rowsWithoutVariant = 0;
  for (let r = 0; r < rowNumbers.length; r++) {
    if (variant(r) === undefined) rowsWithoutVariant++;
    if (!cols.valid[r]) continue;
    rows.push({ index: r, user: user(r) as string, variant: variant(r) as string, flags: flags.map((f) => f(r)), values: values.map((v) => v(r)), pre: pre(r), time: time(r) });
  }
  const metrics = { conversions: flagCols.map((c) => c.name), values: valueCols.map((c) => c.name), pre: cols.byRole.has('pre_value') };
  const { dropped, exclusions, ...reduced } = reduceUsers(rows, metrics, rowKey);
  const userColumn = cols.byRole.get('user_id')?.name;
  for (const d of dropped) issues.push({ row: rowNumbers[d.index], column: userColumn, value: user(d.index), reason: d.reason });
  return { kind: 'experiment_users', ...reduced, excludedUsers: exclusions.usersInTwoVariants, exclusions: { ...exclusions, rowsWithoutVariant } };
}
