// What the attribution chart finds, in one sentence for a slide (issue 15): the channel whose credit differs most
// between two models, and which model undervalues it. Pure; O(channels).
import { msg, type Msg } from '../messages';
import type { ModelName } from './types';
import { MAX_LENGTH } from './path-stats';

/**
 * The channel with the largest credit difference between model `a` and model `b` (a's minus b's), as a sentence;
 * null when no channel differs by at least 0.5 (conversions) or when a credit is missing. Does not mutate its inputs.
 */
export function biggestDifference(channels: readonly string[], a: { model: ModelName; credit: ArrayLike<number> | null },
  b: { model: ModelName; credit: ArrayLike<number> | null }, metric: 'conversions' | 'value'): Msg | null {
  if (!a.credit || !b.credit) return null;
  let best = -1, diff = 0;
  for (let i = 0; i < channels.length; i++) {
    const d = (a.credit[i] ?? 0) - (b.credit[i] ?? 0);
    if (Number.isFinite(d) && Math.abs(d) > Math.abs(diff)) (best = i), (diff = d);
  }
  if (best < 0 || Math.abs(diff) < 0.5) return null;
  const [more, less] = diff > 0 ? [a.model, b.model] : [b.model, a.model];
  return msg('attribution.finding', { channel: channels[best], amount: Math.abs(diff), metric, more, less });
}

/**
 * The largest difference to the baseline among `models` (biggestDifference of each against the baseline, the
 * largest amount wins; ties to the earlier model); null when none differs by 0.5.
 */
export function largestDifferenceFromBaseline(channels: readonly string[], baseline: { model: ModelName; credit: ArrayLike<number> | null },
  models: readonly { model: ModelName; credit: ArrayLike<number> | null }[], metric: 'conversions' | 'value'): Msg | null {
  let best: Msg | null = null;
  for (const m of models) {
    const d = biggestDifference(channels, m, baseline, metric);
    if (d && (!best || (d.params as { amount: number }).amount > (best.params as { amount: number }).amount)) best = d;
  }
  return best;
}

/** The channel whose removal loses the largest share of conversions (Markov removal effect); ties to the first. */
export function removalFinding(channels: readonly string[], effects: ArrayLike<number>): Msg | null {
  let best = -1;
  for (let i = 0; i < channels.length; i++) if (Number.isFinite(effects[i]) && effects[i] > 0 && (best < 0 || effects[i] > effects[best])) best = i;
  return best < 0 ? null : msg('attribution.findingRemoval', { channel: channels[best], share: effects[best] });
}

/**
 * The share of conversions that came after two or more touches, and the fewest touches any conversion came after
 * (null when that is the "more than 10" bucket, MAX_LENGTH + 1); null without conversions.
 */
export function lengthFinding(lengths: readonly { length: number; conversions: number }[]): Msg | null {
  const all = lengths.reduce((s, l) => s + l.conversions, 0);
  if (!(all > 0)) return null;
  const multi = lengths.reduce((s, l) => s + (l.length >= 2 ? l.conversions : 0), 0);
  const fewest = Math.min(...lengths.filter((l) => l.conversions > 0).map((l) => l.length));
  return msg('attribution.findingLengths', { multi: multi / all, fewest: fewest <= MAX_LENGTH ? fewest : null });
}

/** Half of the conversions come within the median days of the first touch; null without a median. */
export function timeFinding(medianDays: number | null): Msg | null {
  return medianDays === null || !Number.isFinite(medianDays) ? null : msg('attribution.findingTime', { days: medianDays });
}

/**
 * The channel after which journeys convert next most often (the transition matrix's '(conversion)' column, the
 * '(start)' row left out), and that probability; null without such a column or any conversion.
 */
export function transitionFinding(t: { from: readonly string[]; to: readonly string[]; p: readonly (readonly number[])[] }): Msg | null {
  const col = t.to.indexOf('(conversion)');
  if (col < 0) return null;
  let best = -1;
  t.from.forEach((name, i) => {
    const p = t.p[i]?.[col];
    if (name !== '(start)' && Number.isFinite(p) && p > 0 && (best < 0 || p > t.p[best][col])) best = i;
  });
  return best < 0 ? null : msg('attribution.findingTransition', { channel: t.from[best], p: t.p[best][col] });
}
