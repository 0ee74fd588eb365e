// touchpoints.csv of the example: one row per touch, all contacts, in time order like an event log.

import { isoTime } from './calendar';
import { toCsv } from './csv';
import { simulateContact, type ExampleTouch } from './journey';

export const TOUCHPOINT_HEADER = [
  'contact_id', 'timestamp', 'channel', 'touchpoint_type', 'campaign', 'stage', 'converted', 'deal_value',
] as const;

/** Simulates `contacts` contacts and writes their touches, sorted by time (ties by contact id). */
export function touchpointsCsv(rng: () => number, contacts = 1500): string {
  const journeys: ExampleTouch[][] = [];
  while (journeys.length < contacts) {
    const j = simulateContact(rng);
    if (j) journeys.push(j);
  }
  // Contact ids follow first contact: C0001 is the earliest lead of the year.
  journeys.sort((a, b) => a[0].time - b[0].time);
  const rows: { id: number; t: ExampleTouch }[] = [];
  journeys.forEach((touches, i) => touches.forEach((t) => rows.push({ id: i + 1, t })));
  rows.sort((a, b) => a.t.time - b.t.time || a.id - b.id);
  return toCsv(
    TOUCHPOINT_HEADER,
    rows.map(({ id, t }) => [
      `C${String(id).padStart(4, '0')}`,
      isoTime(t.time),
      t.channel,
      t.type,
      t.campaign,
      t.stage,
      t.converted ? 1 : 0,
      t.value ?? '',
    ]),
  );
}
