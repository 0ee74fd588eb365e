// What the attribution chart finds, in one sentence for a slide (issue 15): the channel whose credit differs most
// between two models, and which model undervalues it. Pure; O(channels).
import { msg, type Msg } from '../messages';
import type { ModelName } from './types';

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
