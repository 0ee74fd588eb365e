// The management scorecard (issue 15): the pinned KPIs, each with its latest complete period against its goal, the
// trend, the change and the alert; a review kept of it, and what changed since that review. Pure: the caller passes
// the KPIs, the goals' judgements and the alerts it already has (goals.ts), and today's date.
import { msg, type Msg } from '../messages';
import { judgedPeriods, type GoalJudgement, type GoalState } from './goals';
import type { Alert, GoalPer, Kpi, KpiName, KpiUnit } from './types';

/** A goal as set: `target` in every `per` period, or by `deadline` (yyyy-mm-dd) with per 'total'. */
export interface ScorecardGoal {
  target: number;
  per: GoalPer;
  deadline?: string;
}

export interface ScorecardRow {
  kpi: KpiName;
  unit: KpiUnit;
  /** The latest complete (and mature) period with a value, and that value; null when there is none yet. */
  period: string | null;
  value: number | null;
  /** That period against the one before it, as a ratio (+0.1 = 10 % up); null for the first or after a 0. */
  changeRatio: number | null;
  /** That period minus the one before it, in the KPI's unit; null for the first. */
  change: number | null;
  /** Every period's value, oldest first, for the trend line. */
  trend: (number | null)[];
  /** Index in `trend` of the first period not judged yet (drawn dashed); null when all are. */
  openFrom: number | null;
  goal: (ScorecardGoal & { atLeast: boolean }) | null;
  /** The goal's state, judged on its own period (goals.ts); null without a goal or while it is being judged. */
  state: GoalState | null;
  /** What the goal was judged on: a period's value, or a total projected (or reached) by the deadline. */
  judged: { period: string | null; value: number | null; progress: number } | null;
  alert: { direction: 'above' | 'below'; limit: number; value: number } | null;
}

export interface ScorecardInput {
  /** The pinned KPIs, in pin order. */
  kpis: readonly Kpi[];
  /** The view's unfinished periods. */
  incomplete: readonly string[];
  goals: Readonly<Partial<Record<KpiName, ScorecardGoal>>>;
  judgements: ReadonlyMap<KpiName, GoalJudgement | null>;
  alerts: readonly Alert[];
}

/** One row per pinned KPI. Does not mutate its inputs. */
export function scorecardRows({ kpis, incomplete, goals, judgements, alerts }: ScorecardInput): ScorecardRow[] {
  return kpis.map((k) => {
    const head = judgedPeriods(k, incomplete).at(-1) ?? null;
    const periods = k.byPeriod ?? [];
    const skip = new Set([...incomplete, ...(k.immature ?? [])]);
    const open = periods.findIndex((p) => skip.has(p.period));
    const goal = Object.hasOwn(goals, k.name) ? goals[k.name] : undefined;
    const j = judgements.get(k.name) ?? null;
    const a = alerts.find((x) => x.kpi === k.name);
    return {
      kpi: k.name, unit: k.unit,
      period: head?.period ?? null,
      // A KPI without periods (NPS over the whole data) shows its overall value.
      value: head?.value ?? (periods.length === 0 ? k.value : null),
      changeRatio: head?.changeRatio ?? null,
      change: head?.change ?? null,
      trend: periods.map((p) => p.value),
      openFrom: open < 0 ? null : open,
      goal: goal ? { ...goal, atLeast: j?.atLeast ?? k.higherIsBetter } : null,
      state: goal && j ? j.state : null,
      judged: goal && j ? { period: j.period, value: j.value, progress: j.progress } : null,
      alert: a ? { direction: a.direction, limit: a.limit, value: a.value } : null,
    };
  });
}

/** How far a judged goal is from being met: 0 when met or on track, up to 1 (none of the way). */
const shortfall = (r: ScorecardRow) => (r.state === 'missed' || r.state === 'offTrack' ? 1 - (r.judged?.progress ?? 0) : 0);

/**
 * The scorecard's finding, one sentence: the pinned KPI furthest from its goal (by the share of the goal still
 * missing), or how many goals are met or on track when none is missed; null when no pinned KPI has a judged goal.
 */
export function scorecardFinding(rows: readonly ScorecardRow[], currency: string): Msg | null {
  const judged = rows.filter((r) => r.goal && r.state && r.state !== 'notYet' && r.judged?.value !== null && r.judged?.value !== undefined);
  if (judged.length === 0) return null;
  const off = judged.filter((r) => shortfall(r) > 0);
  if (off.length === 0) return msg('kpi.scorecardAllGood', { count: judged.length, of: rows.length });
  // The largest shortfall; a tie goes to the KPI pinned first.
  const worst = off.reduce((a, b) => (shortfall(b) > shortfall(a) ? b : a));
  return msg('kpi.scorecardWorst', {
    kpi: worst.kpi, unit: worst.unit, currency, value: worst.judged!.value!, target: worst.goal!.target, atLeast: worst.goal!.atLeast,
    period: worst.judged!.period, projected: worst.state === 'offTrack', others: off.length - 1,
  });
}

/** How often the pinned KPIs are reviewed. */
export type Rhythm = 'week' | 'month' | 'quarter';

/** A KPI as it stood at a review. */
export interface ReviewRow {
  kpi: KpiName;
  unit: KpiUnit;
  period: string | null;
  value: number | null;
  goal: (ScorecardGoal & { atLeast: boolean }) | null;
  state: GoalState | null;
  alert: ScorecardRow['alert'];
  /** What was said of it in the meeting. */
  comment: string;
}

/** A scorecard kept for a review: its date, each KPI as it stood with its comment, and what was learned. */
export interface Review {
  /** Unique within the log: the date, and a count for a second review on one day (2025-07-01, 2025-07-01-2). */
  id: string;
  /** yyyy-mm-dd. */
  date: string;
  /** The currency money was in. */
  currency: string;
  rows: ReviewRow[];
  /** Plan-do-check-act: what we learned and what we will do. */
  note: string;
}

/** The review of `rows` on `date`, with the comments by KPI; `taken` are the ids already in the log. Does not mutate its inputs. */
export function keepReview(rows: readonly ScorecardRow[], comments: ReadonlyMap<KpiName, string>, note: string, date: string, currency: string, taken: readonly string[] = []): Review {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`invalid review date: ${date}`);
  let id = date;
  for (let n = 2; taken.includes(id); n++) id = `${date}-${n}`;
  return {
    id, date, currency, note: note.trim(),
    rows: rows.map((r) => ({ kpi: r.kpi, unit: r.unit, period: r.period, value: r.value, goal: r.goal ? { ...r.goal } : null, state: r.state, alert: r.alert ? { ...r.alert } : null, comment: (comments.get(r.kpi) ?? '').trim() })),
  };
}

/** What changed in one KPI since a review. */
export interface ReviewChange {
  kpi: KpiName;
  unit: KpiUnit;
  /** 'new': pinned since the review; 'dropped': no longer pinned; null: on both. */
  presence: 'new' | 'dropped' | null;
  before: { period: string | null; value: number | null; state: GoalState | null };
  after: { period: string | null; value: number | null; state: GoalState | null };
  /** after - before; null when either is missing. */
  delta: number | null;
  /** delta / |before|; null when before is 0 or missing. */
  ratio: number | null;
  /** The goal's state moved (met → missed); both states known. */
  stateChanged: boolean;
  /** The alert came on (true), went off (false), or stayed as it was (null). */
  alertChanged: boolean | null;
}

/** Each KPI of today's scorecard against the review, then the KPIs the review had that are no longer pinned. Does not mutate its inputs. */
export function sinceReview(review: Review, rows: readonly ScorecardRow[]): ReviewChange[] {
  const then = new Map(review.rows.map((r) => [r.kpi, r]));
  const now = new Set(rows.map((r) => r.kpi));
  const change = (b: ReviewRow | undefined, a: ScorecardRow | undefined): ReviewChange => {
    const before = { period: b?.period ?? null, value: b?.value ?? null, state: b?.state ?? null };
    const after = { period: a?.period ?? null, value: a?.value ?? null, state: a?.state ?? null };
    const delta = a && b && before.value !== null && after.value !== null ? after.value - before.value : null;
    return {
      kpi: (a ?? b)!.kpi, unit: (a ?? b)!.unit, presence: !b ? 'new' : !a ? 'dropped' : null, before, after, delta,
      ratio: delta !== null && before.value ? delta / Math.abs(before.value) : null,
      stateChanged: !!a && !!b && before.state !== null && after.state !== null && before.state !== after.state,
      alertChanged: !a || !b || !!a.alert === !!b.alert ? null : !!a.alert,
    };
  };
  return [...rows.map((r) => change(then.get(r.kpi), r)), ...review.rows.filter((r) => !now.has(r.kpi)).map((r) => change(r, undefined))];
}

/** The date (yyyy-mm-dd) a week, month or quarter after `last`; a month from 31 January is the last of February. */
export function nextReview(last: string, rhythm: Rhythm): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(last);
  if (!m) throw new Error(`invalid review date: ${last}`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
  if (rhythm === 'week') return new Date(Date.UTC(y, mo, d + 7)).toISOString().slice(0, 10);
  const months = rhythm === 'month' ? 1 : 3;
  const lastDay = new Date(Date.UTC(y, mo + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, mo + months, Math.min(d, lastDay))).toISOString().slice(0, 10);
}
