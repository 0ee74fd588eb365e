// Level of detail: attribute to campaigns or touchpoint types instead of channels.

import type { JourneySet } from '../types';
import type { Level } from './types';

const NOT_SET = '(not set)';

/**
 * The set with each touch's channel replaced by its campaign (or type): `channels` becomes the campaign
 * (or type) names, in the same order, plus '(not set)' at the end when some touch has none (an existing
 * '(not set)' name, as GA4 writes, is reused). Only the channel column is new: journeys and the other touch
 * columns are shared. 'channel' returns `set` itself. Does not mutate `set`.
 */
export function atLevel(set: JourneySet, level: Level): JourneySet {
  if (level === 'channel') return set;
  if (level !== 'campaign' && level !== 'touch_type') throw new Error(`invalid level: ${String(level)}`);
  const names = [...(level === 'campaign' ? set.campaigns : set.types)];
  let notSet = names.indexOf(NOT_SET);
  const from = level === 'campaign' ? set.touches.campaign : set.touches.type;
  const channel = new Int32Array(from.length);
  for (let k = 0; k < from.length; k++) {
    const c = from[k];
    if (c >= 0) channel[k] = c;
    else {
      if (notSet < 0) notSet = names.push(NOT_SET) - 1;
      channel[k] = notSet;
    }
  }
  return { ...set, channels: names, touches: { ...set.touches, channel } };
}
