// forecast.csv of the example: the monthly new-business forecast against won deal amounts, Jan-Jun 2025.

import { normal } from '../util/random';
import { toCsv } from './csv';
import type { ExampleDeal } from './deals';

export const FORECAST_HEADER = ['month', 'forecast', 'actual'] as const;

/**
 * Actual = amounts of the deals won in the month (the deals file); forecast = actual × (1.08 + N(0, 0.15)),
 * rounded to 1,000 EUR: a sales team that is about 8% optimistic.
 */
export function forecastCsv(deals: readonly ExampleDeal[], rng: () => number): string {
  const rows: [string, number, number][] = [];
  for (let m = 0; m < 6; m++) {
    const from = Date.UTC(2025, m, 1), to = Date.UTC(2025, m + 1, 1);
    const actual = deals.filter((d) => d.status === 'won' && d.closed !== undefined && d.closed >= from && d.closed < to).reduce((s, d) => s + d.amount, 0);
    const forecast = Math.round((actual * (1.08 + normal(rng, 0, 0.15))) / 1_000) * 1_000;
    rows.push([`2025-${String(m + 1).padStart(2, '0')}`, forecast, actual]);
  }
  return toCsv(FORECAST_HEADER, rows);
}
