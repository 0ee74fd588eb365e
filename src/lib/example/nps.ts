// nps.csv of the example: a monthly NPS survey of active customers, Jan-Jun 2025, slowly improving.

import { intBetween, weightedPick } from '../util/random';
import { DAY, isoDate } from './calendar';
import { toCsv } from './csv';
import type { ExampleCustomer } from './customers';

export const NPS_HEADER = ['date', 'customer_id', 'score', 'segment'] as const;

export interface ExampleAnswer { time: number; customer: string; score: number; segment: string }

/**
 * Each month 45% of the customers active on its 10th are asked; 60% answer within 10 days. Promoter and
 * detractor shares move from 40% / 24% in January to 52% / 16% in June; enterprise accounts are happier.
 */
export function exampleNps(customers: readonly ExampleCustomer[], rng: () => number): ExampleAnswer[] {
  const out: ExampleAnswer[] = [];
  for (let m = 0; m < 6; m++) {
    const asked = Date.UTC(2025, m, 10);
    for (const c of customers) {
      if (c.start > asked || (c.end !== undefined && c.end <= asked)) continue;
      if (rng() >= 0.45 || rng() >= 0.6) continue;
      const lift = c.segment === 'Enterprise' ? 0.08 : 0;
      const promoter = 0.4 + 0.024 * m + lift, detractor = Math.max(0.04, 0.24 - 0.016 * m - lift);
      const kind = weightedPick(rng, ['p', 'd', 'n'], [promoter, detractor, 1 - promoter - detractor]);
      const score = kind === 'p' ? intBetween(rng, 9, 10) : kind === 'n' ? intBetween(rng, 7, 8) : weightedPick(rng, [2, 3, 4, 5, 6], [1, 1, 2, 3, 4]);
      out.push({ time: asked + intBetween(rng, 0, 9) * DAY, customer: c.id, score, segment: c.segment });
    }
  }
  return out.sort((a, b) => a.time - b.time || a.customer.localeCompare(b.customer));
}

export function npsCsv(answers: readonly ExampleAnswer[]): string {
  return toCsv(NPS_HEADER, answers.map((a) => [isoDate(a.time), a.customer, a.score, a.segment]));
}
