// The CLI's `experiment` output (issue 4's contract), plus verdicts, warnings and the extra numbers.
import type { ExperimentResult } from './types';

export function experimentJson(r: ExperimentResult): Record<string, unknown> {
  return {
    control: r.control,
    alpha: r.alpha,
    correction: r.correction,
    srm: { chi2: r.srm.chi2, df: r.srm.df, pValue: r.srm.pValue, flagged: r.srm.flagged, warning: r.srm.warning, note: r.srm.note },
    variants: r.variants.map((v) => ({
      name: v.name, users: v.users, conversions: v.conversions, rate: v.rate,
      ...(v.revenueMean !== undefined ? { revenueMean: v.revenueMean } : {}), probBest: v.probBest,
    })),
    comparisons: r.comparisons.map((c) => ({
      variant: c.variant,
      control: c.control,
      absDiff: c.absDiff,
      absCi: c.absCi,
      relLift: c.relLift,
      relCiDelta: c.relCiDelta,
      relCiFieller: c.relCiFieller,
      z: c.z,
      pValue: c.pValue,
      pValueHolm: c.pValueHolm,
      pValueBh: c.pValueBh,
      probBeatControl: c.probBeatControl,
      expectedLoss: c.expectedLoss,
      relCredible: c.relCredible,
      bayesMethod: c.bayesMethod,
      intervalsDisagree: c.intervalsDisagree,
      significant: c.significant,
      enoughData: c.enoughData,
      ...(c.revenue ? { revenue: { t: c.revenue.t, df: c.revenue.df, pValue: c.revenue.pValue, absDiff: c.revenue.absDiff, absCi: c.revenue.absCi, relLift: c.revenue.relLift, relCi: c.revenue.relCi } } : {}),
      ...(c.cuped ? { cuped: { theta: c.cuped.theta, absDiff: c.cuped.absDiff, absCi: c.cuped.absCi, pValue: c.cuped.pValue, relLift: c.cuped.relLift, relCi: c.cuped.relCi, varianceReduction: c.cuped.varianceReduction } } : {}),
      verdict: c.verdict,
    })),
    warnings: r.warnings,
  };
}
