// SMART goals: progress towards a target, a straight-line projection to the deadline, and threshold alerts. Goals
// and alerts know their KPI's direction (lower CPL is better) and judge only complete, mature periods.
import { KPI_DEFINITIONS } from './definitions';
import { parsePeriodLabel } from './period';
import type { Alert, Goal, Kpi, KpiGoal, KpiName, PeriodValue, Threshold } from './types';

export interface GoalProgress {
  /** (current - baseline) / (target - baseline): 0 at the start, 1 at the target; null without data. */
  progress: number | null;
  current: number | null;
  baseline: number | null;
  /** The least-squares line through the baseline (at goal.start) and the points, evaluated at the deadline. */
  projected: number | null;
  /** True when the projection reaches the target by the deadline (at or below it when the goal is to go down). */
  onTrack: boolean | null;
  /** When the line crosses the target (ms UTC); null when it never does (flat or going the wrong way). */
  reachTime: number | null;
  /** Where a steady pace from baseline to target would be at the last point's time. */
  expectedNow: number | null;
}

/** Least-squares slope and intercept of (t, v); null when fewer than two distinct times. */
function line(points: readonly { time: number; value: number }[]): { a: number; b: number } | null {
  const n = points.length;
  if (n < 2) return null;
  const mt = points.reduce((s, p) => s + p.time, 0) / n, mv = points.reduce((s, p) => s + p.value, 0) / n;
  let sxx = 0, sxy = 0;
  for (const p of points) { sxx += (p.time - mt) ** 2; sxy += (p.time - mt) * (p.value - mv); }
  if (sxx === 0) return null;
  const b = sxy / sxx;
  return { a: mv - b * mt, b };
}

/**
 * Progress of a goal from a KPI's series (time = period start or end, value = KPI value; null values dropped).
 * The baseline is goal.baseline at goal.start, else the first point. Does not mutate its inputs.
 */
export function goalProgress(goal: Goal, series: readonly { time: number; value: number | null }[]): GoalProgress {
  const pts = series.filter((p): p is { time: number; value: number } => p.value !== null && Number.isFinite(p.value)).sort((x, y) => x.time - y.time);
  const baseline = goal.baseline ?? (pts.length ? pts[0].value : null);
  const current = pts.length ? pts[pts.length - 1].value : null;
  if (baseline === null || current === null) return { progress: null, current, baseline, projected: null, onTrack: null, reachTime: null, expectedNow: null };
  const span = goal.target - baseline;
  const progress = span === 0 ? (current === goal.target ? 1 : 0) : (current - baseline) / span;
  const fitPts = goal.baseline !== undefined ? [{ time: goal.start, value: goal.baseline }, ...pts.filter((p) => p.time !== goal.start)] : pts;
  const fit = line(fitPts);
  const up = goal.target >= baseline;
  const projected = fit ? fit.a + fit.b * goal.deadline : null;
  const onTrack = projected === null ? null : up ? projected >= goal.target : projected <= goal.target;
  const reachTime = fit && fit.b !== 0 && (fit.b > 0) === up ? (goal.target - fit.a) / fit.b : null;
  const lastTime = pts[pts.length - 1].time;
  const pace = goal.deadline === goal.start ? 1 : Math.min(1, Math.max(0, (lastTime - goal.start) / (goal.deadline - goal.start)));
  return { progress, current, baseline, projected, onTrack, reachTime, expectedNow: baseline + pace * span };
}

/** Periods that can be judged: complete (the data reaches their end) and mature (cohorts old enough), with a value. */
export function judgedPeriods(kpi: Pick<Kpi, 'byPeriod' | 'immature'>, incomplete: readonly string[] = []): (PeriodValue & { value: number })[] {
  const skip = new Set([...incomplete, ...(kpi.immature ?? [])]);
  return (kpi.byPeriod ?? []).filter((p): p is PeriodValue & { value: number } => p.value !== null && Number.isFinite(p.value) && !skip.has(p.period));
}

/** The value an alert checks: the latest complete, mature period with a value, else the overall value. */
function latest(kpi: Kpi, incomplete: readonly string[]): { value: number | null; period?: string } {
  if (kpi.byPeriod && kpi.byPeriod.length > 0) {
    const last = judgedPeriods(kpi, incomplete).at(-1);
    return last ? { value: last.value, period: last.period } : { value: null };
  }
  return { value: kpi.value };
}

/**
 * Alerts for KPIs whose latest complete value is above `above` or below `below`. KPIs not computed are skipped; an
 * unfinished period (`incomplete`) or a young cohort never alerts.
 */
export function checkThresholds(thresholds: readonly Threshold[], kpis: Readonly<Partial<Record<KpiName, Kpi>>>, incomplete: readonly string[] = []): Alert[] {
  const out: Alert[] = [];
  for (const t of thresholds) {
    const kpi = Object.hasOwn(kpis, t.kpi) ? kpis[t.kpi] : undefined;
    if (!kpi) continue;
    const { value, period } = latest(kpi, incomplete);
    if (value === null) continue;
    const at = period === undefined ? {} : { period };
    if (t.above !== undefined && value > t.above) out.push({ kpi: t.kpi, value, limit: t.above, direction: 'above', ...at });
    if (t.below !== undefined && value < t.below) out.push({ kpi: t.kpi, value, limit: t.below, direction: 'below', ...at });
  }
  return out;
}

/** Met, missed (a period judged, or a total whose date has passed), on or off track (a total still running), or too early to say. */
export type GoalState = 'met' | 'missed' | 'onTrack' | 'offTrack' | 'notYet';

export interface GoalJudgement {
  state: GoalState;
  /** The period judged: the latest complete one (per-period goals), or the last one counted (totals). */
  period: string | null;
  /** The value judged: that period's value, or the total (or level) projected at the deadline, or reached by it. */
  value: number | null;
  /** Per-period goals: of the last (up to six) complete periods, how many met the goal. */
  record: { met: number; of: number } | null;
  /** Totals of sums: the total so far. */
  soFar: number | null;
  /** 0..1, how close `value` is to the goal in its direction (1 = met), for a bar. */
  progress: number;
  /** True when the goal is at least the target (higher is better), false when at most it. */
  atLeast: boolean;
}

/** The start and end (exclusive) of a period label, ms UTC. */
const spanOf = (label: string) => parsePeriodLabel(label);

/**
 * Judges a goal on a KPI's periods in the goal's own granularity (the caller passes the report of that granularity
 * for per-period goals). Direction comes from the KPI: at least the target when higher is better, at most it when
 * lower is. `dataEnd` is where the data ends (exclusive, ms UTC). Does not mutate its inputs.
 */
export function judgeGoal(goal: KpiGoal, kpi: Pick<Kpi, 'name' | 'higherIsBetter' | 'byPeriod' | 'immature' | 'value'>, incomplete: readonly string[], dataEnd: number | null): GoalJudgement {
  const atLeast = kpi.higherIsBetter;
  const better = (v: number) => (atLeast ? v >= goal.target : v <= goal.target);
  const closeness = (v: number | null) => {
    if (v === null) return 0;
    if (better(v)) return 1;
    if (atLeast) return goal.target > 0 ? Math.max(0, Math.min(1, v / goal.target)) : 0;
    return v > 0 ? Math.max(0, Math.min(1, goal.target / v)) : 0;
  };
  const judged = judgedPeriods(kpi, incomplete);
  const none: GoalJudgement = { state: 'notYet', period: null, value: null, record: null, soFar: null, progress: 0, atLeast };
  if (goal.per !== 'total') {
    const last = judged.at(-1);
    if (!last) return none;
    const recent = judged.slice(-6);
    return {
      state: better(last.value) ? 'met' : 'missed', period: last.period, value: last.value, soFar: null, atLeast,
      record: { met: recent.filter((p) => better(p.value)).length, of: recent.length }, progress: closeness(last.value),
    };
  }
  const deadline = goal.deadline;
  if (deadline === undefined || dataEnd === null) return none;
  const due = deadline + 86_400_000; // the deadline day counts
  const periods = (kpi.byPeriod ?? []).flatMap((p) => {
    const span = spanOf(p.period);
    return span && p.value !== null && Number.isFinite(p.value) ? [{ ...p, value: p.value, start: span.start, end: span.end }] : [];
  });
  if (KPI_DEFINITIONS[kpi.name]?.additive) {
    // A running total: what came in up to the deadline, plus the complete periods' pace for the time still to run.
    const counted = periods.filter((p) => p.start < due);
    const soFar = counted.reduce((s, p) => s + p.value, 0);
    const complete = counted.filter((p) => !incomplete.includes(p.period));
    const span = complete.reduce((s, p) => s + (p.end - p.start), 0);
    const pace = span > 0 ? complete.reduce((s, p) => s + p.value, 0) / span : 0;
    const left = Math.max(0, due - dataEnd);
    const value = soFar + pace * left;
    const last = counted.at(-1)?.period ?? null;
    if (left === 0) return { state: better(soFar) ? 'met' : 'missed', period: last, value: soFar, record: null, soFar, progress: closeness(soFar), atLeast };
    if (complete.length === 0) return { ...none, soFar };
    return { state: better(value) ? 'onTrack' : 'offTrack', period: last, value, record: null, soFar, progress: closeness(value), atLeast };
  }
  // A level (CPL, conversion rate, NPS): the complete periods' straight line, read at the deadline; once the
  // deadline has passed, the last complete period up to it.
  const usable = periods.filter((p) => judged.some((j) => j.period === p.period));
  if (usable.length === 0) return none;
  if (dataEnd >= due) {
    const last = usable.filter((p) => p.start < due).at(-1) ?? usable[0];
    return { state: better(last.value) ? 'met' : 'missed', period: last.period, value: last.value, record: null, soFar: null, progress: closeness(last.value), atLeast };
  }
  const fit = line(usable.map((p) => ({ time: (p.start + p.end) / 2, value: p.value })));
  const value = fit ? fit.a + fit.b * due : usable[usable.length - 1].value;
  return { state: better(value) ? 'onTrack' : 'offTrack', period: usable[usable.length - 1].period, value, record: null, soFar: null, progress: closeness(value), atLeast };
}
