// What the mix model's charts find, one sentence each for a slide (issue 15): how well it fits, which channel brings
// the largest share of the outcome, which returns most per unit of spend, how much media adds over the baseline,
// and one channel's recommended move. Pure; O(channels). Null when nothing clear can be said.
import { msg, type Msg } from '../messages';
import type { MmmAllocationChannel } from './allocate';
import type { MmmChannel, MmmFitStats } from './types';

/** R² and MAPE in one sentence, with the held-out weeks' MAPE when there are some; null when R² is not a number. */
export function fitFinding(fit: MmmFitStats): Msg | null {
  if (!Number.isFinite(fit.r2) || !Number.isFinite(fit.mape)) return null;
  const holdout = fit.holdoutMape !== null && Number.isFinite(fit.holdoutMape) && fit.holdoutWeeks > 0 ? { mape: fit.holdoutMape, weeks: fit.holdoutWeeks } : null;
  return msg('mmm.findingFit', { r2: fit.r2, mape: fit.mape, holdout });
}

/** The channel with the largest share of the outcome, its share and ROI (with its interval); ties to the first. */
export function contributionFinding(channels: readonly MmmChannel[]): Msg | null {
  const c = channels.reduce<MmmChannel | null>((b, c) => (Number.isFinite(c.share) && c.share > (b?.share ?? 0) ? c : b), null);
  return c ? msg('mmm.findingContribution', { channel: c.name, share: c.share, roi: c.roi, interval: c.roiInterval }) : null;
}

/** The channel with the highest ROI and the one with the lowest; null with fewer than two channels or equal ROIs. */
export function roiFinding(channels: readonly MmmChannel[]): Msg | null {
  const ok = channels.filter((c) => Number.isFinite(c.roi));
  if (ok.length < 2) return null;
  const hi = ok.reduce((b, c) => (c.roi > b.roi ? c : b)), lo = ok.reduce((b, c) => (c.roi < b.roi ? c : b));
  if (!(hi.roi > lo.roi)) return null;
  return msg('mmm.findingRoi', { best: hi.name, bestRoi: hi.roi, interval: hi.roiInterval, worst: lo.name, worstRoi: lo.roi });
}

/** Media's share of the fitted outcome (the sum of the channels' shares); the rest is the baseline. */
export function decompositionFinding(channels: readonly MmmChannel[]): Msg | null {
  const media = channels.reduce((s, c) => s + (Number.isFinite(c.share) ? c.share : 0), 0);
  return channels.length && media > 0 ? msg('mmm.findingDecomposition', { media }) : null;
}

/** One channel's recommended weekly move and what it adds (or that it stays); null without a current spend. */
export function curveFinding(a: MmmAllocationChannel): Msg | null {
  if (!(a.currentWeekly > 0)) return null;
  const change = a.recommendedWeekly - a.currentWeekly;
  if (a.held || Math.abs(change) < 0.005 * a.currentWeekly) return msg('mmm.findingStay', { channel: a.name, weekly: a.currentWeekly, held: a.held });
  return msg('mmm.findingMove', { channel: a.name, from: a.currentWeekly, to: a.recommendedWeekly, gain: a.recommendedResponse - a.currentResponse });
}
