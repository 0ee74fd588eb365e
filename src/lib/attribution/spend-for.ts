// The spend that goes with a journey dataset in the cost table: of the loaded spend files, the one sharing most
// channel names with the journeys, summed over the journeys' dates only (issue 14: spend is matched by channel name
// and dates, and what did not match is said). Files in two currencies are never candidates.
import type { JourneySet, SpendRow } from '../types';
import { journeySpan } from '../budget/period';
import { spanOf } from '../kpi/spend';
import { bestSpendFile, spendWithin, type SpendInPeriod } from './cost';

export interface SpendFile {
  id: string;
  file: string;
  rows: readonly SpendRow[];
  /** The currencies the file states (none when it does not say). */
  codes: readonly string[];
}

export interface SpendForJourneys extends SpendInPeriod {
  id: string;
  file: string;
  /** The journeys' first and last touch; null for a path table (no dates: every spend row counts). */
  dates: { start: number; end: number } | null;
  /** The currency the file states; null when it does not say. */
  currency: string | null;
}

/** The spend file for these journeys and channels over their dates, or null when no file shares a channel. Mutates nothing. */
export function spendForJourneys(set: JourneySet, channels: readonly string[], files: readonly SpendFile[]): SpendForJourneys | null {
  const dates = journeySpan(set);
  // spendWithin lists every channel of the file, also those with no spend within the dates: the choice is by the
  // file's channels, so a file is not passed over only because its dates differ.
  const candidates = files.filter((f) => f.codes.length <= 1).map((f) => ({ f, ...spendWithin(f.rows, dates, spanOf) }));
  const best = bestSpendFile(channels, candidates);
  if (!best) return null;
  const { f, ...within } = best;
  return { id: f.id, file: f.file, dates, currency: f.codes[0] ?? null, ...within };
}
