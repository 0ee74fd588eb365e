// Custom attribution: position weights (first / middle / last) times a multiplier per touchpoint type, for
// sliders that recompute while they move. Journeys are flattened into typed arrays of distinct paths once;
// each recompute is then two passes over those arrays (see README for the timings).

import type { JourneySet } from '../types';
import type { Credit, PositionWeights } from './types';
import { sequenceKey } from './rules';

/** The slider key of a touch: its type name, or its channel name when it has no type. */
const keyOf = (set: JourneySet, k: number): string => {
  const type = set.touches.type[k];
  return type < 0 ? set.channels[set.touches.channel[k]] : set.types[type];
};

/**
 * The names a UI shows multiplier sliders for: the type of each touch of a converting journey, or its channel
 * when it has no type (so a file without a type column gets one slider per channel), most frequent first,
 * ties by name. A type and a channel with the same name share one multiplier.
 */
export function customKeys(set: JourneySet): string[] {
  const counts = new Map<string, number>();
  for (const j of set.journeys) {
    if (!(j.conversions > 0)) continue;
    for (let t = j.start; t < j.end; t++) {
      const k = keyOf(set, t);
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([k]) => k);
}

/** A position weight or multiplier as used: negative, NaN and infinite values count as 0. */
const clean = (w: number): number => (Number.isFinite(w) && w > 0 ? w : 0);

/**
 * Prepares the custom model on `set` and returns the recompute. Raw weight of a touch = its position weight
 * (first, middle for each touch between, last) x the multiplier of its key (type name, or channel name for a
 * touch without type; missing = 1; negative = 0), normalised within each converting journey and scaled by
 * its conversions and value. A 1-touch journey gives its touch 100% whatever the weights. A journey whose
 * weights are all 0 (say first = last = 0 on a 2-touch path) falls back to linear, so every conversion stays
 * credited. Weights {1, 1, 1} with no multipliers reproduce `linear`. Does not mutate `set`.
 */
export function customModel(set: JourneySet): (weights: PositionWeights, typeWeights: Readonly<Record<string, number>>) => Credit {
  const names: string[] = [];
  const nameIndex = new Map<string, number>();
  const indexOf = (name: string) => {
    let i = nameIndex.get(name);
    if (i === undefined) nameIndex.set(name, (i = names.push(name) - 1));
    return i;
  };
  const typeKey = set.types.map(indexOf);
  const channelKey = set.channels.map(indexOf);

  // Distinct (channel, key) sequences of converting journeys with touches.
  const paths = new Map<string, { codes: number[]; conversions: number; value: number }>();
  const touch = set.touches;
  for (const j of set.journeys) {
    if (!(j.conversions > 0) || j.end === j.start) continue;
    const codes: number[] = [];
    for (let k = j.start; k < j.end; k++) {
      const c = touch.channel[k], t = touch.type[k];
      codes.push(c, t < 0 ? channelKey[c] : typeKey[t]);
    }
    const key = sequenceKey(codes);
    const p = paths.get(key);
    if (p) {
      p.conversions += j.conversions;
      p.value += j.value;
    } else paths.set(key, { codes, conversions: j.conversions, value: j.value });
  }
  const count = paths.size;
  const starts = new Int32Array(count + 1);
  const conv = new Float64Array(count);
  const val = new Float64Array(count);
  let p = 0;
  for (const path of paths.values()) {
    starts[p + 1] = starts[p] + path.codes.length / 2;
    conv[p] = path.conversions;
    val[p++] = path.value;
  }
  const channel = new Int32Array(starts[count]);
  const key = new Int32Array(starts[count]);
  let longest = 0;
  p = 0;
  for (const path of paths.values()) {
    for (let i = 0; i < path.codes.length; i += 2) {
      channel[starts[p] + i / 2] = path.codes[i];
      key[starts[p] + i / 2] = path.codes[i + 1];
    }
    longest = Math.max(longest, path.codes.length / 2);
    p++;
  }
  const raw = new Float64Array(longest); // scratch, private to this closure
  const channels = set.channels.length;

  return (weights, typeWeights) => {
    const first = clean(weights.first);
    const middle = clean(weights.middle);
    const last = clean(weights.last);
    const multiplier = Float64Array.from(names, (n) => (Object.hasOwn(typeWeights, n) ? clean(typeWeights[n]) : 1));
    const conversions = new Float64Array(channels);
    const value = new Float64Array(channels);
    for (let q = 0; q < count; q++) {
      const from = starts[q];
      const n = starts[q + 1] - from;
      let sum = 0;
      for (let i = 0; i < n; i++) {
        const position = i === 0 ? first : i === n - 1 ? last : middle;
        sum += raw[i] = n === 1 ? 1 : position * multiplier[key[from + i]];
      }
      if (!(sum > 0)) {
        raw.fill(1, 0, n); // all weights 0: linear
        sum = n;
      }
      for (let i = 0; i < n; i++) {
        const share = raw[i] / sum;
        conversions[channel[from + i]] += share * conv[q];
        value[channel[from + i]] += share * val[q];
      }
    }
    return { conversions, value };
  };
}
