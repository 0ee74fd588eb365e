// Per-user experiment rows -> per-variant sufficient statistics (n, sums, squares, cross-products) of every metric,
// like GrowthBook's contract: every test then runs on the sums. Each flag column is a conversion metric, each
// number column a value metric. Rows of one user are merged; a row that repeats an earlier row of its user exactly
// is not counted again; a user seen in two variants is left out (the split is broken for them). All are counted.
import type { ExperimentArm, ExperimentPoint, UserExclusions } from '../types';

export interface UserRow {
  /** The row's index in the table (for `rowKey` and for naming the rows left out). */
  index: number;
  user: string;
  variant: string;
  /** One cell per conversion column, in column order. */
  flags: readonly (boolean | undefined)[];
  /** One cell per value column, in column order. */
  values: readonly (number | undefined)[];
  pre?: number;
  time?: number;
}

/** The outcome columns' names: each is one metric. */
export interface UserMetrics {
  conversions: readonly string[];
  values: readonly string[];
  /** True when a pre-period column feeds CUPED. */
  pre: boolean;
}

export interface ReducedUsers {
  arms: ExperimentArm[];
  series?: ExperimentPoint[];
  exclusions: Omit<UserExclusions, 'rowsWithoutVariant'>;
  /** Table row indices not used, with why. */
  dropped: { index: number; reason: 'duplicate_row' | 'user_in_two_variants' }[];
}

interface User {
  variant: string; flags: boolean[]; values: number[]; pre: number; hasPre: boolean; time: number;
  first: number; keys?: Set<string>; rows: number;
}

const DAY = 86_400_000;

function arm(metric: string, measure: 'rate' | 'mean', variant: string, value: boolean, pre: boolean): ExperimentArm {
  return {
    metric, ...(measure === 'mean' ? { measure } : {}), variant, users: 0, conversions: 0,
    revenue: value ? 0 : undefined, revenueSquares: value ? 0 : undefined,
    pre: pre ? 0 : undefined, preSquares: pre ? 0 : undefined, preRevenue: pre ? 0 : undefined,
  };
}

/** Adds one user to an arm: `converted` and `value` are what this metric reads of the user. */
function add(a: ExperimentArm, u: User, converted: boolean, value: number): void {
  a.users++;
  if (converted) a.conversions++;
  if (a.revenue !== undefined) { a.revenue += value; a.revenueSquares = (a.revenueSquares ?? 0) + value * value; }
  if (a.pre !== undefined) {
    a.pre += u.pre;
    a.preSquares = (a.preSquares ?? 0) + u.pre * u.pre;
    a.preRevenue = (a.preRevenue ?? 0) + u.pre * value;
  }
}

/** One metric: its arms in variant order and how a user adds to it. */
interface Metric { arms: (variants: readonly string[]) => ExperimentArm[]; read: (u: User) => [boolean, number] }

function metricsOf(m: UserMetrics): Metric[] {
  const conversions = m.conversions.map((name, i): Metric => {
    // The first conversion metric carries the first value column too: revenue per user and CUPED beside the rate.
    const withValue = i === 0 && m.values.length > 0;
    return { arms: (vs) => vs.map((v) => arm(name, 'rate', v, withValue, withValue && m.pre)), read: (u) => [u.flags[i], withValue ? u.values[0] : 0] };
  });
  const values = m.values.map((name, j): Metric => ({
    arms: (vs) => vs.map((v) => arm(name, 'mean', v, true, m.pre)), read: (u) => [u.values[j] > 0, u.values[j]],
  }));
  return [...conversions, ...values];
}

/**
 * Reduces user rows (file order) to arms, metric by metric, variants in order of first appearance, plus a daily
 * cumulative series (every metric's arms each day) when every user has a time. `rowKey` gives a row's cells as one
 * text, to tell an exact repeat from a user's second visit. Does not mutate its inputs.
 */
export function reduceUsers(rows: readonly UserRow[], metrics: UserMetrics, rowKey: (index: number) => string): ReducedUsers {
  const users = new Map<string, User | null>();
  const dropped: ReducedUsers['dropped'] = [];
  const order: string[] = [];
  let duplicateRows = 0;
  // A first conversion column's empty cell reads the first value column: converted when the value is above 0.
  const valueConverts = metrics.values.length > 0;
  for (const row of rows) {
    if (!order.includes(row.variant)) order.push(row.variant);
    const seen = users.get(row.user);
    if (seen === null) continue;
    const flags = row.flags.map((f, i) => f ?? (i === 0 && valueConverts && (row.values[0] ?? 0) > 0));
    const values = row.values.map((v) => v ?? 0);
    if (seen === undefined) {
      users.set(row.user, { variant: row.variant, flags, values, pre: row.pre ?? 0, hasPre: row.pre !== undefined, time: row.time ?? NaN, first: row.index, rows: 1 });
    } else if (seen.variant !== row.variant) {
      users.set(row.user, null);
    } else {
      seen.keys ??= new Set([rowKey(seen.first)]);
      const key = rowKey(row.index);
      if (seen.keys.has(key)) { duplicateRows++; dropped.push({ index: row.index, reason: 'duplicate_row' }); continue; }
      seen.keys.add(key);
      seen.rows++;
      flags.forEach((f, i) => { seen.flags[i] ||= f; });
      values.forEach((v, j) => { seen.values[j] += v; });
      if (row.pre !== undefined && !seen.hasPre) { seen.pre = row.pre; seen.hasPre = true; }
      if (row.time !== undefined && !(row.time >= seen.time)) seen.time = row.time;
    }
  }
  // Second pass: every row of a user seen in two variants is named, not only the rows after the switch.
  let rowsInTwoVariants = 0;
  for (const row of rows) {
    if (users.get(row.user) !== null) continue;
    rowsInTwoVariants++;
    dropped.push({ index: row.index, reason: 'user_in_two_variants' });
  }
  dropped.sort((a, b) => a.index - b.index);
  const kept: User[] = [];
  let usersInTwoVariants = 0, repeatedUsers = 0;
  for (const u of users.values()) {
    if (u === null) { usersInTwoVariants++; continue; }
    if (u.rows > 1) repeatedUsers++;
    kept.push(u);
  }
  // File order of first appearance; a variant whose every user was left out has nothing to test.
  const variants = order.filter((v) => kept.some((u) => u.variant === v));
  const list = metricsOf(metrics);
  const index = new Map(variants.map((v, i) => [v, i]));
  const fill = (target: ExperimentArm[][], u: User) => list.forEach((m, k) => add(target[k][index.get(u.variant) as number], u, ...m.read(u)));
  const arms = list.map((m) => m.arms(variants));
  for (const u of kept) fill(arms, u);
  const exclusions = { usersInTwoVariants, rowsInTwoVariants, duplicateRows, repeatedUsers };
  const result = { arms: arms.flat(), exclusions, dropped };
  if (kept.length === 0 || kept.some((u) => Number.isNaN(u.time))) return result;
  const timed = [...kept].sort((a, b) => a.time - b.time);
  const running = list.map((m) => m.arms(variants));
  const series: ExperimentPoint[] = [];
  let day = Math.floor(timed[0].time / DAY);
  const snapshot = () => series.push({ time: (day + 1) * DAY, arms: running.flat().map((a) => ({ ...a })) });
  for (const u of timed) {
    const d = Math.floor(u.time / DAY);
    if (d !== day) { snapshot(); day = d; }
    fill(running, u);
  }
  snapshot();
  return { ...result, series };
}
