// Level of detail: attribute to campaigns or touchpoint types instead of channels.

import type { JourneySet, Touch } from '../types';
import type { Level } from './types';

const NOT_SET = '(not set)';

/**
 * The set with each touch's `channel` replaced by its campaign (or type): `channels` becomes the campaign
 * (or type) names, in the same order, plus '(not set)' at the end when some touch has none (an existing
 * '(not set)' name, as GA4 writes, is reused). Types, stages, campaigns and the other fields are kept.
 * 'channel' returns `set` itself. Does not mutate `set`.
 */
export function atLevel(set: JourneySet, level: Level): JourneySet {
  if (level === 'channel') return set;
  if (level !== 'campaign' && level !== 'touch_type') throw new Error(`invalid level: ${String(level)}`);
  const names = [...(level === 'campaign' ? set.campaigns : set.types)];
  let notSet = names.indexOf(NOT_SET);
  const codeOf = (t: Touch): number => {
    const c = level === 'campaign' ? t.campaign : t.type;
    if (c !== undefined) return c;
    if (notSet < 0) notSet = names.push(NOT_SET) - 1;
    return notSet;
  };
  const journeys = set.journeys.map((j) => ({
    ...j,
    // One literal with every field: the same hidden class as the builder's touches.
    touches: j.touches.map((t) => ({ channel: codeOf(t), time: t.time, type: t.type, stage: t.stage, campaign: t.campaign })),
  }));
  return { ...set, channels: names, journeys };
}
