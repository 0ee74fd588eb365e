// Channel, touch type and campaign mixes of the example firm. The first-touch mix (LinkedIn, trade
// shows, search) differs on purpose from the closing mix (Direct, Email, demo requests), so that
// first-touch, last-touch and position-based attribution disagree visibly.

import { weightedPick } from '../util/random';
import { TRADE_SHOWS, WEBINARS } from './calendar';

export type Channel =
  | 'LinkedIn Ads' | 'Google Ads' | 'Organic Search' | 'Email' | 'Webinar' | 'Trade show' | 'Direct' | 'Referral';

type Mix<T extends string> = Readonly<Partial<Record<T, number>>>;

export const FIRST: Mix<Channel> = {
  'LinkedIn Ads': 28, 'Google Ads': 16, 'Organic Search': 20, 'Trade show': 10, Referral: 10, Webinar: 4, Direct: 6, Email: 6,
};
export const MIDDLE: Mix<Channel> = {
  Email: 30, Webinar: 14, 'Organic Search': 14, Direct: 14, 'LinkedIn Ads': 12, 'Google Ads': 10, Referral: 4, 'Trade show': 2,
};
export const CLOSING: Mix<Channel> = { Direct: 35, Email: 30, 'Google Ads': 20, 'Organic Search': 10, Referral: 5 };

/** Probability that a contact becomes a customer, by first channel (events and referrals close best). */
export const WIN_RATE: Readonly<Record<Channel, number>> = {
  'LinkedIn Ads': 0.135, 'Google Ads': 0.11, 'Organic Search': 0.08, 'Trade show': 0.25, Referral: 0.18,
  Webinar: 0.15, Direct: 0.07, Email: 0.06,
};

/** Deal size multiplier by first channel: trade-show leads are bigger companies. */
export const DEAL_SIZE: Readonly<Record<Channel, number>> = {
  'LinkedIn Ads': 1.15, 'Google Ads': 0.9, 'Organic Search': 0.85, 'Trade show': 1.4, Referral: 1.1,
  Webinar: 1, Direct: 0.9, Email: 0.9,
};

const TYPES: Readonly<Record<Channel, Mix<string>>> = {
  'LinkedIn Ads': { 'ad click': 70, 'whitepaper download': 30 },
  'Google Ads': { 'ad click': 75, 'whitepaper download': 15, 'demo request': 10 },
  'Organic Search': { 'website visit': 75, 'whitepaper download': 25 },
  Email: { 'newsletter click': 100 },
  Webinar: { 'webinar attendance': 100 },
  'Trade show': { 'trade-show visit': 100 },
  Direct: { 'website visit': 80, 'demo request': 20 },
  Referral: { 'website visit': 100 },
};

export const STAGES = ['lead', 'MQL', 'SQL', 'opportunity', 'won'] as const;
/** Highest stage a non-converting contact reaches: most never pass lead. */
export const STALLED_STAGE: Mix<string> = { '0': 58, '1': 25, '2': 11, '3': 6 };

export function draw<T extends string>(rng: () => number, mix: Mix<T>): T {
  const keys = Object.keys(mix) as T[];
  return weightedPick(rng, keys, keys.map((k) => mix[k] as number));
}

/** Touch type of a touch; the closing touch of a won deal is a demo request or a sales contact. */
export function touchType(rng: () => number, channel: Channel, closing: boolean): string {
  if (!closing) return draw(rng, TYPES[channel]);
  if (channel === 'Email') return 'sales contact';
  if (channel === 'Direct') return rng() < 0.5 ? 'demo request' : 'sales contact';
  return 'demo request';
}

const QUARTER_CAMPAIGNS: Readonly<Partial<Record<Channel, readonly [readonly string[], readonly string[]]>>> = {
  'LinkedIn Ads': [['LI CFO-opas Q1', 'LI Kassavirta-webinaari Q1'], ['LI Automaatio Q2', 'LI Retargeting Q2']],
  'Google Ads': [['GA Brand', 'GA Taloushallinto-ohjelmisto'], ['GA Brand', 'GA Kuukausisulku']],
};

/** Campaign of a touch at a time; empty for channels without campaigns. */
export function campaignOf(rng: () => number, channel: Channel, time: number, closing: boolean): string {
  const d = new Date(time);
  const q = QUARTER_CAMPAIGNS[channel];
  if (q) {
    const list = q[d.getUTCMonth() < 3 ? 0 : 1];
    return list[Math.floor(rng() * list.length)];
  }
  if (channel === 'Email') {
    return closing ? 'Myynnin yhteydenotto' : `Uutiskirje ${d.toISOString().slice(0, 7)}`;
  }
  if (channel === 'Webinar') return WEBINARS.find((w) => w.time === time)?.name ?? '';
  if (channel === 'Trade show') return TRADE_SHOWS.find((t) => time - t.time >= 0 && time - t.time < 2 * 86_400_000)?.name ?? '';
  return '';
}
