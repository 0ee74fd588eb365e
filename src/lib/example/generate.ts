// The built-in example: a Finnish B2B firm's touchpoints, weekly spend, an email A/B test, the deals, customers,
// NPS answers and sales forecast that follow from the same contacts, and two years of weekly revenue and spend.

import { mulberry32 } from '../util/random';
import { customersCsv, exampleCustomers } from './customers';
import { dealsCsv, exampleDeals } from './deals';
import { experimentCsv } from './experiment';
import { forecastCsv } from './forecast';
import { exampleNps, npsCsv } from './nps';
import { spendCsv, spendRows } from './spend';
import { weeklyMixCsv } from './weekly';
import { simulateContacts, touchpointsCsv } from './touchpoints';

export interface ExampleFiles {
  touchpoints: string;
  spend: string;
  experiment: string;
  deals: string;
  customers: string;
  nps: string;
  forecast: string;
  /** Two years of weekly revenue and spend per channel, for the mix model. */
  weekly: string;
}

/**
 * CSV texts of the example, deterministic for a seed. Each file has its own random stream, so changing one
 * generator does not change the others; deals, customers, NPS and forecast derive from the simulated contacts.
 */
export function generateExample(seed = 2025): ExampleFiles {
  const journeys = simulateContacts(mulberry32(seed));
  const deals = exampleDeals(journeys, mulberry32(seed + 3));
  const customers = exampleCustomers(deals, mulberry32(seed + 4));
  return {
    touchpoints: touchpointsCsv(journeys),
    spend: spendCsv(mulberry32(seed + 1)),
    experiment: experimentCsv(mulberry32(seed + 2)),
    deals: dealsCsv(deals),
    customers: customersCsv(customers),
    nps: npsCsv(exampleNps(customers, mulberry32(seed + 5))),
    forecast: forecastCsv(deals, mulberry32(seed + 6)),
    weekly: weeklyMixCsv(spendRows(mulberry32(seed + 1)), mulberry32(seed + 7)),
  };
}
