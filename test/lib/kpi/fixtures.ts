// A hand-made funnel: five contacts in January-February 2025, with the expected numbers worked out in the tests.
import { buildJourneys, type TouchRow } from '../../../src/lib/journeys/build';
import type { JourneySet } from '../../../src/lib/types';
import { journeySet } from '../../../src/lib/journeys/store';

export const day = (m: number, d: number) => Date.UTC(2025, m, d);

const t = (journey: string, time: number, channel: string, stage: string, type = 'visit', value?: number): TouchRow =>
  ({ journey, time, channel, stage, type, conversion: value !== undefined, value });

/**
 * A: LinkedIn lead 2 Jan -> Email MQL (webinar) 5 Jan -> Direct SQL 10 Jan -> opportunity 20 Jan -> won 3 Feb (1,000).
 * B: LinkedIn lead 3 Jan -> Email MQL 8 Jan.
 * C: Google lead 4 Jan (whitepaper download).
 * D: Google subscriber 5 Jan -> Google lead 2 Feb -> Email SQL 10 Feb (an MQL because it went further).
 * E: Organic subscriber 6 Jan: never a lead.
 */
export const FUNNEL_ROWS: TouchRow[] = [
  t('A', day(0, 2), 'LinkedIn', 'lead'),
  t('A', day(0, 5), 'Email', 'MQL', 'webinar attendance'),
  t('A', day(0, 10), 'Direct', 'SQL'),
  t('A', day(0, 20), 'Direct', 'opportunity'),
  t('A', day(1, 3), 'Direct', 'won', 'demo request', 1000),
  t('B', day(0, 3), 'LinkedIn', 'lead'),
  t('B', day(0, 8), 'Email', 'MQL'),
  t('C', day(0, 4), 'Google', 'lead', 'whitepaper download'),
  t('D', day(0, 5), 'Google', 'subscriber'),
  t('D', day(1, 2), 'Google', 'lead'),
  t('D', day(1, 10), 'Email', 'SQL'),
  t('E', day(0, 6), 'Organic', 'subscriber'),
];

export const funnelSet = (): JourneySet => buildJourneys(FUNNEL_ROWS);

/** A path table row: 3 conversions and 5 non-converting journeys over LinkedIn > Email, no stages or times. */
export const pathSet = (): JourneySet => journeySet({
  channels: ['LinkedIn', 'Email'], timed: false,
  journeys: [{ id: 'LinkedIn > Email', touches: [{ channel: 0 }, { channel: 1 }], conversions: 3, nulls: 5, value: 30 }],
});
