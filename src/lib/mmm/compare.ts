// The mix model's budget beside the attribution-based one, per channel: the direction each suggests (more, less, as
// now) and whether they agree. Where they agree, act; where they disagree, test. Channels are matched by name as
// spend is matched to credit (../attribution/cost: "LinkedIn Ads" = "linkedin_ads"); a group's members each take its move.
import { channelKey } from '../attribution/cost';
import type { MmmAllocation } from './allocate';

export type Direction = 'up' | 'down' | 'hold';

export interface SideBySideRow {
  channel: string;
  /** The mix model's relative change of weekly spend, and its direction. */
  mmmChange: number;
  mmm: Direction;
  /** The attribution-based relative change over its spend file's period, and its direction; null when it has no such channel. */
  attributionChange: number | null;
  attribution: Direction | null;
  /** Same direction; null when only one of them has the channel. */
  agree: boolean | null;
}

/** A channel's current and recommended spend in the attribution-based budget. */
export interface AttributionMove {
  name: string;
  currentSpend: number;
  recommendedSpend: number;
}

const change = (current: number, recommended: number) => (current > 0 ? recommended / current - 1 : recommended > 0 ? Infinity : 0);

/** More, less or as now: a move under `tolerance` of current spend is "as now". */
export function directionOf(relative: number, tolerance: number): Direction {
  return relative > tolerance ? 'up' : relative < -tolerance ? 'down' : 'hold';
}

/** One row per channel of the mix model (group members one by one), in its order; none when no name matches. */
export function sideBySide(mmm: Pick<MmmAllocation, 'channels'>, attribution: readonly AttributionMove[], tolerance = 0.05): SideBySideRow[] {
  const byKey = new Map(attribution.map((a) => [channelKey(a.name), a]));
  const rows = mmm.channels.flatMap((c) => (c.split.length > 0 ? c.split : [c]).map((m): SideBySideRow => {
    const mmmChange = change(m.currentWeekly, m.recommendedWeekly);
    const a = byKey.get(channelKey(m.name));
    const attributionChange = a ? change(a.currentSpend, a.recommendedSpend) : null;
    const mine = directionOf(mmmChange, tolerance);
    const theirs = attributionChange === null ? null : directionOf(attributionChange, tolerance);
    return { channel: m.name, mmmChange, mmm: mine, attributionChange, attribution: theirs, agree: theirs === null ? null : theirs === mine };
  }));
  return rows.some((r) => r.attribution !== null) ? rows : [];
}
