// weekly-mix.csv of the example: two years of weekly revenue and spend per paid channel (2023-07-03 .. 2025-06-23),
// the table a marketing-mix model is fitted to. Its last 26 weeks are spend.csv's weeks, summed per channel; the
// 78 weeks before are drawn with the same habits. Revenue is made by the model's own form with a known truth:
// a baseline (level, growth, yearly season, holidays, a competitor index) plus each channel's geometric adstock and
// Hill saturation, and noise. The truth is exported so a test can check that the fit finds it.
import { adstock, hillInPlace } from '../mmm/transform';
import { normal } from '../util/random';
import { DAY, isoDate } from './calendar';
import { toCsv } from './csv';
import type { SpendRow } from './spend';

export const WEEKLY_CHANNELS = ['LinkedIn Ads', 'Google Ads', 'Email', 'Webinar', 'Trade show'] as const;

export const WEEKLY_HEADER = ['week', 'revenue', ...WEEKLY_CHANNELS.map((c) => `${c} spend`), 'LinkedIn Ads impressions', 'Google Ads clicks', 'competitor_index', 'holiday'] as const;

/** The truth behind the example's revenue, per channel in WEEKLY_CHANNELS' order: carryover, Hill shape, ROI. */
export const WEEKLY_TRUTH: readonly { theta: number; alpha: number; gammaRatio: number; roi: number }[] = [
  { theta: 0.4, alpha: 1.2, gammaRatio: 1.0, roi: 2.6 },
  { theta: 0.1, alpha: 1.0, gammaRatio: 0.9, roi: 3.8 },
  { theta: 0.2, alpha: 1.0, gammaRatio: 1.0, roi: 5.0 },
  { theta: 0.5, alpha: 1.1, gammaRatio: 1.0, roi: 2.2 },
  { theta: 0.6, alpha: 1.0, gammaRatio: 1.2, roi: 1.4 },
];

const FIRST = Date.UTC(2023, 6, 3); // Monday of ISO week 2023-W27
const WEEKS = 104;
const round2 = (x: number) => Math.round(x * 100) / 100;

/** Trade shows and webinars before 2025 (Mondays of their weeks), drawn like the 2025 calendar. */
const SHOWS = [Date.UTC(2023, 8, 18), Date.UTC(2024, 2, 18), Date.UTC(2024, 4, 20), Date.UTC(2024, 8, 16)];
const isSummer = (ms: number) => new Date(ms).getUTCMonth() === 6;
/** Christmas to New Year, and the midsummer week: Finland is closed. */
function isHoliday(ms: number): boolean {
  return [0, 1, 2, 3, 4, 5, 6].some((d) => {
    const day = new Date(ms + d * DAY), m = day.getUTCMonth(), date = day.getUTCDate();
    return (m === 11 && date >= 24) || (m === 0 && date === 1) || (m === 5 && date >= 20 && date <= 26 && day.getUTCDay() === 5);
  });
}

/** Spend per channel in a week before 2025: LinkedIn and Google always on (quieter in July), monthly webinars, shows. */
function drawWeek(week: number, rng: () => number): number[] {
  const summer = isSummer(week) ? 0.5 : 1;
  const showSoon = SHOWS.some((s) => s >= week && s < week + 14 * DAY);
  const li = 1_700 * summer * (showSoon ? 1.35 : 1) * (1 + normal(rng, 0, 0.15));
  // Search campaigns come and go: a push some weeks, a pause in others.
  const ga = 1_200 * summer * (rng() < 0.2 ? 1.7 : rng() < 0.15 ? 0.35 : 1) * (1 + normal(rng, 0, 0.15));
  const newsletter = [0, 1, 2, 3, 4, 5, 6].some((d) => new Date(week + d * DAY).getUTCDate() === 1);
  const email = 180 + (newsletter ? 250 : 0) + rng() * 40;
  const dayOfMonth = new Date(week).getUTCDate(), month = new Date(week).getUTCMonth();
  const webinarMonth = month !== 6 && month !== 11;
  const webinar = !webinarMonth ? 0 : dayOfMonth >= 8 && dayOfMonth <= 14 ? 900 + rng() * 400 : dayOfMonth >= 1 && dayOfMonth <= 7 ? 500 + rng() * 300 : 0;
  const show = SHOWS.includes(week) ? 11_000 + rng() * 4_500 : SHOWS.includes(week + 7 * DAY) ? 2_000 + rng() * 800 : 0;
  return [li, ga, email, webinar, show].map((x) => Math.max(0, x));
}

/** The weekly table: the 2025 weeks from spend.csv's rows, the weeks before drawn; revenue from the known truth. */
export function weeklyMixCsv(spend: readonly SpendRow[], rng: () => number): string {
  const weeks = Array.from({ length: WEEKS }, (_, t) => FIRST + t * 7 * DAY);
  const fromFile = new Map<string, number[]>();
  for (const [week, channel, amount] of spend) {
    const c = (WEEKLY_CHANNELS as readonly string[]).indexOf(channel);
    if (c < 0) continue;
    const row = fromFile.get(week) ?? WEEKLY_CHANNELS.map(() => 0);
    row[c] += amount;
    fromFile.set(week, row);
  }
  const spends = weeks.map((w) => fromFile.get(isoDate(w)) ?? drawWeek(w, rng)).map((row) => row.map(round2));
  let a = 0;
  const competitor = weeks.map(() => (a = 0.7 * a + normal(rng, 0, 1)));
  const holiday = weeks.map((w) => (isHoliday(w) ? 1 : 0));
  const revenue = weeks.map((w, t) => {
    const yearAngle = (2 * Math.PI * t) / 52.18;
    return 42_000 * (1 + 0.08 * (t / 52)) * (1 + 0.07 * Math.sin(yearAngle) + 0.04 * Math.cos(2 * yearAngle))
      - 2_500 * competitor[t] - 11_000 * holiday[t];
  });
  WEEKLY_CHANNELS.forEach((_, c) => {
    const x = spends.map((row) => row[c]), truth = WEEKLY_TRUTH[c];
    const h = adstock(x, truth.theta);
    const gamma = truth.gammaRatio * (h.reduce((s, v) => s + v, 0) / WEEKS);
    hillInPlace(h, truth.alpha, gamma);
    const total = x.reduce((s, v) => s + v, 0), hills = h.reduce((s, v) => s + v, 0);
    const beta = hills > 0 ? (truth.roi * total) / hills : 0;
    h.forEach((v, t) => (revenue[t] += beta * v));
  });
  const rows = weeks.map((w, t) => [
    isoDate(w), Math.round(revenue[t] + normal(rng, 0, 1_500)), ...spends[t],
    Math.round((spends[t][0] / (32 + rng() * 6)) * 1000), Math.round(spends[t][1] / (2.1 + rng() * 0.8)),
    round2(100 + 10 * competitor[t]), holiday[t],
  ]);
  return toCsv(WEEKLY_HEADER, rows);
}
