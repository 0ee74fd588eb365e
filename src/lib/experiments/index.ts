// The experiments engine's public surface.
export { analyzeExperiment, validateArms } from './analyze';
export { experimentJson } from './json';
export { findControl } from './control';
export { compareProportions, pooledZTest, fiellerRelative, deltaRelativeVariance, type Counts, type ProportionComparison } from './proportions';
export { welch, welchDf, momentsFromSums, momentsFromCounts, gaussianChanceToWin, type Moments, type WelchResult } from './means';
export { compareBayes, probGreater, expectedLoss, relativeCredible, posterior, NORMAL_ABOVE, type BetaPosterior, type BayesComparison, type BayesMethod } from './bayes';
export { probBestByIntegration } from './bayes-best';
export { holm, benjaminiHochberg, adjust, type Correction } from './multiple';
export { srmTest, SRM_ALPHA, SRM_MIN_USERS, type SrmResult } from './srm';
export { sequentialTest, sequentialSeries, sequentialRho, type SequentialPoint, type SequentialSeries, type SequentialResult, type SequentialOptions, type CumulativeArm } from './sequential';
export { cuped, cupedTheta, adjustedMoments, type CupedSums, type CupedResult } from './cuped';
export { sampleSize, evanMillerSize, pooledSize, minimumDetectableEffect, daysNeeded, WHY_FORMULAS_DIFFER, type PlanInput, type SampleSize } from './power';
export { MIN_USERS, MIN_CONVERSIONS } from './verdict';
export type { ArmStats, AnalyzeOptions, ExperimentResult, Comparison, VariantSummary, RevenueComparison } from './types';
