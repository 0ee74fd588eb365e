// One simulated contact of the example firm: a sequence of touches from first contact to won or stalled.

import { exponential, intBetween, normal, pick } from '../util/random';
import { DAY, END, HOUR, START, TRADE_SHOWS, WEBINARS, dayStart } from './calendar';
import {
  CLOSING, DEAL_SIZE, FIRST, MIDDLE, STAGES, STALLED_STAGE, WIN_RATE, campaignOf, draw, touchType, type Channel,
} from './mix';

export interface ExampleTouch {
  time: number;
  channel: Channel;
  type: string;
  campaign: string;
  stage: string;
  converted: boolean;
  /** Deal value in EUR on the converting touch. */
  value?: number;
}

/** A working-hours moment (06:00–18:59 UTC) on the day of `ms`. */
const workTime = (rng: () => number, ms: number) => dayStart(ms) + 6 * HOUR + Math.floor(rng() * 13 * 60) * 60_000;

/** A trade-show moment: one of the two show days, 07:00–13:59 UTC. */
const showTime = (rng: () => number, start: number) => start + intBetween(rng, 0, 1) * DAY + Math.floor(rng() * 7 * 60) * 60_000;

/** The time of the next touch after `prev`, or of the event it belongs to; undefined when no event fits. */
function nextTime(rng: () => number, channel: Channel, prev: number, meanGapDays: number): number | undefined {
  if (channel === 'Webinar') return WEBINARS.find((w) => w.time > prev && w.time - prev < 40 * DAY)?.time;
  if (channel === 'Trade show') {
    const show = TRADE_SHOWS.find((s) => s.time > prev && s.time - prev < 60 * DAY);
    return show && showTime(rng, show.time);
  }
  const gap = Math.floor(exponential(rng, meanGapDays));
  if (gap === 0) return prev + intBetween(rng, 10, 180) * 60_000;
  return workTime(rng, prev + gap * DAY);
}

/** The first touch's time: an event date for events, else uniform over the period minus three weeks. */
function firstTime(rng: () => number, channel: Channel): number {
  if (channel === 'Webinar') return pick(rng, WEBINARS).time;
  if (channel === 'Trade show') return showTime(rng, pick(rng, TRADE_SHOWS).time);
  return workTime(rng, START + Math.floor(rng() * (END - START - 21 * DAY)));
}

/** A realistic B2B deal: log-normal around 14,000 EUR, 3,000–60,000, rounded to 100. */
function dealValue(rng: () => number, first: Channel): number {
  const v = Math.exp(normal(rng, Math.log(14_000), 0.6)) * DEAL_SIZE[first];
  return Math.round(Math.min(60_000, Math.max(3_000, v)) / 100) * 100;
}

/**
 * One contact's touches in time order, or undefined when the simulated journey runs past June 2025
 * (the caller draws another contact). Converters get 5–10 touches, the rest 2–10 (mostly few).
 */
export function simulateContact(rng: () => number): ExampleTouch[] | undefined {
  const first = draw(rng, FIRST);
  const wins = rng() < WIN_RATE[first];
  const n = wins ? intBetween(rng, 5, 10) : Math.min(10, 2 + Math.floor(exponential(rng, 1.8)));
  const top = wins ? STAGES.length - 1 : Number(draw(rng, STALLED_STAGE));
  const touches: ExampleTouch[] = [];
  let time = firstTime(rng, first);
  for (let i = 0; i < n; i++) {
    const closing = wins && i === n - 1;
    let channel: Channel = i === 0 ? first : draw(rng, closing ? CLOSING : MIDDLE);
    if (i > 0) {
      let t = nextTime(rng, channel, time, wins ? 9 : 6);
      if (t === undefined) {
        channel = channel === 'Webinar' ? 'Email' : 'LinkedIn Ads'; // no event soon enough
        t = nextTime(rng, channel, time, wins ? 9 : 6) as number;
      }
      time = t;
    }
    if (time > END) return undefined;
    const stage = STAGES[i === n - 1 ? top : Math.floor((top * i) / (n - 1))];
    touches.push({
      time,
      channel,
      type: touchType(rng, channel, closing),
      campaign: campaignOf(rng, channel, time, closing),
      stage,
      converted: closing,
      value: closing ? dealValue(rng, first) : undefined,
    });
  }
  return touches;
}
