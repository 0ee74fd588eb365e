// Seeded rows for the SQL template tests: touchpoints, per-user experiment rows and GA4 events, each shaped
// to hit the rules the templates must copy (ties in time, rows out of order, conversions without touches,
// rows that are neither touch nor conversion, users in two variants, missing pre-period values).
import { mulberry32, pick } from '../../src/lib/util/random';
import type { Cell } from '../../src/lib/util/csv';

const START = Date.UTC(2026, 0, 5, 9);
/** Steps between a journey's rows: zeros make ties that only the row order can break. */
const STEPS_MS = [0, 0, 60_000, 3_600_000, 86_400_000, 3 * 86_400_000];
const money = (rng: () => number) => Math.round(rng() * 50_000) / 100;

/** Shuffles in place (Fisher-Yates) with the given generator. */
function shuffle<T>(rng: () => number, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

export const TOUCH_HEADER = ['journey_id', 'row_order', 'event_time', 'channel', 'conversion', 'value'];

/**
 * Touchpoint rows in shuffled file order, `row_order` = line index. Channels include a non-ASCII name;
 * 10% of rows have no channel (a conversion without its own touch, or a row Mittari skips).
 */
export function touchpointRows(seed: number, journeys: number): Cell[][] {
  const rng = mulberry32(seed);
  const channels = ['Paid Search', 'Organic Search', 'Email', 'LinkedIn Ads', 'Webinar', 'Direct', 'Sähköposti'];
  const rows: Cell[][] = [];
  for (let j = 0; j < journeys; j++) {
    let t = START + Math.floor(rng() * 60) * 86_400_000;
    const n = 1 + Math.floor(rng() * 10);
    for (let k = 0; k < n; k++) {
      t += pick(rng, STEPS_MS);
      const conversion = rng() < 0.15;
      const channel = rng() < 0.1 ? '' : pick(rng, channels);
      const value = conversion && rng() < 0.7 ? money(rng) : null;
      rows.push([`lead-${j}`, 0, new Date(t).toISOString(), channel, conversion ? 1 : 0, value]);
    }
  }
  shuffle(rng, rows).forEach((r, i) => { r[1] = i; });
  return rows;
}

export const USER_HEADER = ['user_id', 'variant', 'converted', 'revenue', 'pre_revenue', 'row_order'];

/**
 * Per-user experiment rows in shuffled order: most users have one row, some two or three (merged), 2% move
 * to another variant on a later row (left out), some `converted` cells are empty (value > 0 decides).
 */
export function experimentRows(seed: number, users: number): Cell[][] {
  const rng = mulberry32(seed);
  const variants = ['treatment-a', 'control', 'treatment-b'];
  const lift: Record<string, number> = { control: 0, 'treatment-a': 0.03, 'treatment-b': 0.01 };
  const rows: Cell[][] = [];
  for (let u = 0; u < users; u++) {
    const variant = pick(rng, variants);
    const pre = 20 + rng() * 80;
    const n = rng() < 0.8 ? 1 : 2 + Math.floor(rng() * 2);
    for (let k = 0; k < n; k++) {
      const moved = k > 0 && rng() < 0.1 ? pick(rng, variants) : variant;
      const converts = rng() < 0.1 + lift[variant];
      const value = converts ? Math.round((pre * 0.5 + rng() * 40) * 100) / 100 : rng() < 0.5 ? 0 : null;
      const converted = rng() < 0.1 ? null : converts ? 1 : 0;
      // Rows of one user disagree on pre, so taking the first one (in file order) is what counts.
      const preCell = rng() < 0.2 ? null : Math.round((pre + k * 7.5) * 100) / 100;
      rows.push([`u${u}`, moved, converted, value, preCell, 0]);
    }
  }
  shuffle(rng, rows).forEach((r, i) => { r[5] = i; });
  return rows;
}

/** One GA4 event as the test inserts it into DuckDB's nested `events` table. */
export interface Ga4Event {
  user: string | null;
  /** Microseconds since the epoch, UTC. */
  time: bigint;
  name: string;
  source?: string | null;
  medium?: string | null;
  campaign?: string | null;
  gclid?: string | null;
  /** The 'value' event parameter, in the field GA4 would use. */
  param?: { int?: number; double?: number };
  purchaseRevenue?: number;
}

const SOURCES: [string | null, string | null][] = [
  ['google', 'cpc'], ['google', 'organic'], ['newsletter', 'email'], ['linkedin', 'paid_social'],
  ['l.facebook.com', 'referral'], ['(direct)', '(none)'], ['partner.example', 'affiliate'], ['bing', 'cpc'],
  [null, 'sms'], ['youtube', 'video'],
];

/**
 * GA4-shaped events for a few hundred users: sessions that start with a UTM-tagged page_view (or a gclid, or
 * nothing), untagged page_views in between (not touches), and purchases / generate_leads, some at the
 * same microsecond as a touch.
 */
export function ga4Events(seed: number, users: number): Ga4Event[] {
  const rng = mulberry32(seed);
  const out: Ga4Event[] = [];
  for (let u = 0; u < users; u++) {
    let t = BigInt(START) * 1000n + BigInt(Math.floor(rng() * 30 * 86_400)) * 1_000_000n;
    const sessions = 1 + Math.floor(rng() * 5);
    for (let s = 0; s < sessions; s++) {
      t += BigInt(1 + Math.floor(rng() * 5 * 86_400)) * 1_000_000n;
      const kind = rng();
      const [source, medium] = pick(rng, SOURCES);
      const landing: Ga4Event = kind < 0.7
        ? { user: `p${u}`, time: t, name: 'page_view', source, medium, campaign: rng() < 0.5 ? pick(rng, ['spring', 'brand', 'cross-network q1', 'shop now']) : null }
        : kind < 0.85 ? { user: `p${u}`, time: t, name: 'page_view', gclid: `g${u}.${s}` } : { user: `p${u}`, time: t, name: 'page_view' };
      out.push(landing);
      for (let k = Math.floor(rng() * 3); k > 0; k--) out.push({ user: `p${u}`, time: (t += 30_000_000n), name: 'page_view' });
      if (rng() < 0.3) {
        const same = rng() < 0.3; // a conversion at the same microsecond as the landing touch
        const time = same ? landing.time : (t += 1_000_000n);
        out.push(rng() < 0.5
          ? { user: `p${u}`, time, name: 'purchase', param: rng() < 0.7 ? { double: money(rng) } : undefined, purchaseRevenue: money(rng) }
          : { user: `p${u}`, time, name: 'generate_lead', param: rng() < 0.5 ? { int: Math.floor(rng() * 100) } : undefined });
      }
    }
  }
  return shuffle(rng, out);
}

/** One row of the ad-spend table the weekly-mix template reads. */
export interface SpendRow {
  date: string;
  channel: string;
  spend: number;
}

/**
 * Daily spend and GA4 events over `days` days from `start` (yyyy-mm-dd), plus a few days either side (outside
 * the template's dates): purchases with and without purchase_revenue, generate_leads, page_views. Channel names
 * come with stray spaces, one channel is not in the template's list, whole weeks have no spend at all (days
 * 14..27) and one week no event (days 35..41), so the template must fill zeros.
 */
export function weeklyMixData(seed: number, start: string, days: number): { events: Ga4Event[]; spend: SpendRow[] } {
  const rng = mulberry32(seed);
  const t0 = Date.parse(`${start}T00:00:00Z`);
  const events: Ga4Event[] = [];
  const spend: SpendRow[] = [];
  const channels = ['Google Ads', ' Meta Ads ', 'LinkedIn Ads', 'TikTok'];
  for (let d = -3; d < days + 3; d++) {
    const date = new Date(t0 + d * 86_400_000).toISOString().slice(0, 10);
    if (d < 14 || d > 27) {
      for (const channel of channels) if (rng() < 0.8) spend.push({ date, channel, spend: money(rng) });
    }
    if (d >= 35 && d <= 41) continue;
    for (let k = Math.floor(rng() * 8); k > 0; k--) {
      const time = BigInt(t0 + d * 86_400_000 + Math.floor(rng() * 86_400_000)) * 1000n;
      const kind = rng();
      const user = rng() < 0.1 ? null : `p${Math.floor(rng() * 500)}`;
      events.push(kind < 0.4 ? { user, time, name: 'purchase', purchaseRevenue: rng() < 0.9 ? money(rng) : undefined }
        : kind < 0.6 ? { user, time, name: rng() < 0.5 ? 'generate_lead' : ' Sign_Up' }
          : { user, time, name: 'page_view', source: 'google', medium: 'cpc' });
    }
  }
  return { events: shuffle(rng, events), spend: shuffle(rng, spend) };
}
