// How channels compare across models: rank moves, each channel's range of credit, and the one channel order the
// attribution view uses everywhere.

/** Rank (0 = most credit) of each channel under one model. */
export function ranks(values: readonly number[]): number[] {
  const order = values.map((v, i) => [v, i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  const out = new Array<number>(values.length);
  order.forEach(([, i], r) => (out[i] = r));
  return out;
}

/** For each channel, the largest move in rank between any two models. */
export function rankSpread(credits: readonly (readonly number[])[], channels: number): number[] {
  const all = credits.map((c) => ranks(c));
  return Array.from({ length: channels }, (_, i) => {
    const rs = all.map((r) => r[i]);
    return rs.length ? Math.max(...rs) - Math.min(...rs) : 0;
  });
}

/**
 * Channel indices in the order of `credit` (most first, ties by name), or by name without it: the one order of
 * the table, the chart and the heatmap.
 */
export function channelOrder(channels: readonly string[], credit: readonly number[] | null): number[] {
  return channels.map((_, i) => i).sort((a, b) => (credit ? credit[b] - credit[a] : 0) || channels[a].localeCompare(channels[b]));
}

/** A channel's credit across models: the ends, the models that give them, and how far apart they are. */
export interface CreditRange<M extends string = string> {
  min: number;
  max: number;
  /** The models at the low and high end (the first listed on a tie); null without models. */
  low: M | null;
  high: M | null;
  /** (max - min) / the middle of the range; 0 when both are 0. */
  spread: number;
  /** The credit moves by at most ROBUST_SPREAD of its middle value. */
  robust: boolean;
  /** robust; 'varies' up to DEPENDENT_SPREAD; 'dependent' beyond (the ends differ by 3 to 1 or more). */
  level: 'robust' | 'varies' | 'dependent';
}

/**
 * A quarter of the middle value: on the example data a rank rule called all 8 channels "model-dependent", since
 * small channels swap places on small differences. What a budget decision feels is how far the credit moves.
 */
export const ROBUST_SPREAD = 0.25;
/**
 * Past this the ends are 3 to 1 or more apart (spread 1 = max 3x min). On the example data the rule models
 * give Email 6 to 60 conversions: that is a different story per model, while Organic Search's 13 to 21 is not.
 */
export const DEPENDENT_SPREAD = 1;

/** Each channel's range of credit over the models given. Pure. */
export function creditRange<M extends string>(models: readonly { model: M; values: readonly number[] }[], channels: number): CreditRange<M>[] {
  return Array.from({ length: channels }, (_, i) => {
    let min = Infinity, max = -Infinity, low: M | null = null, high: M | null = null;
    for (const { model, values } of models) {
      const v = values[i];
      if (!Number.isFinite(v)) continue;
      if (v < min) [min, low] = [v, model];
      if (v > max) [max, high] = [v, model];
    }
    if (low === null) return { min: 0, max: 0, low, high, spread: 0, robust: true, level: 'robust' };
    const mid = (max + min) / 2;
    const spread = mid > 0 ? (max - min) / mid : 0;
    const level = spread <= ROBUST_SPREAD ? 'robust' : spread <= DEPENDENT_SPREAD ? 'varies' : 'dependent';
    return { min, max, low, high, spread, robust: level === 'robust', level };
  });
}
