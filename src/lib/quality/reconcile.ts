// Platform against log: the conversions an ad platform's report claims per channel (or campaign) set against the
// conversions a touchpoint log credits to the same name by last touch, over the dates both files cover. Reconciling
// the platforms is the first step the measurement guides name: platforms count view-throughs and their own
// windows, so their numbers run above what the site saw.
import type { JourneySet, SpendRow } from '../types';
import { msg, type Msg } from '../messages';
import { nameKey } from '../journeys/name-variants';
import { spanOf } from '../kpi/spend';

const DAY = 86_400_000;

export interface ReconcileRow {
  /** The name as the platform's report writes it. */
  name: string;
  /** What it matched in the touchpoint log: a channel, a campaign (the last touch's), or nothing. */
  match: 'channel' | 'campaign' | 'none';
  /** Conversions the platform reports over the range. */
  platform: number;
  /** Conversions whose last touch is this channel or campaign, over the same range. */
  log: number;
  /** platform − log. */
  difference: number;
  /** platform / log; null when the log credits none. */
  ratio: number | null;
}

export type Reconciliation =
  | {
      ok: true;
      /** The platform's report and the touchpoint log compared. */
      platformFile: string;
      logFile: string;
      /** The log's credit rule: the last touch before each conversion. */
      model: 'last_touch';
      /** The days both files cover, [first, last] as ms UTC midnights: whole rows of the platform's report. */
      range: [number, number];
      rows: ReconcileRow[];
      total: Omit<ReconcileRow, 'name' | 'match'>;
      /** Platform rows left out because they lie outside the range (or span its edge). */
      rowsOutside: number;
      sentence: Msg;
    }
  | { ok: false; reason: Msg };

export interface ReconcileInput {
  platformFile: string;
  rows: readonly SpendRow[];
  logFile: string;
  journeys: JourneySet;
}

const ratioOf = (platform: number, log: number) => (log > 0 ? platform / log : null);

/** The platform's conversions against the log's last-touch conversions, per name, over the overlap of their dates. */
export function reconcile({ platformFile, rows, logFile, journeys }: ReconcileInput): Reconciliation {
  const reported = rows.filter((r) => r.conversions !== undefined);
  if (reported.length === 0) return { ok: false, reason: msg('reconcile.noPlatformConversions', { file: platformFile }) };
  // The log's converting journeys, each with its day and last touch.
  const { touches, channels, campaigns } = journeys;
  const conversions: { time: number; channel: string; campaign: string | null; count: number }[] = [];
  for (const j of journeys.journeys) {
    if (j.conversions <= 0 || j.end <= j.start) continue;
    const last = j.end - 1;
    const time = j.conversionTime ?? touches.time[last];
    if (!Number.isFinite(time)) continue;
    const campaign = touches.campaign[last];
    conversions.push({ time, channel: channels[touches.channel[last]] ?? '', campaign: campaign >= 0 ? campaigns[campaign] : null, count: j.conversions });
  }
  if (conversions.length === 0) return { ok: false, reason: msg('reconcile.noLogConversions', { file: logFile }) };
  const logFrom = Math.floor(Math.min(...conversions.map((c) => c.time)) / DAY) * DAY;
  const logTo = Math.floor(Math.max(...conversions.map((c) => c.time)) / DAY) * DAY + DAY;
  // Whole platform rows inside the log's days: a weekly row is in or out, never cut.
  let from = Infinity, to = -Infinity, outside = 0, undated = 0;
  const inside: { row: SpendRow; start: number; end: number }[] = [];
  for (const row of reported) {
    const span = spanOf(row);
    if (!span) { undated++; continue; }
    if (span.start >= logFrom && span.end <= logTo) {
      inside.push({ row, ...span });
      from = Math.min(from, span.start);
      to = Math.max(to, span.end);
    } else outside++;
  }
  if (undated === reported.length) return { ok: false, reason: msg('reconcile.noDates', { file: platformFile }) };
  if (inside.length === 0) return { ok: false, reason: msg('reconcile.noOverlap', { platformFile, logFile }) };
  // The log's credit per channel and per campaign key, inside the same days.
  const byChannel = new Map<string, number>();
  const byCampaign = new Map<string, number>();
  for (const c of conversions) {
    if (c.time < from || c.time >= to) continue;
    const ck = nameKey(c.channel);
    byChannel.set(ck, (byChannel.get(ck) ?? 0) + c.count);
    if (c.campaign !== null) {
      const k = nameKey(c.campaign);
      byCampaign.set(k, (byCampaign.get(k) ?? 0) + c.count);
    }
  }
  // The platform's rows per name (first spelling kept), matched to a channel first, else a campaign.
  const names = new Map<string, { name: string; platform: number }>();
  for (const { row } of inside) {
    const key = nameKey(row.channel);
    const held = names.get(key);
    if (held) held.platform += row.conversions ?? 0;
    else names.set(key, { name: row.channel, platform: row.conversions ?? 0 });
  }
  const out: ReconcileRow[] = [];
  for (const [key, { name, platform }] of names) {
    const match = byChannel.has(key) ? 'channel' : byCampaign.has(key) ? 'campaign' : 'none';
    const log = match === 'channel' ? byChannel.get(key)! : match === 'campaign' ? byCampaign.get(key)! : 0;
    out.push({ name, match, platform, log, difference: platform - log, ratio: ratioOf(platform, log) });
  }
  out.sort((a, b) => b.platform - a.platform || a.name.localeCompare(b.name));
  const platform = out.reduce((a, r) => a + r.platform, 0);
  const log = out.reduce((a, r) => a + r.log, 0);
  const range: [number, number] = [from, to - DAY];
  const sentence = msg('reconcile.summary', { platformFile, logFile, from: range[0], to: range[1], platform, log, unmatched: out.filter((r) => r.match === 'none').map((r) => r.name) });
  return { ok: true, platformFile, logFile, model: 'last_touch', range, rows: out, total: { platform, log, difference: platform - log, ratio: ratioOf(platform, log) }, rowsOutside: outside + undated, sentence };
}
