// One experiment (one metric), all arms: SRM, then every non-control arm against the control with
// frequentist, Bayesian, revenue and CUPED numbers, adjusted p-values, guards and a verdict per arm.
// Invalid input throws an Error whose message says what is wrong (armsProblem gives it as a Msg without throwing).
import { compareBayes, posterior } from './bayes';
import { probBestByIntegration } from './bayes-best';
import { controlProblem, findControl } from './control';
import { cuped, type CupedSums } from './cuped';
import { momentsFromSums, welch } from './means';
import { adjust, benjaminiHochberg, holm } from './multiple';
import { compareProportions, countsProblem } from './proportions';
import { msg, MsgError, type Msg } from '../messages';
import { srmTest } from './srm';
import type { AnalyzeOptions, Comparison, ExperimentResult, RevenueComparison } from './types';
import type { ArmStats } from '../types';
import { sizeGuard, srmOk, srmWarning, verdict } from './verdict';

/**
 * Arms compared at once: 100 take about 0.7 s; 1,000 took 72 s (probability-best integrates every arm against
 * every other) and overflowed the browser's stack.
 */
export const MAX_ARMS = 100;

/** Why the arms cannot be analysed, as a Msg, or null when they can. */
export function armsProblem(arms: readonly ArmStats[], options: AnalyzeOptions = {}): Msg | null {
  if (arms.length < 2) return msg('experiment.tooFewVariants', { count: arms.length });
  if (arms.length > MAX_ARMS) return msg('experiment.tooManyVariants', { count: arms.length, max: MAX_ARMS });
  const names = arms.map((a) => a.variant.trim().toLowerCase());
  const twice = names.find((n, i) => names.indexOf(n) !== i);
  if (twice !== undefined) return msg('experiment.duplicateVariant', { name: twice });
  for (const a of arms) {
    const counts = countsProblem(a, a.variant);
    if (counts) return counts;
  }
  const control = controlProblem(arms.map((a) => a.variant), options.control);
  if (control) return control;
  const alpha = options.alpha ?? 0.05;
  if (!(alpha > 0 && alpha < 1)) return msg('experiment.badAlpha', { alpha });
  if (options.weights && options.weights.length !== arms.length) return msg('experiment.weightCount', { weights: options.weights.length, arms: arms.length });
  if (options.weights?.some((w) => !(w > 0 && Number.isFinite(w)))) return msg('experiment.badWeights', { weights: options.weights });
  if (options.worthwhile !== undefined && options.worthwhile !== null && !(options.worthwhile > 0 && options.worthwhile < 10)) return msg('experiment.badWorthwhile', { worthwhile: options.worthwhile });
  if (options.prior && !(options.prior[0] > 0 && options.prior[1] > 0)) return msg('experiment.badPrior', { prior: options.prior });
  return null;
}

const hasRevenue = (a: ArmStats) => a.revenue !== undefined && a.revenueSquares !== undefined && a.users >= 2;
const hasPre = (a: ArmStats) => hasRevenue(a) && a.pre !== undefined && a.preSquares !== undefined && a.preRevenue !== undefined;
const cupedSums = (a: ArmStats): CupedSums => ({
  n: a.users, sumY: a.revenue as number, sumY2: a.revenueSquares as number,
  sumX: a.pre as number, sumX2: a.preSquares as number, sumXY: a.preRevenue as number,
});

function revenueOf(control: ArmStats, variant: ArmStats, alpha: number): RevenueComparison {
  const a = momentsFromSums(control.users, control.revenue as number, control.revenueSquares as number);
  const b = momentsFromSums(variant.users, variant.revenue as number, variant.revenueSquares as number);
  const w = welch(a, b, alpha);
  return { controlMean: a.mean, variantMean: b.mean, t: w.t, df: w.df, pValue: w.pValue, absDiff: w.absDiff, absCi: w.absCi, relLift: w.relLift, relCi: w.relCi };
}

/**
 * Futility (one-sided) or equivalence (both sides): the relative interval's upper end is below the smallest lift
 * worth having, for a comparison that is not significant and has enough data. Null otherwise.
 */
export function futility(ci: [number, number] | null, significant: boolean, enoughData: boolean, margin: number | null | undefined): { margin: number; equivalent: boolean } | null {
  if (!ci || significant || !enoughData || margin === null || margin === undefined) return null;
  return ci[1] < margin ? { margin, equivalent: ci[0] > -margin } : null;
}

export function analyzeExperiment(arms: readonly ArmStats[], options: AnalyzeOptions = {}): ExperimentResult {
  const problem = armsProblem(arms, options);
  if (problem) throw new MsgError(problem);
  const alpha = options.alpha ?? 0.05, correction = options.correction ?? 'holm';
  const prior: [number, number] = options.prior ?? [1, 1];
  const names = arms.map((a) => a.variant), users = arms.map((a) => a.users);
  const c = findControl(names, options.control), control = arms[c];
  const weights = options.weights ?? (arms.every((a) => a.weight !== undefined) ? arms.map((a) => a.weight as number) : undefined);
  const srm = srmTest(users, weights, names);
  const posteriors = arms.map((a) => posterior(a.users, a.conversions, prior));
  const probBest = probBestByIntegration(posteriors);
  const withRevenue = arms.every(hasRevenue), withPre = arms.every(hasPre);
  const warnings: Msg[] = [];
  if (srm.note) warnings.push(srm.note);
  if (arms.some((a) => a.revenue !== undefined) && !withRevenue) warnings.push(msg('experiment.revenueNeedsSums', {}));
  const others = arms.map((_, i) => i).filter((i) => i !== c);
  const base = others.map((i) => {
    const v = arms[i];
    const f = compareProportions(control, v, alpha);
    const b = compareBayes(posteriors[c], posteriors[i], 1 - alpha);
    const guard = sizeGuard([{ name: v.variant, ...v }, { name: control.variant, ...control }]);
    if (f.relCiFieller === null && f.relLift !== null) warnings.push(msg('experiment.fiellerUnbounded', { variant: v.variant, control: control.variant }));
    else if (f.intervalsDisagree && f.relLift !== null) warnings.push(msg('experiment.intervalsDisagree', { variant: v.variant }));
    return { i, v, f, b, guard };
  });
  const pValues = base.map((x) => x.f.pValue);
  const pHolm = holm(pValues), pBh = benjaminiHochberg(pValues), pAdj = adjust(pValues, correction);
  const comparisons: Comparison[] = base.map(({ i, v, f, b, guard }, k) => {
    const significant = pAdj[k] < alpha;
    const futile = futility(f.relCiDelta, significant, guard === null, options.worthwhile);
    const said = verdict({
      variant: v.variant, control: control.variant, relLift: f.relLift, relCi: f.relCiDelta, absDiff: f.absDiff,
      absCi: f.absCi, pValue: f.pValue, significant, probBeatControl: b.probBeatControl, confidence: 1 - alpha, tooSmall: guard, futile,
      adjusted: base.length > 1 ? { p: pAdj[k], name: correction === 'bh' ? 'BH' : 'Holm' } : undefined,
    });
    const comparison: Comparison = {
      variant: v.variant, control: control.variant, rateControl: f.rateControl, rateVariant: f.rateVariant,
      absDiff: f.absDiff, absCi: f.absCi, relLift: f.relLift, relCiDelta: f.relCiDelta, relCiFieller: f.relCiFieller,
      intervalsDisagree: f.intervalsDisagree, z: f.z, pValue: f.pValue, pValueHolm: pHolm[k], pValueBh: pBh[k],
      pValueAdjusted: pAdj[k], significant, enoughData: guard === null, noMeaningfulLift: futile !== null, probBeatControl: b.probBeatControl,
      expectedLoss: b.expectedLoss, relCredible: b.relCredible, bayesMethod: b.method,
      verdict: said,
    };
    if (withRevenue) comparison.revenue = revenueOf(control, v, alpha);
    if (withPre) comparison.cuped = cuped(cupedSums(control), cupedSums(v), alpha, arms.map(cupedSums));
    return comparison;
  });
  if (base.some((x) => x.b.method === 'normal')) warnings.push(msg('experiment.normalApprox', {}));
  const variants = arms.map((a, i) => ({
    name: a.variant, users: a.users, conversions: a.conversions, rate: a.conversions / a.users,
    ...(a.revenue !== undefined ? { revenueMean: a.revenue / a.users } : {}), probBest: probBest[i], isControl: i === c,
  }));
  const warning = srmWarning(srm, names, users);
  return {
    control: control.variant, alpha, correction, prior, srm: { ...srm, warning, ok: srmOk(srm, names, users) },
    variants, comparisons, warnings,
  };
}
