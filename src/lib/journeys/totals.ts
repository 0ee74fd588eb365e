// Headline counts of a journey set.

import type { JourneyKind, JourneySet } from '../types';

export interface JourneyTotals {
  /** Touchpoints: distinct journey ids. Path tables: conversions + nulls (each is one journey). */
  journeys: number;
  /** Journey entries: paths of a touchpoint file, rows of a path table. */
  paths: number;
  conversions: number;
  conversionValue: number;
  nulls: number;
  /** Touches summed over paths, unweighted (a path-table row counts its touches once). */
  touches: number;
}

/** Totals of a journey set built from a touchpoint file or a path table. */
export function journeyTotals(set: JourneySet, source: JourneyKind): JourneyTotals {
  let conversions = 0;
  let conversionValue = 0;
  let nulls = 0;
  let touches = 0;
  const ids = new Set<string>();
  for (const j of set.journeys) {
    conversions += j.conversions;
    conversionValue += j.value;
    nulls += j.nulls;
    touches += j.end - j.start;
    if (source === 'touchpoints') ids.add(j.id);
  }
  const journeys = source === 'touchpoints' ? ids.size : conversions + nulls;
  return { journeys, paths: set.journeys.length, conversions, conversionValue, nulls, touches };
}
