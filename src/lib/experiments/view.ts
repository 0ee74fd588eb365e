// Everything the experiment view shows for one dataset: the analysis of the chosen metric, posterior curves and,
// for per-user files with timestamps, sequential monitoring of each variant against the control.
import type { ExperimentArm, ExperimentPoint } from '../types';
import { analyzeExperiment, armsProblem } from './analyze';
import type { Msg } from '../messages';
import { posteriorCurves, type DensityCurve } from './posterior-curve';
import { sequentialSeries, type SequentialSeries } from './sequential';
import type { AnalyzeOptions, ExperimentResult } from './types';
import { peekingWarning } from './peeking';
import { secondaryMetrics, type SecondaryRow } from './secondary';

export interface ExperimentRequest extends AnalyzeOptions {
  /** Metric to analyse when the file holds several; the first by default. */
  metric?: string;
  /** Users per arm the test was planned for: reading it before then gets a peeking warning. */
  plannedPerArm?: number | null;
}

export interface ExperimentView {
  metrics: string[];
  /** The primary metric: the one the verdicts, charts and sequential monitoring are about. */
  metric: string;
  /** 'mean' when the primary metric is a per-user number (its mean is in `result.comparisons[].revenue`). */
  measure: 'rate' | 'mean';
  /** Every other metric against the control, p-values adjusted across them all. */
  secondary: SecondaryRow[];
  result: ExperimentResult;
  posterior: DensityCurve[];
  /** Per non-control variant; null without a timestamp column. */
  sequential: { variant: string; series: SequentialSeries }[] | null;
  /** Users seen in more than one variant, left out of every number. */
  excludedUsers: number;
  /** Cumulative conversion rate of each arm at the end of each day; null without timestamps. */
  cumulative: { variant: string; x: number[]; y: number[] }[] | null;
  /** Set when the test is read before its planned size (see peeking.ts). */
  peeking: Msg | null;
}

export type ExperimentOutcome = { ok: true; view: ExperimentView } | { ok: false; reason: Msg };

export function experimentView(data: { arms: readonly ExperimentArm[]; series?: readonly ExperimentPoint[]; excludedUsers?: number }, request: ExperimentRequest = {}): ExperimentOutcome {
  const metrics = [...new Set(data.arms.map((a) => a.metric))];
  const metric = request.metric && metrics.includes(request.metric) ? request.metric : metrics[0];
  const arms = data.arms.filter((a) => a.metric === metric);
  const series = data.series?.map((p) => ({ time: p.time, arms: p.arms.filter((a) => a.metric === metric) }));
  const problem = armsProblem(arms, request);
  if (problem) return { ok: false, reason: problem };
  const result = analyzeExperiment(arms, request);
  const posterior = posteriorCurves(arms, result.prior);
  let sequential: ExperimentView['sequential'] = null;
  if (series && series.length > 0) {
    const controlAt = (p: ExperimentPoint) => p.arms.find((a) => a.variant === result.control);
    sequential = result.comparisons.map(({ variant }) => ({
      variant,
      series: sequentialSeries(
        series!.flatMap((p) => {
          const c = controlAt(p), v = p.arms.find((a) => a.variant === variant);
          return c && v ? [{ time: p.time, control: { n: c.users, sum: c.conversions }, variant: { n: v.users, sum: v.conversions } }] : [];
        }),
        { alpha: result.alpha, worthwhile: request.worthwhile },
      ),
    }));
  }
  const cumulative = series && series.length > 0
    ? arms.map((arm) => {
        const points = series!.flatMap((p) => p.arms.filter((a) => a.variant === arm.variant && a.users > 0).map((a) => [p.time, a.conversions / a.users] as const));
        return { variant: arm.variant, x: points.map((p) => p[0]), y: points.map((p) => p[1]) };
      })
    : null;
  const peeking = peekingWarning(arms.map((a) => a.users), request.plannedPerArm);
  const measure = arms.some((a) => a.measure === 'mean') ? 'mean' : 'rate';
  const secondary = secondaryMetrics(data.arms, metric, result.control, result.alpha, result.correction);
  return { ok: true, view: { metrics, metric, measure, secondary, result, posterior, sequential, excludedUsers: data.excludedUsers ?? 0, cumulative, peeking } };
}
