// Which journeys file to pair with a spend file by default: the one whose channels the spend names most often
// (a path table with made-up channels next to the touchpoints of the same campaigns must not win by being first).
import { channelKey } from '../../lib/attribution/cost';

interface Named { id: string; stats: { type: string; channels?: unknown } }

/** Channel names of a spend or journeys summary (other kinds have none, or only a count). */
const names = (d: Named | undefined): string[] =>
  (d && (d.stats.type === 'spend' || d.stats.type === 'journeys') && Array.isArray(d.stats.channels) ? d.stats.channels.map((c: { name: string }) => c.name) : []);

/** How many channel names of `spend` the journeys dataset `journeys` shares. */
export function sharedChannels(spend: Named | undefined, journeys: Named | undefined): number {
  const spent = new Set(names(spend).map(channelKey));
  return names(journeys).filter((n) => spent.has(channelKey(n))).length;
}

/** True when a spend dataset carries the ad platform's own conversions (a campaign report): a credit source by itself. */
export const reportsConversions = (spend: Named | undefined): boolean =>
  !!spend && spend.stats.type === 'spend' && (spend.stats as { reported?: boolean }).reported === true;

/** The id of the journeys dataset sharing most channel names with `spend` (first on ties), or null when none. */
export function bestJourneys(spend: Named | undefined, journeys: readonly Named[]): string | null {
  if (journeys.length === 0) return null;
  const spent = new Set(names(spend).map(channelKey));
  let best = journeys[0].id, most = -1;
  for (const d of journeys) {
    const shared = names(d).filter((n) => spent.has(channelKey(n))).length;
    if (shared > most) { best = d.id; most = shared; }
  }
  return best;
}
