// Shapes of an experiment analysis: what goes in (one row per arm) and what comes out.
import type { BayesMethod } from './bayes';
import type { CupedResult } from './cuped';
import type { Correction } from './multiple';
import type { SrmResult } from './srm';
import type { Msg } from '../messages';

export interface AnalyzeOptions {
  /** Name of the control arm (case-insensitive); detected from the names when absent. */
  control?: string;
  alpha?: number;
  correction?: Correction;
  /** Beta prior [a0, b0] for the Bayesian numbers. */
  prior?: [number, number];
  /** Planned traffic weights in arm order; overrides ArmStats.weight. */
  weights?: number[];
  /**
   * The smallest relative lift worth having (0.05 = +5%). When a variant's interval rules it out, its verdict says
   * there is no meaningful difference and the test can stop. Absent: no such verdict.
   */
  worthwhile?: number | null;
}

export interface VariantSummary {
  name: string;
  users: number;
  conversions: number;
  rate: number;
  revenueMean?: number;
  /** Posterior probability that this arm has the highest rate (Bayesian). */
  probBest: number;
  isControl: boolean;
}

export interface RevenueComparison {
  controlMean: number;
  variantMean: number;
  t: number;
  df: number;
  pValue: number;
  absDiff: number;
  absCi: [number, number];
  relLift: number | null;
  relCi: [number, number] | null;
}

export interface Comparison {
  variant: string;
  control: string;
  rateControl: number;
  rateVariant: number;
  absDiff: number;
  absCi: [number, number];
  relLift: number | null;
  relCiDelta: [number, number] | null;
  relCiFieller: [number, number] | null;
  /** Fieller unbounded or far from the delta interval: read the relative CI with care. */
  intervalsDisagree: boolean;
  z: number;
  pValue: number;
  pValueHolm: number;
  pValueBh: number;
  /** The p-value under the chosen correction; `significant` compares it with alpha. */
  pValueAdjusted: number;
  significant: boolean;
  /** Both arms have at least 100 users and 25 conversions, so a winner may be called. */
  enoughData: boolean;
  /** The interval rules out the smallest lift worth having (options.worthwhile): the test can stop. */
  noMeaningfulLift: boolean;
  probBeatControl: number;
  expectedLoss: { variant: number; control: number };
  relCredible: [number, number];
  bayesMethod: BayesMethod;
  revenue?: RevenueComparison;
  cuped?: CupedResult;
  /** The verdict in words, naming its method. */
  verdict: Msg;
}

export interface ExperimentResult {
  control: string;
  alpha: number;
  correction: Correction;
  prior: [number, number];
  /** The SRM test, with its warning when the split is off. */
  srm: SrmResult & { warning: Msg | null; ok: Msg | null };
  variants: VariantSummary[];
  comparisons: Comparison[];
  /** Sentences about guards and caveats (minimum sizes, unbounded Fieller, missing sums of squares...). */
  warnings: Msg[];
}
