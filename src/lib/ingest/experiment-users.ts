// Per-user experiment rows -> per-variant sufficient statistics (n, sums, squares, cross-products), like
// GrowthBook's contract: every test then runs on the sums. Rows of one user are merged; a user seen in two
// variants is left out (the split is broken for them) and counted.
import type { ExperimentArm, ExperimentPoint } from '../types';

export interface UserRow {
  user: string;
  variant: string;
  converted?: boolean;
  value?: number;
  pre?: number;
  time?: number;
}

interface User { variant: string; converted: boolean; value: number; pre: number; hasPre: boolean; time: number }

const DAY = 86_400_000;

function emptyArm(variant: string, hasValue: boolean, hasPre: boolean): ExperimentArm {
  return {
    metric: 'conversion', variant, users: 0, conversions: 0,
    revenue: hasValue ? 0 : undefined, revenueSquares: hasValue ? 0 : undefined,
    pre: hasPre ? 0 : undefined, preSquares: hasPre ? 0 : undefined, preRevenue: hasPre ? 0 : undefined,
  };
}

function add(arm: ExperimentArm, u: User): void {
  arm.users++;
  if (u.converted) arm.conversions++;
  if (arm.revenue !== undefined) { arm.revenue += u.value; arm.revenueSquares = (arm.revenueSquares ?? 0) + u.value * u.value; }
  if (arm.pre !== undefined) {
    arm.pre += u.pre;
    arm.preSquares = (arm.preSquares ?? 0) + u.pre * u.pre;
    arm.preRevenue = (arm.preRevenue ?? 0) + u.pre * u.value;
  }
}

/** Reduces user rows (file order) to arms in order of first appearance, plus a daily cumulative series when timed. */
export function reduceUsers(rows: readonly UserRow[], hasValue: boolean, hasPre: boolean): { arms: ExperimentArm[]; series?: ExperimentPoint[]; excludedUsers: number } {
  const users = new Map<string, User | null>();
  const variants: string[] = [];
  for (const row of rows) {
    if (!variants.includes(row.variant)) variants.push(row.variant);
    const seen = users.get(row.user);
    if (seen === null) continue;
    const value = row.value ?? 0;
    if (seen === undefined) {
      users.set(row.user, { variant: row.variant, converted: row.converted ?? value > 0, value, pre: row.pre ?? 0, hasPre: row.pre !== undefined, time: row.time ?? NaN });
    } else if (seen.variant !== row.variant) {
      users.set(row.user, null);
    } else {
      seen.converted ||= row.converted ?? value > 0;
      seen.value += value;
      if (row.pre !== undefined && !seen.hasPre) { seen.pre = row.pre; seen.hasPre = true; }
      if (row.time !== undefined && !(row.time >= seen.time)) seen.time = row.time;
    }
  }
  const arms = variants.map((v) => emptyArm(v, hasValue, hasPre));
  const index = new Map(variants.map((v, i) => [v, i]));
  let excludedUsers = 0;
  const timed: User[] = [];
  for (const u of users.values()) {
    if (u === null) { excludedUsers++; continue; }
    add(arms[index.get(u.variant) as number], u);
    if (!Number.isNaN(u.time)) timed.push(u);
  }
  const keep = arms.map((a) => a.users > 0); // a variant whose every user was excluded has nothing to test
  const kept = <T>(list: T[]) => list.filter((_, i) => keep[i]);
  if (timed.length === 0 || timed.length < users.size - excludedUsers) return { arms: kept(arms), excludedUsers };
  timed.sort((a, b) => a.time - b.time);
  const running = variants.map((v) => emptyArm(v, hasValue, hasPre));
  const series: ExperimentPoint[] = [];
  let day = Math.floor(timed[0].time / DAY);
  const snapshot = () => series.push({ time: (day + 1) * DAY, arms: kept(running).map((a) => ({ ...a })) });
  for (const u of timed) {
    const d = Math.floor(u.time / DAY);
    if (d !== day) { snapshot(); day = d; }
    add(running[index.get(u.variant) as number], u);
  }
  snapshot();
  return { arms: kept(arms), series, excludedUsers };
}
