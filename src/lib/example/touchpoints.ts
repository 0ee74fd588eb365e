// touchpoints.csv of the example: one row per touch, all contacts, in time order like an event log.

import { isoTime } from './calendar';
import { toCsv } from './csv';
import { simulateContact, type ExampleTouch } from './journey';

export const TOUCHPOINT_HEADER = [
  'contact_id', 'timestamp', 'channel', 'touchpoint_type', 'campaign', 'stage', 'converted', 'deal_value',
] as const;

/** Contact id of the i-th contact (0-based, in order of first touch): C0001 is the earliest lead of the year. */
export const contactId = (i: number) => `C${String(i + 1).padStart(4, '0')}`;

/** Simulates `contacts` contacts; their touch lists in order of first touch. */
export function simulateContacts(rng: () => number, contacts = 1500): ExampleTouch[][] {
  const journeys: ExampleTouch[][] = [];
  while (journeys.length < contacts) {
    const j = simulateContact(rng);
    if (j) journeys.push(j);
  }
  return journeys.sort((a, b) => a[0].time - b[0].time);
}

/** The contacts' touches, sorted by time (ties by contact id). */
export function touchpointsCsv(journeys: readonly ExampleTouch[][]): string {
  const rows: { id: number; t: ExampleTouch }[] = [];
  journeys.forEach((touches, i) => touches.forEach((t) => rows.push({ id: i, t })));
  rows.sort((a, b) => a.t.time - b.t.time || a.id - b.id);
  return toCsv(
    TOUCHPOINT_HEADER,
    rows.map(({ id, t }) => [contactId(id), isoTime(t.time), t.channel, t.type, t.campaign, t.stage, t.converted ? 1 : 0, t.value ?? '']),
  );
}
