// Spend next to attributed credit: cost per acquisition and return on ad spend per channel and model.

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
