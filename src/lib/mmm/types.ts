// The marketing-mix model's input and output types. Plain data: every field crosses postMessage.
import type { Msg } from '../messages';

/** A control is a numeric driver of the outcome (price, competitor activity, organic); an event is 0/1 (holiday, promo). */
export type ContextKind = 'control' | 'event';

/** One row per ISO week (Monday), oldest first: the engine's input. */
export interface MixTable {
  /** ISO dates (yyyy-mm-dd) of each week's Monday. */
  weeks: string[];
  /** Outcome per week (revenue, conversions, leads...). */
  outcome: Float64Array;
  /** Spend per week, one series per channel. */
  channels: { name: string; spend: Float64Array }[];
  /** Baseline drivers per week. */
  controls: { name: string; values: Float64Array; kind: ContextKind }[];
}

/** Per-channel hyperparameters in model units: geometric adstock theta, Hill shape alpha, half-saturation gamma. */
export interface ChannelShape {
  theta: number;
  alpha: number;
  /** Half-saturation of the adstocked spend, in spend units (the same units as the channel's weekly spend). */
  gamma: number;
}

/** A lift test's result: the channel, its first and last day (yyyy-mm-dd), and the measured incremental outcome. */
export interface LiftTest {
  channel: string;
  from: string;
  to: string;
  /** Incremental outcome over the test's weeks (outcome units, e.g. euros of revenue or conversions). */
  lift: number;
  /** Its 90% interval. */
  low: number;
  high: number;
}

export interface MmmOptions {
  /** Lift tests the fit is pulled toward (./calibrate). @default [] */
  lifts: readonly LiftTest[];
  /** Seed of the search and the bootstrap: same table, same seed, same numbers. @default 1 */
  seed: number;
  /** Yearly Fourier pairs in the baseline (0 for none); dropped when the data has under 39 weeks. @default 2 */
  fourier: number;
  /** Final weeks held out to choose the ridge strength and report holdoutMape; 0 picks max(8, 10% of weeks). @default 0 */
  holdoutWeeks: number;
  /**
   * Ridge strengths tried on the held-out weeks: the weight of the pull of each channel's coefficient toward the prior
   * median ROI, relative to the data's (1 = as strong as the data). @default [0, 0.001, 0.003, 0.01, 0.03]
   */
  ridge: readonly number[];
  /** Lognormal ROI prior: sigma of ln ROI around the prior median. @default 0.9 (Meridian's default) */
  roiPriorSigma: number;
  /** Prior median media share of the outcome; the prior median ROI is share × outcome / spend, the same for every channel. @default 0.3 */
  priorMediaShare: number;
  /** Differential-evolution evaluations per hyperparameter (3 per channel). @default 250 */
  evalsPerDim: number;
  /** Block-bootstrap refits for intervals and the uncertainty-aware allocation (0 for none). @default 20 */
  bootstrap: number;
  /** Block length of the bootstrap, in weeks. @default 8 */
  blockWeeks: number;
  /** Channels whose spends correlate above this |r| are fitted as one group. @default 0.8 */
  groupCorrelation: number;
  /**
   * Sd of the lognormal priors on the Hill shape alpha (around 1) and on gamma over the mean adstocked spend (around
   * 1), where Meridian's defaults sit. Always-on spend only shows a curve's slope near today's level, so without them
   * an S-curve that extrapolates steeply to zero wins by a few nats and halves the channel's ROI. @default 0.3, 0.7 (Meridian fixes the slope at 1)
   */
  alphaPriorSd: number;
  gammaPriorSd: number;
  /** Search ranges: theta in [0, maxTheta], alpha in [minAlpha, maxAlpha], gamma as a multiple of mean adstocked spend. */
  maxTheta: number;
  minAlpha: number;
  maxAlpha: number;
  minGamma: number;
  maxGamma: number;
}

export const defaultMmmOptions: Readonly<MmmOptions> = Object.freeze({
  lifts: Object.freeze([]), seed: 1, fourier: 2, holdoutWeeks: 0, ridge: Object.freeze([0, 0.001, 0.003, 0.01, 0.03]), roiPriorSigma: 0.9,
  priorMediaShare: 0.3, evalsPerDim: 250, bootstrap: 20, blockWeeks: 8, groupCorrelation: 0.8,
  alphaPriorSd: 0.3, gammaPriorSd: 0.7, maxTheta: 0.9, minAlpha: 0.5, maxAlpha: 3, minGamma: 0.2, maxGamma: 3,
});

/** Progress of a fit: the stage and how far it is, 0..1 over the whole fit. */
export interface MmmProgress {
  stage: 'search' | 'ridge' | 'refit' | 'bootstrap';
  done: number;
}

export interface MmmControl {
  onProgress?: (p: MmmProgress) => void;
  /** Polled between steps; true stops the fit with an 'MMM fit cancelled' error. */
  shouldStop?: () => boolean;
}

export interface Interval {
  low: number;
  high: number;
}

export interface MmmChannel {
  /** The channel, or a group's members joined by " + ". */
  name: string;
  /** Input channels fitted as this one (one name, or a group moving together). */
  members: string[];
  /** Each member's total spend, in the order of `members`. */
  memberSpend: number[];
  /** Total spend over the weeks. */
  spend: number;
  /** Mean weekly spend. */
  meanWeekly: number;
  contribution: number;
  /** Contribution / total fitted outcome. */
  share: number;
  roi: number;
  /** 90% block-bootstrap interval of ROI (null without bootstrap). */
  roiInterval: Interval | null;
  contributionInterval: Interval | null;
  /** Marginal ROI of the steady-state weekly curve at the mean weekly spend. */
  mroi: number;
  /** Saturation level of the weekly curve: its response as weekly spend grows without bound. */
  beta: number;
  shape: ChannelShape;
  halfLifeWeeks: number;
  /** Weekly spend where the steady-state response reaches half of `beta`. */
  halfSaturationWeekly: number;
  /** Weekly spend where the steady-state response reaches 90% of `beta`: more buys little. */
  saturationWeekly: number;
}

export interface MmmFitStats {
  r2: number;
  /** RMSE / (max - min) of the outcome (Robyn). */
  nrmse: number;
  /** In-sample mean absolute percentage error (weeks with outcome 0 skipped). */
  mape: number;
  /**
   * MAPE on the held-out final weeks, predicted by the fit on the weeks before them; null with no hold-out. The same
   * weeks chose the ridge strength, so it is slightly optimistic.
   */
  holdoutMape: number | null;
  holdoutWeeks: number;
  /** sqrt(sum over channels of (effect share - spend share)^2) (Robyn). */
  decompRssd: number;
  /** The ridge strength chosen on the held-out weeks. */
  ridge: number;
}

export interface MmmSeries {
  weeks: string[];
  actual: Float64Array;
  fitted: Float64Array;
  /** Baseline per week: level + trend + season + controls and events. */
  baseline: Float64Array;
  /** Contribution per week, in the order of `channels`. */
  contributions: Float64Array[];
}

/** One bootstrap draw's weekly steady-state curve parameters, per channel (in the order of `channels`). */
export interface MmmDraw {
  beta: number[];
  shapes: ChannelShape[];
  /** Each channel's contribution over all weeks in this draw. */
  contribution: number[];
}

export interface MmmResult {
  weeks: number;
  outcome: number;
  channels: MmmChannel[];
  baseline: { contribution: number; share: number };
  fit: MmmFitStats;
  series: MmmSeries;
  /** Bootstrap draws of the curves (empty without bootstrap), for intervals and the allocation. */
  draws: MmmDraw[];
  /** Channels left out of the fit (no spend at all). */
  skipped: string[];
  warnings: Msg[];
}
