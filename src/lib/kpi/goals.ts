// SMART goals: progress towards a target, a straight-line projection to the deadline, and threshold alerts.
import type { Alert, Goal, Kpi, KpiName, Threshold } from './types';

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

/** The value an alert checks: the latest period with a value, else the overall value. */
function latest(kpi: Kpi): { value: number | null; period?: string } {
  const last = kpi.byPeriod?.filter((p) => p.value !== null).at(-1);
  return last ? { value: last.value, period: last.period } : { value: kpi.value };
}

/** Alerts for KPIs whose latest value is above `above` or below `below`. KPIs not computed are skipped. */
export function checkThresholds(thresholds: readonly Threshold[], kpis: Readonly<Partial<Record<KpiName, Kpi>>>): Alert[] {
  const out: Alert[] = [];
  for (const t of thresholds) {
    const kpi = kpis[t.kpi];
    if (!kpi) continue;
    const { value, period } = latest(kpi);
    if (value === null) continue;
    const at = period === undefined ? {} : { period };
    if (t.above !== undefined && value > t.above) out.push({ kpi: t.kpi, value, limit: t.above, direction: 'above', ...at });
    if (t.below !== undefined && value < t.below) out.push({ kpi: t.kpi, value, limit: t.below, direction: 'below', ...at });
  }
  return out;
}
