// customers.csv of the example: 180 accounts from 2022-2024 plus every deal won in 2025, with monthly
// revenue and churn month by month (small accounts churn most).

import { normal, weightedPick } from '../util/random';
import { END, isoDate } from './calendar';
import { toCsv } from './csv';
import type { ExampleDeal } from './deals';
import { FIRST, draw } from './mix';

export const CUSTOMERS_HEADER = ['customer_id', 'start_date', 'end_date', 'mrr', 'segment', 'channel'] as const;

export interface ExampleCustomer {
  id: string;
  start: number;
  end?: number;
  mrr: number;
  segment: string;
  channel: string;
}

/** Segment by monthly revenue. */
const segmentOf = (mrr: number) => (mrr < 600 ? 'SMB' : mrr < 1_500 ? 'Mid-market' : 'Enterprise');
/** Monthly churn probability by segment. */
const HAZARD: Readonly<Record<string, number>> = { SMB: 0.03, 'Mid-market': 0.016, Enterprise: 0.008 };

/** The end of a customership, month by month from the month after the start; undefined when still active at END. */
function churnTime(rng: () => number, start: number, segment: string): number | undefined {
  const d = new Date(start);
  for (let m = 1; ; m++) {
    const monthStart = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + m);
    if (monthStart > END) return undefined;
    if (rng() < HAZARD[segment]) {
      const days = (Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + m + 1) - monthStart) / 86_400_000;
      const end = monthStart + Math.floor(rng() * days) * 86_400_000;
      return end > END ? undefined : end;
    }
  }
}

/**
 * Existing accounts start between 2022 and 2024 (MRR log-normal around 700 EUR); each 2025 won deal becomes an
 * account on its close day with MRR = deal amount / 12 (an annual contract billed monthly), rounded to 10 EUR.
 */
export function exampleCustomers(deals: readonly ExampleDeal[], rng: () => number): ExampleCustomer[] {
  const from = Date.UTC(2022, 0, 1), to = Date.UTC(2025, 0, 1);
  const starts: { start: number; mrr: number; channel: string }[] = [];
  for (let i = 0; i < 180; i++) {
    const start = from + Math.floor(rng() * ((to - from) / 86_400_000)) * 86_400_000;
    const mrr = Math.round(Math.min(6_000, Math.max(150, Math.exp(normal(rng, Math.log(700), 0.7)))) / 10) * 10;
    starts.push({ start, mrr, channel: weightedPick(rng, ['Referral', 'Trade show', draw(rng, FIRST)], [3, 2, 5]) });
  }
  starts.sort((a, b) => a.start - b.start);
  for (const d of deals) {
    if (d.status !== 'won' || d.closed === undefined) continue;
    starts.push({ start: Date.UTC(2025, 0, 1) + Math.floor((d.closed - Date.UTC(2025, 0, 1)) / 86_400_000) * 86_400_000, mrr: Math.round(d.amount / 120) * 10, channel: d.channel });
  }
  return starts.map((s, i) => {
    const segment = segmentOf(s.mrr);
    return { id: `A${String(i + 1).padStart(4, '0')}`, ...s, segment, end: churnTime(rng, s.start, segment) };
  });
}

export function customersCsv(customers: readonly ExampleCustomer[]): string {
  return toCsv(CUSTOMERS_HEADER, customers.map((c) => [c.id, isoDate(c.start), c.end === undefined ? '' : isoDate(c.end), c.mrr, c.segment, c.channel]));
}
