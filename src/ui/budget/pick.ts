// Which journeys file to pair with a spend file by default: the one whose channels the spend names most often
// (a path table with made-up channels next to the touchpoints of the same campaigns must not win by being first).
import { channelKey } from '../../lib/attribution/cost';

interface Named { id: string; stats: { type: string; channels?: readonly { name: string }[] } }

/** The id of the journeys dataset sharing most channel names with `spend` (first on ties), or null when none. */
export function bestJourneys(spend: Named | undefined, journeys: readonly Named[]): string | null {
  if (journeys.length === 0) return null;
  const spent = new Set((spend?.stats.channels ?? []).map((c) => channelKey(c.name)));
  let best = journeys[0].id, most = -1;
  for (const d of journeys) {
    const shared = (d.stats.channels ?? []).filter((c) => spent.has(channelKey(c.name))).length;
    if (shared > most) { best = d.id; most = shared; }
  }
  return best;
}
