// What the KPI view's funnel and cycle charts find, in one sentence for a slide (issue 15). Pure; O(steps).
import { msg, type Msg } from '../messages';
import type { FunnelStep } from './contacts';
import type { CycleStats } from './cycle';

/**
 * The funnel step that keeps the smallest share of its journeys to the next step, as a sentence: the step, the next
 * one, the share kept and how many were lost. Null when no step has a rate (fewer than two known steps, or no one
 * at a step). Ties keep the earlier step. Does not mutate its inputs.
 */
export function funnelFinding(steps: readonly { step: FunnelStep; count: number | null; rate: number | null }[]): Msg | null {
  let worst = -1;
  for (let i = 0; i < steps.length - 1; i++) {
    const r = steps[i].rate;
    if (r === null || !Number.isFinite(r) || !steps[i].count) continue;
    if (worst < 0 || r < (steps[worst].rate as number)) worst = i;
  }
  if (worst < 0) return null;
  const from = steps[worst], to = steps[worst + 1];
  return msg('kpi.findingFunnel', { from: from.step, to: to.step, rate: from.rate as number, lost: Math.max(0, (from.count ?? 0) - (to.count ?? 0)) });
}

/**
 * How long half of the won deals took, and how long the slowest tenth took, as a sentence: `sales` for deal
 * created → won, else lead → won; days to a tenth. Null with fewer than 3 deals (a median of two is not a finding).
 */
export function cycleFinding(stats: CycleStats, sales: boolean): Msg | null {
  if (stats.count < 3 || stats.median === null || stats.p90 === null) return null;
  const tenth = (x: number) => Math.round(x * 10) / 10;
  return msg('kpi.findingCycle', { median: tenth(stats.median), p90: tenth(stats.p90), count: stats.count, sales });
}
