// spend.csv of the example: weekly spend per paid channel and event, ISO weeks 2025-W01..W26.

import { intBetween, normal } from '../util/random';
import { DAY, TRADE_SHOWS, WEBINARS, isoDate, weekStarts } from './calendar';
import { toCsv } from './csv';

export const SPEND_HEADER = ['week', 'channel', 'spend', 'impressions', 'clicks'] as const;

export type SpendRow = [week: string, channel: string, spend: number, impressions: number, clicks: number];
type Row = SpendRow;

const round2 = (x: number) => Math.round(x * 100) / 100;
const inWeek = (t: number, week: number) => t >= week && t < week + 7 * DAY;
/** Seasonal wave: busier before the spring trade show and in May, quieter in June. */
const season = (i: number) => 1 + 0.2 * Math.sin((i / 26) * 2 * Math.PI) - (i >= 22 ? 0.15 : 0);

/**
 * Weekly spend. LinkedIn Ads (CPM about 35 EUR, CTR about 0.55 %) and Google Ads (CPC about 2.5 EUR,
 * CTR about 4 %) run every week; Email carries tool and content costs (impressions = emails delivered);
 * Webinar and Trade show cost money only in their weeks and the week before. For events, impressions
 * are landing-page views or booth visitors and clicks are registrations or badge scans.
 */
export function spendCsv(rng: () => number): string {
  return toCsv(SPEND_HEADER, spendRows(rng));
}

/** The rows of spend.csv (spendCsv's text), for the weekly marketing-mix table that ends with the same weeks. */
export function spendRows(rng: () => number): SpendRow[] {
  const rows: Row[] = [];
  weekStarts().forEach((week, i) => {
    const date = isoDate(week);
    const showSoon = TRADE_SHOWS.some((s) => s.time >= week && s.time < week + 14 * DAY);

    const li = 1_900 * season(i) * (showSoon ? 1.35 : 1) * (1 + normal(rng, 0, 0.12));
    const liImpr = Math.round((li / (32 + rng() * 6)) * 1000);
    rows.push([date, 'LinkedIn Ads', round2(li), liImpr, Math.round(liImpr * (0.0045 + rng() * 0.002))]);

    const ga = 1_300 * (i >= 22 ? 0.8 : 1) * (1 + normal(rng, 0, 0.1));
    const gaClicks = Math.round(ga / (2.1 + rng() * 0.8));
    rows.push([date, 'Google Ads', round2(ga), Math.round(gaClicks / (0.035 + rng() * 0.015)), gaClicks]);

    const newsletter = [0, 1, 2, 3, 4, 5, 6].some((d) => new Date(week + d * DAY).getUTCDate() === 1);
    const sent = newsletter ? intBetween(rng, 4_000, 4_400) : intBetween(rng, 400, 800);
    rows.push([date, 'Email', round2(180 + (newsletter ? 250 : 0) + rng() * 40), sent, Math.round(sent * (0.025 + rng() * 0.015))]);

    const webinarNow = WEBINARS.some((w) => inWeek(w.time, week));
    const webinarNext = WEBINARS.some((w) => inWeek(w.time, week + 7 * DAY));
    if (webinarNow || webinarNext) {
      const cost = webinarNow ? 900 + rng() * 400 : 500 + rng() * 300;
      const views = intBetween(rng, 500, 900);
      rows.push([date, 'Webinar', round2(cost), views, Math.round(views * (0.12 + rng() * 0.08))]);
    }

    const showNow = TRADE_SHOWS.findIndex((s) => inWeek(s.time, week));
    const showNext = TRADE_SHOWS.some((s) => inWeek(s.time, week + 7 * DAY));
    if (showNow >= 0 || showNext) {
      const cost = showNow >= 0 ? (showNow === 0 ? 14_000 : 11_000) + rng() * 1_500 : 2_000 + rng() * 800;
      const visitors = showNow >= 0 ? intBetween(rng, 2_000, 3_000) : 0;
      rows.push([date, 'Trade show', round2(cost), visitors, Math.round(visitors * (0.05 + rng() * 0.03))]);
    }
  });
  return rows;
}
