// Turns the fitted coefficients into what the model tells: the weekly decomposition, each channel's contribution,
// ROI with its bootstrap interval, marginal ROI, half-life and saturation, the fit statistics and plain warnings.
import { marginal } from '../budget/response';
import type { Unit } from './checks';
import type { Design } from './design';
import { msg, type Msg } from '../messages';
import { decompRssd, mape, nrmse, quantile, r2 } from './metrics';
import type { Solution } from './objective';
import { halfLife, steadyCurve } from './transform';
import type { MixTable, MmmChannel, MmmDraw, MmmResult } from './types';

export interface FitFacts {
  lambda: number;
  holdoutMape: number | null;
  holdoutWeeks: number;
  skipped: string[];
  warnings: Msg[];
}

const sum = (xs: ArrayLike<number>) => {
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += xs[i];
  return s;
};

export function describeFit(table: MixTable, d: Design, units: readonly Unit[], s: Solution, draws: readonly MmmDraw[], facts: FitFacts): MmmResult {
  const T = d.T, k = d.yScale;
  const baseline = new Float64Array(T);
  d.Z.forEach((z, j) => z.forEach((v, t) => (baseline[t] += s.base[j] * k * v)));
  const contributions = s.H.map((hc, c) => hc.map((v) => s.beta[c] * k * v));
  const fitted = baseline.slice();
  for (const cc of contributions) cc.forEach((v, t) => (fitted[t] += v));
  const totalFitted = sum(fitted);
  const share = (x: number) => (totalFitted !== 0 ? x / totalFitted : 0);
  const channels: MmmChannel[] = units.map((u, c) => {
    const shape = s.shapes[c], beta = s.beta[c] * k, curve = steadyCurve(beta, shape);
    const spend = d.spendTotal[c], contribution = sum(contributions[c]);
    const rois = draws.map((dr) => dr.contribution[c] / spend), contribs = draws.map((dr) => dr.contribution[c]);
    const interval = (xs: number[]) => (xs.length > 0 ? { low: quantile(xs, 0.05), high: quantile(xs, 0.95) } : null);
    return {
      name: u.name, members: u.members, memberSpend: u.members.map((m) => sum(table.channels.find((x) => x.name === m)?.spend ?? [])), spend, meanWeekly: spend / T, contribution, share: share(contribution), roi: contribution / spend,
      roiInterval: interval(rois), contributionInterval: interval(contribs), mroi: marginal(curve, spend / T), beta, shape,
      halfLifeWeeks: halfLife(shape.theta), halfSaturationWeekly: curve.gamma, saturationWeekly: curve.gamma * 9 ** (1 / shape.alpha),
    };
  });
  const warnings = [...facts.warnings, ...senseWarnings(channels, baseline, totalFitted)];
  const baseTotal = sum(baseline);
  return {
    weeks: T, outcome: sum(table.outcome), channels, baseline: { contribution: baseTotal, share: share(baseTotal) },
    fit: {
      r2: r2(table.outcome, fitted), nrmse: nrmse(table.outcome, fitted), mape: mape(table.outcome, fitted), holdoutMape: facts.holdoutMape,
      holdoutWeeks: facts.holdoutWeeks, decompRssd: decompRssd(channels.map((c) => c.contribution), channels.map((c) => c.spend)), ridge: facts.lambda,
    },
    series: { weeks: table.weeks.slice(), actual: Float64Array.from(table.outcome), fitted, baseline, contributions },
    draws: draws.slice(), skipped: facts.skipped.slice(), warnings,
  };
}

/** Fits against common sense: a channel with no effect, an ROI far above the rest, media explaining nearly all. */
export function senseWarnings(channels: readonly MmmChannel[], baseline: Float64Array, totalFitted: number): Msg[] {
  const out: Msg[] = [];
  const allSpend = channels.reduce((a, c) => a + c.spend, 0);
  const median = quantile(channels.map((c) => c.roi), 0.5);
  for (const c of channels) {
    const spendShare = c.spend / allSpend;
    if (c.contribution <= 1e-9 * Math.abs(totalFitted) && spendShare >= 0.05) out.push(msg('mmm.zeroEffect', { channel: c.name, spendShare }));
    else if (channels.length >= 3 && median > 0 && c.roi > 5 * median) out.push(msg('mmm.roiOutlier', { channel: c.name, roi: c.roi, median }));
    if (c.roiInterval && c.roi > 0 && c.roiInterval.high > 4 * Math.max(c.roiInterval.low, 0.25 * c.roi)) {
      out.push(msg('mmm.wideInterval', { channel: c.name, low: c.roiInterval.low, high: c.roiInterval.high }));
    }
  }
  const media = channels.reduce((a, c) => a + c.share, 0);
  if (media > 0.8) out.push(msg('mmm.mediaDominates', { share: media }));
  const negative = baseline.reduce((n, v) => n + (v < 0 ? 1 : 0), 0);
  if (negative > 0.1 * baseline.length) out.push(msg('mmm.negativeBaseline', { weeks: negative }));
  return out;
}
