// The metrics beside the primary one: every variant against the control on each, with the p-values adjusted across
// all of them together (Holm or Benjamini–Hochberg), so that watching many metrics does not find a winner by chance.
import type { ExperimentArm } from '../types';
import { momentsFromSums, welch } from './means';
import { adjust, type Correction } from './multiple';
import { compareProportions } from './proportions';

/** One variant against the control on one secondary metric. */
export interface SecondaryRow {
  metric: string;
  /** 'rate': a conversion metric (pooled z-test); 'mean': a value metric (Welch's t-test on the per-user mean). */
  measure: 'rate' | 'mean';
  variant: string;
  control: string;
  /** The control's and the variant's rate or mean. */
  controlValue: number;
  variantValue: number;
  /** variant / control − 1; null when the control's is 0. */
  relLift: number | null;
  pValue: number;
  /** Adjusted across every row of the table. */
  pValueAdjusted: number;
  significant: boolean;
}

/** Why a metric has no row: an arm missing, too few users, or a value metric without sums of squares. */
const usable = (a: ExperimentArm | undefined, mean: boolean): a is ExperimentArm =>
  a !== undefined && a.users >= 2 && (!mean || (a.revenue !== undefined && a.revenueSquares !== undefined));

/**
 * Every metric but `primary`, each variant against `control`, in metric then variant order. Metrics whose arms
 * cannot be compared (a variant missing from it, fewer than 2 users) are left out. Does not mutate `arms`.
 */
export function secondaryMetrics(arms: readonly ExperimentArm[], primary: string, control: string, alpha: number, correction: Correction): SecondaryRow[] {
  const metrics = [...new Set(arms.map((a) => a.metric))].filter((m) => m !== primary);
  const raw: Omit<SecondaryRow, 'pValueAdjusted' | 'significant'>[] = [];
  for (const metric of metrics) {
    const own = arms.filter((a) => a.metric === metric);
    const mean = own.some((a) => a.measure === 'mean');
    const c = own.find((a) => a.variant === control);
    if (!usable(c, mean)) continue;
    for (const v of own) {
      if (v === c || !usable(v, mean)) continue;
      if (mean) {
        const a = momentsFromSums(c.users, c.revenue as number, c.revenueSquares as number);
        const b = momentsFromSums(v.users, v.revenue as number, v.revenueSquares as number);
        const w = welch(a, b, alpha);
        raw.push({ metric, measure: 'mean', variant: v.variant, control, controlValue: a.mean, variantValue: b.mean, relLift: w.relLift, pValue: w.pValue });
      } else {
        const f = compareProportions(c, v, alpha);
        raw.push({ metric, measure: 'rate', variant: v.variant, control, controlValue: f.rateControl, variantValue: f.rateVariant, relLift: f.relLift, pValue: f.pValue });
      }
    }
  }
  const adjusted = adjust(raw.map((r) => r.pValue), correction);
  return raw.map((r, i) => ({ ...r, pValueAdjusted: adjusted[i], significant: adjusted[i] < alpha }));
}
