// The attribution engine's sentences in English (why a model does not apply, options that could not be
// applied), one template per message key (see ../messages.ts).

import { MODEL_LABELS } from './labels';
import { formatNumber } from '../util/format';

/** Models that need a stage column, by their English names. */
const STAGE_MODELS = { w_shaped: 'W-shaped', full_path: 'Full-path' } as const;

export const attributionMessages = {
  /** The attribution chart's finding (finding.ts): `amount` conversions, or money in the data's currency. */
  'attribution.finding': (p: { channel: string; amount: number; metric: 'conversions' | 'value'; more: string; less: string }) =>
    `${p.channel} gets ${p.metric === 'value' ? `${formatNumber(Math.round(p.amount))} more in conversion value` : `${formatNumber(p.amount)} more conversions`} under ${MODEL_LABELS[p.more]} than under ${MODEL_LABELS[p.less]}: ${MODEL_LABELS[p.less]} undervalues it.`,
  'attribution.findingRemoval': (p: { channel: string; share: number }) =>
    `Removing ${p.channel} would lose ${(p.share * 100).toFixed(1)}% of conversions, the most of any channel.`,
  'attribution.findingLengths': (p: { multi: number; fewest: number | null }) => (p.fewest !== null && p.fewest > 2
    ? `Every conversion came after ${p.fewest} or more touches.`
    : `${(p.multi * 100).toFixed(0)}% of conversions came after two or more touches.`),
  'attribution.findingTime': (p: { days: number }) => `Half of the conversions come within ${formatNumber(p.days)} day${p.days === 1 ? '' : 's'} of the first touch.`,
  'attribution.findingTransition': (p: { channel: string; p: number }) =>
    `Journeys convert right after ${p.channel} most often: ${(p.p * 100).toFixed(0)}% of its steps lead to a conversion.`,
  'attribution.lookbackUntimed': (_: Record<string, never>) => 'The lookback window needs timestamps; this data has none, so every touch was kept.',
  'attribution.timeDecayUntimed': (_: Record<string, never>) => 'Time decay needs timestamps; path tables have none.',
  'attribution.timeDecayNoTimestamps': (_: Record<string, never>) => 'Time decay needs timestamps; this touchpoint file has no timestamp column mapped.',
  'attribution.halfLife': (p: { days: number }) => `Time decay needs a half-life above 0 days; ${p.days} was given.`,
  'attribution.needsStage': (p: { model: keyof typeof STAGE_MODELS }) =>
    `${STAGE_MODELS[p.model]} attribution needs a stage column (lead, MQL, opportunity...) in the touchpoint file; map one in the column mapper.`,
  'attribution.markovNoTouches': (_: Record<string, never>) => 'No journey has a touch, so there are no paths for the Markov model.',
  'attribution.markovTooManyChannels': (p: { channels: number; max: number }) =>
    `The Markov model solves the chain once per channel, which takes minutes with ${p.channels} channels; it is off above ${p.max}. Group the channels (for example by source or channel group) to use it.`,
  'attribution.markovTooManyStates': (p: { order: number; states: number; channels: number }) =>
    `The Markov model of order ${p.order} has ${p.states.toLocaleString('en-US')} states over ${p.channels} channels; solving it once per channel would take minutes, so it is off. Use a lower order, or group the channels.`,
  'attribution.markovNoConversions': (_: Record<string, never>) => 'No journey with touches converted, so the Markov model has nothing to credit.',
  // How the states of an order-k Markov chain are formed (the view's formula note and the README say it).
  'attribution.markovStates.mittari': (_: Record<string, never>) =>
    "Mittari's chain: consecutive repeats of a channel are merged first, then each touch's state is the last k channels up to it, so the first k - 1 states of a path hold fewer channels (a > a > b > c at order 2 visits a, then a > b, then b > c).",
  'attribution.markovStates.channelattribution': (_: Record<string, never>) =>
    "ChannelAttribution's chain: each state is a window of k consecutive touches of the path as it is, repeats included, starting at the first full window and sliding one touch at a time; a path of k touches or fewer is a single state, and a run of one channel longer than k touches counts as k (a > a > b > c at order 2 visits a > a, then a > b, then b > c).",
};

type Table = typeof attributionMessages;
/** A sentence of the attribution engine: a key of the table above and its values (a Msg, see ../messages.ts). */
export type AttributionMsg = { [K in keyof Table]: { key: K; params: Parameters<Table[K]>[0] } }[keyof Table];

/** The English sentence of an attribution Msg (for the budget's sentence that quotes one). */
export function attributionEnglish(m: AttributionMsg): string {
  return (attributionMessages[m.key] as (p: unknown) => string)(m.params);
}
