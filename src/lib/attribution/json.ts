// The CLI's `attribute` output: per model, per channel credit keyed by channel name.
import type { AttributionResult } from './index';

const round = (x: number) => Math.round(x * 1e9) / 1e9;

export function attributionJson(r: AttributionResult): Record<string, unknown> {
  const byChannel = (values: readonly number[]) => Object.fromEntries(r.channels.map((c, i) => [c, round(values[i])]));
  const models = Object.fromEntries(
    Object.entries(r.models).map(([model, credit]) => [
      model,
      Object.fromEntries(r.channels.map((c, i) => [c, { conversions: round(credit.conversions[i]), value: round(credit.value[i]) }])),
    ]),
  );
  return {
    journeys: r.journeys,
    conversions: round(r.conversions),
    conversionValue: round(r.conversionValue),
    unattributed: r.unattributed,
    channels: r.channels,
    options: r.options,
    models,
    markov: r.markov && {
      order: r.markov.order,
      states: r.markov.variant,
      conversionProbability: r.markov.conversionProbability,
      removalEffects: byChannel(r.markov.removalEffects),
      removalEffectsValue: byChannel(r.markov.removalEffectsValue),
      noNulls: r.markov.noNulls,
    },
    unavailable: r.unavailable,
    notes: r.notes,
  };
}
