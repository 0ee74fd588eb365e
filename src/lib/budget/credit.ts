// What the budget fits its curves to, per channel: one attribution model's credit of journeys, or the conversions an
// ad platform reports for its own campaigns in the spend report (Google Ads' Conversions / Conv. value, Meta's Results).
import type { SpendRow } from '../types';
import type { AttributionResult } from '../attribution/attribute';
import type { ModelName } from '../attribution/types';

/** Results per channel, in the order of `channels`. */
export interface Credit {
  /** 'attribution': a model's credit of the journeys; 'platform': as reported by the ad platform. */
  source: 'attribution' | 'platform';
  /** The attribution model (attribution only). */
  model?: ModelName;
  channels: string[];
  conversions: number[];
  value: number[];
}

/** One model's credit, or null when the model was not computed. */
export function attributionCredit(attribution: AttributionResult, model: ModelName): Credit | null {
  const c = attribution.models[model];
  return c ? { source: 'attribution', model, channels: attribution.channels, conversions: c.conversions, value: c.value } : null;
}

/** True when the spend rows carry the platform's own conversions or conversion value. */
export const hasReported = (rows: readonly SpendRow[]): boolean => rows.some((r) => r.conversions !== undefined || r.value !== undefined);

/**
 * The platform's conversions and value summed per channel (campaign) of the spend report, in first-seen order;
 * null when the report has no such columns. Does not mutate `rows`.
 */
export function platformCredit(rows: readonly SpendRow[]): Credit | null {
  if (!hasReported(rows)) return null;
  const sums = new Map<string, { conversions: number; value: number }>();
  for (const r of rows) {
    const s = sums.get(r.channel) ?? { conversions: 0, value: 0 };
    if (Number.isFinite(r.conversions)) s.conversions += r.conversions as number;
    if (Number.isFinite(r.value)) s.value += r.value as number;
    sums.set(r.channel, s);
  }
  const list = [...sums];
  return { source: 'platform', channels: list.map(([n]) => n), conversions: list.map(([, s]) => s.conversions), value: list.map(([, s]) => s.value) };
}
