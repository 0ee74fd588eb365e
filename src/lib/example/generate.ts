// The built-in example: a Finnish B2B firm's touchpoints, weekly spend and an email A/B test.

import { mulberry32 } from '../util/random';
import { experimentCsv } from './experiment';
import { spendCsv } from './spend';
import { touchpointsCsv } from './touchpoints';

/**
 * CSV texts of the example, deterministic for a seed. Each file has its own random stream, so
 * changing one generator does not change the others.
 */
export function generateExample(seed = 2025): { touchpoints: string; spend: string; experiment: string } {
  return {
    touchpoints: touchpointsCsv(mulberry32(seed)),
    spend: spendCsv(mulberry32(seed + 1)),
    experiment: experimentCsv(mulberry32(seed + 2)),
  };
}
