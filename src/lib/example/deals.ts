// deals.csv of the example: one deal per contact that reached SQL. Won deals are the touchpoint journeys'
// conversions: the same amount and the same close time as the converting touch.

import { intBetween, normal } from '../util/random';
import { DAY, END, isoTime } from './calendar';
import { toCsv } from './csv';
import type { ExampleTouch } from './journey';
import { contactId } from './touchpoints';

export const DEALS_HEADER = ['deal_id', 'contact_id', 'created', 'closed', 'stage', 'status', 'amount', 'source_channel'] as const;

export interface ExampleDeal {
  id: string;
  contact: string;
  created: number;
  closed?: number;
  status: 'won' | 'lost' | 'open';
  amount: number;
  channel: string;
  /** Highest journey stage: SQL, opportunity or won. */
  stage: string;
}

const DEAL_STAGES = new Set(['SQL', 'opportunity', 'won']);
const STAGE_NAMES: Readonly<Record<string, string>> = { SQL: 'Qualified', opportunity: 'Proposal' };

/**
 * Deals of contacts whose journey reached SQL: created at the first SQL-or-later touch, with the first touch's
 * channel as source. Won deals close at the converting touch with its deal value. Stalled deals are lost 2-6
 * weeks after their last touch, or still open when that is after June; their amount is a quote around 12,000 EUR.
 */
export function exampleDeals(journeys: readonly ExampleTouch[][], rng: () => number): ExampleDeal[] {
  const deals: Omit<ExampleDeal, 'id'>[] = [];
  journeys.forEach((touches, i) => {
    const start = touches.findIndex((t) => DEAL_STAGES.has(t.stage));
    if (start < 0) return;
    const last = touches[touches.length - 1];
    const base = { contact: contactId(i), created: touches[start].time, channel: touches[0].channel, stage: last.stage };
    if (last.converted) return deals.push({ ...base, closed: last.time, status: 'won', amount: last.value as number });
    const amount = Math.round(Math.min(60_000, Math.max(3_000, Math.exp(normal(rng, Math.log(12_000), 0.5)))) / 100) * 100;
    const lostAt = last.time + intBetween(rng, 14, 42) * DAY;
    deals.push(lostAt <= END ? { ...base, closed: lostAt, status: 'lost', amount } : { ...base, status: 'open', amount });
  });
  deals.sort((a, b) => a.created - b.created || a.contact.localeCompare(b.contact));
  return deals.map((d, k) => ({ id: `D${String(k + 1).padStart(4, '0')}`, ...d }));
}

export function dealsCsv(deals: readonly ExampleDeal[]): string {
  return toCsv(
    DEALS_HEADER,
    deals.map((d) => [
      d.id, d.contact, isoTime(d.created), d.closed === undefined ? '' : isoTime(d.closed),
      d.status === 'won' ? 'Closed won' : d.status === 'lost' ? 'Closed lost' : STAGE_NAMES[d.stage] ?? 'Qualified',
      d.status, d.amount, d.channel,
    ]),
  );
}
