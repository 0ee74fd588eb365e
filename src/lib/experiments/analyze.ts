// One experiment (one metric), all arms: SRM, then every non-control arm against the control with
// frequentist, Bayesian, revenue and CUPED numbers, adjusted p-values, guards and a verdict per arm.
// Invalid input throws an Error whose message says what is wrong (validateArms gives it without throwing).
import { compareBayes, posterior } from './bayes';
import { probBestByIntegration } from './bayes-best';
import { findControl } from './control';
import { cuped, type CupedSums } from './cuped';
import { momentsFromSums, welch } from './means';
import { adjust, benjaminiHochberg, holm } from './multiple';
import { checkCounts, compareProportions } from './proportions';
import { srmTest } from './srm';
import type { AnalyzeOptions, ArmStats, Comparison, ExperimentResult, RevenueComparison } from './types';
import { sizeGuard, srmWarning, verdict } from './verdict';

/** The reason the arms cannot be analysed, or null when they can. */
export function validateArms(arms: readonly ArmStats[], options: AnalyzeOptions = {}): string | null {
  if (arms.length < 2) return `an experiment needs at least 2 variants, not ${arms.length}`;
  const names = arms.map((a) => a.variant.trim().toLowerCase());
  const twice = names.find((n, i) => names.indexOf(n) !== i);
  if (twice !== undefined) return `variant "${twice}" appears twice; give each variant one row per metric`;
  try {
    arms.forEach((a) => checkCounts(a, a.variant));
    if (options.control !== undefined) findControl(arms.map((a) => a.variant), options.control);
  } catch (e) {
    return (e as Error).message;
  }
  const alpha = options.alpha ?? 0.05;
  if (!(alpha > 0 && alpha < 1)) return `alpha must be between 0 and 1, not ${alpha}`;
  if (options.weights && options.weights.length !== arms.length) return `${options.weights.length} weights for ${arms.length} variants`;
  if (options.weights?.some((w) => !(w > 0 && Number.isFinite(w)))) return `weights must be positive numbers, not ${options.weights.join(', ')}`;
  if (options.prior && !(options.prior[0] > 0 && options.prior[1] > 0)) return `the Beta prior needs two positive numbers, not ${options.prior.join(', ')}`;
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

export function analyzeExperiment(arms: readonly ArmStats[], options: AnalyzeOptions = {}): ExperimentResult {
  const problem = validateArms(arms, options);
  if (problem) throw new Error(problem);
  const alpha = options.alpha ?? 0.05, correction = options.correction ?? 'holm';
  const prior: [number, number] = options.prior ?? [1, 1];
  const names = arms.map((a) => a.variant), users = arms.map((a) => a.users);
  const c = findControl(names, options.control), control = arms[c];
  const weights = options.weights ?? (arms.every((a) => a.weight !== undefined) ? arms.map((a) => a.weight as number) : undefined);
  const srm = srmTest(users, weights, names);
  const posteriors = arms.map((a) => posterior(a.users, a.conversions, prior));
  const probBest = probBestByIntegration(posteriors);
  const withRevenue = arms.every(hasRevenue), withPre = arms.every(hasPre);
  const warnings: string[] = [];
  if (srm.note) warnings.push(srm.note);
  if (arms.some((a) => a.revenue !== undefined) && !withRevenue) {
    warnings.push('Revenue is compared only when every variant has a revenue sum and a sum of squares (or per-user rows).');
  }
  const others = arms.map((_, i) => i).filter((i) => i !== c);
  const base = others.map((i) => {
    const v = arms[i];
    const f = compareProportions(control, v, alpha);
    const b = compareBayes(posteriors[c], posteriors[i], 1 - alpha);
    const guard = sizeGuard([{ name: v.variant, ...v }, { name: control.variant, ...control }]);
    if (f.relCiFieller === null && f.relLift !== null) warnings.push(`The Fieller interval of ${v.variant}'s lift is unbounded: ${control.variant}'s rate is too uncertain for a reliable relative interval.`);
    else if (f.intervalsDisagree && f.relLift !== null) warnings.push(`The delta-method and Fieller intervals of ${v.variant}'s lift disagree; the relative interval is unreliable at this sample size.`);
    return { i, v, f, b, guard };
  });
  const pValues = base.map((x) => x.f.pValue);
  const pHolm = holm(pValues), pBh = benjaminiHochberg(pValues), pAdj = adjust(pValues, correction);
  const comparisons: Comparison[] = base.map(({ i, v, f, b, guard }, k) => {
    const significant = pAdj[k] < alpha;
    const comparison: Comparison = {
      variant: v.variant, control: control.variant, rateControl: f.rateControl, rateVariant: f.rateVariant,
      absDiff: f.absDiff, absCi: f.absCi, relLift: f.relLift, relCiDelta: f.relCiDelta, relCiFieller: f.relCiFieller,
      intervalsDisagree: f.intervalsDisagree, z: f.z, pValue: f.pValue, pValueHolm: pHolm[k], pValueBh: pBh[k],
      pValueAdjusted: pAdj[k], significant, enoughData: guard === null, probBeatControl: b.probBeatControl,
      expectedLoss: b.expectedLoss, relCredible: b.relCredible, bayesMethod: b.method,
      verdict: verdict({
        variant: v.variant, control: control.variant, relLift: f.relLift, relCi: f.relCiDelta, absDiff: f.absDiff,
        absCi: f.absCi, pValue: f.pValue, significant, probBeatControl: b.probBeatControl, confidence: 1 - alpha, tooSmall: guard,
        adjusted: base.length > 1 ? { p: pAdj[k], name: correction === 'bh' ? 'BH' : 'Holm' } : undefined,
      }),
    };
    if (withRevenue) comparison.revenue = revenueOf(control, v, alpha);
    if (withPre) comparison.cuped = cuped(cupedSums(control), cupedSums(v), alpha, arms.map(cupedSums));
    return comparison;
  });
  if (base.some((x) => x.b.method === 'normal')) warnings.push('Above 100,000 conversions the Bayesian numbers use the normal approximation of the Beta posteriors.');
  const variants = arms.map((a, i) => ({
    name: a.variant, users: a.users, conversions: a.conversions, rate: a.conversions / a.users,
    ...(a.revenue !== undefined ? { revenueMean: a.revenue / a.users } : {}), probBest: probBest[i], isControl: i === c,
  }));
  return { control: control.variant, alpha, correction, prior, srm: { ...srm, warning: srmWarning(srm, names, users) }, variants, comparisons, warnings };
}
