// Spend next to attributed credit: cost per acquisition and return on ad spend per channel and model.
import type { SpendRow } from '../types';

/** Channel names match when they are equal ignoring case, spaces and punctuation ("LinkedIn Ads" = "linkedin-ads"). */
export function channelKey(name: string): string {
  return name.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '');
}

export interface SpendMatch {
  /** Spend per attribution channel (index like `channels`), null when no spend row matches it. */
  spend: (number | null)[];
  /** Spend channels that match no attribution channel. */
  unmatched: string[];
}

/** Matches spend totals by channel name to the attribution channels. Does not mutate its inputs. */
export function matchSpend(channels: readonly string[], spend: readonly { name: string; spend: number }[]): SpendMatch {
  const byKey = new Map<string, number>();
  for (const s of spend) byKey.set(channelKey(s.name), (byKey.get(channelKey(s.name)) ?? 0) + s.spend);
  const keys = new Set(channels.map(channelKey));
  return {
    spend: channels.map((c) => byKey.get(channelKey(c)) ?? null),
    unmatched: spend.filter((s) => !keys.has(channelKey(s.name))).map((s) => s.name),
  };
}

/** Of several spend files, the one sharing most channels with the attribution channels (the first on a tie); null when none shares one. */
export function bestSpendFile<T extends { spend: readonly { name: string; spend: number }[] }>(channels: readonly string[], files: readonly T[]): T | null {
  let best: T | null = null, shared = 0;
  for (const f of files) {
    const n = f.spend.length - matchSpend(channels, f.spend).unmatched.length;
    if (n > shared) { best = f; shared = n; }
  }
  return best;
}

/** Cost per conversion: spend / credited conversions; null without spend or credit. */
export function costPer(spend: number | null, credited: number): number | null {
  return spend === null || credited <= 0 ? null : spend / credited;
}

/** Return on ad spend: credited value / spend; null without spend. */
export function roas(spend: number | null, creditedValue: number): number | null {
  return spend === null || spend <= 0 ? null : creditedValue / spend;
}

/** A spend file's totals by channel over the journeys' dates, and what fell outside them. */
export interface SpendInPeriod {
  /** Spend per channel name (in the file's first-seen order) within the dates; every row's when there are no dates. */
  spend: { name: string; spend: number }[];
  /** Spend dated outside the journeys' dates: left out. */
  outside: number;
  /** Rows with no date or period (counted in full: they cannot be matched by date). */
  undated: number;
}

const DAY = 86_400_000;

/**
 * The spend within the journeys' first and last touch (whole days). A row spanning more than a day (a week or month
 * label) counts in proportion to its days within, as the KPIs spread it. Without a span (a path table has no dates)
 * every row counts. `spanOf` gives a row's [start, end) ms, or null when it has no date. Does not mutate its inputs.
 */
export function spendWithin(rows: readonly SpendRow[], span: { start: number; end: number } | null,
  spanOf: (row: SpendRow) => { start: number; end: number } | null): SpendInPeriod {
  const totals = new Map<string, number>();
  let outside = 0, undated = 0;
  const from = span ? Math.floor(span.start / DAY) * DAY : -Infinity, to = span ? Math.floor(span.end / DAY) * DAY + DAY : Infinity;
  for (const r of rows) {
    const s = spanOf(r);
    if (!s) undated++;
    const share = !s || !span ? 1 : Math.max(0, Math.min(s.end, to) - Math.max(s.start, from)) / Math.max(DAY, s.end - s.start);
    const inside = r.spend * Math.min(1, share);
    totals.set(r.channel, (totals.get(r.channel) ?? 0) + inside);
    outside += r.spend - inside;
  }
  return { spend: [...totals].map(([name, spend]) => ({ name, spend })), outside, undated };
}
