// Properties of every attribution model on random journeys: credit sums to the attributable conversions and
// value, is never negative, and does not depend on the order of the journeys or on the channels' names.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { attribute } from '../../src/lib/attribution/attribute';
import type { ModelName } from '../../src/lib/attribution/types';
import type { JourneySet } from '../../src/lib/types';
import { journeySet, type JourneyInput } from '../../src/lib/journeys/store';

const DAY = 86_400_000;
const STAGES = ['lead', 'MQL', 'SQL', 'opportunity', 'won'];

const journey = (channels: number, types: number) =>
  fc.record({
    touches: fc.array(fc.record({ channel: fc.nat(channels - 1), type: fc.nat(types - 1), stage: fc.nat(STAGES.length - 1), gap: fc.integer({ min: 0, max: 30 }) }), { minLength: 1, maxLength: 7 }),
    conversions: fc.nat(3),
    nulls: fc.nat(3),
    value: fc.integer({ min: 0, max: 50_000 }),
  });

function toSet(raw: { touches: { channel: number; type: number; stage: number; gap: number }[]; conversions: number; nulls: number; value: number }[], channels: string[], types: number): JourneySet {
  const journeys: JourneyInput[] = raw.map((j, i) => {
    let t = 0;
    const touches = j.touches.map((x) => ({ channel: x.channel, type: x.type, stage: x.stage, campaign: undefined, time: (t += x.gap * DAY) }));
    const conversions = j.conversions > 0 || j.nulls === 0 ? Math.max(1, j.conversions) : 0;
    return { id: `j${i}`, touches, conversions, nulls: j.nulls, value: conversions > 0 ? j.value : 0, conversionTime: conversions > 0 ? t + DAY : undefined };
  });
  return journeySet({ channels, types: Array.from({ length: types }, (_, i) => `type${i}`), stages: STAGES, journeys, timed: true });
}

const sets = fc.integer({ min: 1, max: 5 }).chain((channels) =>
  fc.record({ channels: fc.constant(channels), journeys: fc.array(journey(channels, 3), { minLength: 1, maxLength: 25 }) }),
);

const byName = (channels: string[], values: number[]) => Object.fromEntries(channels.map((c, i) => [c, values[i]]));

describe('attribution on random journeys', () => {
  it('every model shares out exactly the attributable conversions and value, never a negative amount', () => {
    fc.assert(
      fc.property(sets, fc.integer({ min: 1, max: 3 }), ({ channels, journeys }, order) => {
        const names = Array.from({ length: channels }, (_, i) => `ch${i}`);
        const r = attribute(toSet(journeys, names, 3), 'touchpoints', { markovOrder: order as 1 | 2 | 3, weights: { first: 3, middle: 1, last: 2 }, typeWeights: { type1: 2.5 } });
        // With no conversion at all there is nothing to share; the Markov chain says so instead of dividing by 0.
        if (r.conversions > 0) expect(r.unavailable).toEqual({});
        for (const [model, credit] of Object.entries(r.models)) {
          const sum = credit.conversions.reduce((a, b) => a + b, 0);
          const value = credit.value.reduce((a, b) => a + b, 0);
          expect(Math.abs(sum - r.conversions), model).toBeLessThan(1e-9 * Math.max(1, r.conversions));
          expect(Math.abs(value - r.conversionValue), model).toBeLessThan(1e-6 * Math.max(1, r.conversionValue));
          expect(credit.conversions.every((c) => c >= -1e-12), model).toBe(true);
        }
      }),
      { numRuns: 120, seed: 3 },
    );
  });

  it('does not depend on journey order or on channel names', () => {
    fc.assert(
      fc.property(sets, ({ channels, journeys }) => {
        const names = Array.from({ length: channels }, (_, i) => `ch${i}`);
        const renamed = names.map((n) => `renamed ${n.toUpperCase()}`);
        const a = attribute(toSet(journeys, names, 3), 'touchpoints');
        const b = attribute(toSet([...journeys].reverse(), renamed, 3), 'touchpoints');
        for (const model of Object.keys(a.models) as ModelName[]) {
          const x = byName(a.channels, a.models[model]!.conversions);
          const y = byName(b.channels.map((c) => `ch${c.slice(-1)}`), b.models[model]!.conversions);
          for (const name of Object.keys(x)) expect(Math.abs(x[name] - y[name]), `${model} ${name}`).toBeLessThan(1e-9);
        }
      }),
      { numRuns: 80, seed: 5 },
    );
  });
});
