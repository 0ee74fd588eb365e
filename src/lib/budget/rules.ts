// The seed guides' threshold rules: channels that beat a CPL/CPA (or ROAS) threshold gain x%, those that miss it
// lose y% or pause. Shown beside the optimiser's answer so users see where the two agree.

export interface RuleChannel {
  name: string;
  spend: number;
  /** Credited conversions (for CPA) and value (for ROAS). */
  conversions: number;
  value: number;
}

export interface RuleOptions {
  /** Cost per conversion (lower is better) or return on ad spend (higher is better). @default 'cpa' */
  metric: 'cpa' | 'roas';
  /** The threshold; null uses the blended figure of all channels with spend (total spend / total conversions, or value / spend). @default null */
  threshold: number | null;
  /** Fraction added to channels that beat the threshold. @default 0.2 */
  increase: number;
  /** Fraction taken from channels that miss it. @default 0.2 */
  decrease: number;
  /** Pause (spend 0) channels that miss, instead of cutting them by `decrease`. @default false */
  pause: boolean;
}

export const defaultRuleOptions: Readonly<RuleOptions> = Object.freeze({
  metric: 'cpa', threshold: null, increase: 0.2, decrease: 0.2, pause: false,
});

export type RuleVerdict = 'beats' | 'misses' | 'no spend';

export interface RuleMove {
  name: string;
  spend: number;
  newSpend: number;
  /** The channel's CPA or ROAS; null without spend, Infinity for a CPA without conversions. */
  metric: number | null;
  verdict: RuleVerdict;
}

export interface RuleResult {
  metric: RuleOptions['metric'];
  threshold: number;
  moves: RuleMove[];
  /** Spend before and after: the rules do not keep the total fixed. */
  total: number;
  newTotal: number;
}

/** Applies the threshold rules. Ties count as beating the threshold. Does not mutate `channels`. */
export function applyRules(channels: readonly RuleChannel[], options: Partial<RuleOptions> = {}): RuleResult {
  const o = { ...defaultRuleOptions, ...options };
  if (!(o.increase >= 0 && o.decrease >= 0 && o.decrease <= 1)) {
    throw new Error(`invalid rule changes: increase ${o.increase}, decrease ${o.decrease} (need increase >= 0, 0 <= decrease <= 1)`);
  }
  const paid = channels.filter((c) => c.spend > 0);
  const total = paid.reduce((a, c) => a + c.spend, 0);
  const credit = (c: { conversions: number; value: number }) => (o.metric === 'cpa' ? c.conversions : c.value);
  const blendedCredit = paid.reduce((a, c) => a + credit(c), 0);
  const metricOf = (spend: number, cr: number) => (o.metric === 'cpa' ? (cr > 0 ? spend / cr : Infinity) : cr / spend);
  const threshold = o.threshold ?? metricOf(total, blendedCredit);
  const beats = (m: number) => (o.metric === 'cpa' ? m <= threshold : m >= threshold);
  const moves = channels.map((c): RuleMove => {
    if (!(c.spend > 0)) return { name: c.name, spend: c.spend, newSpend: c.spend, metric: null, verdict: 'no spend' };
    const m = metricOf(c.spend, credit(c));
    if (beats(m)) return { name: c.name, spend: c.spend, newSpend: c.spend * (1 + o.increase), metric: m, verdict: 'beats' };
    return { name: c.name, spend: c.spend, newSpend: o.pause ? 0 : c.spend * (1 - o.decrease), metric: m, verdict: 'misses' };
  });
  return { metric: o.metric, threshold, moves, total, newTotal: moves.reduce((a, m) => a + m.newSpend, 0) };
}
