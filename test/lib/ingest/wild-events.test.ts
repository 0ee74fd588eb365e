// Ad-server event logs where a conversion is its own row (`interaction`: impression / click / conversion), as in the
// public multi-touch attribution dataset (cookie, time, interaction, conversion, conversion_value, channel).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadBytes, remapDataset, type Dataset } from '../../../src/lib/ingest/load';
import { english } from '../../../src/lib/messages';
import { attribute } from '../../../src/lib/attribution/attribute';

const FILE = 'test/fixtures/wild/event-log.csv';

async function load(bytes: Uint8Array, name = 'event-log.csv'): Promise<Dataset> {
  const result = await loadBytes(name, bytes);
  if (!result.ok) throw new Error(english(result.problem.message));
  return result.dataset;
}

/** Linear credit written out: each conversion's value split evenly over the touches since the journey's last one. */
function linearByHand(rows: string[][], conversionIsTouch: boolean): Map<string, number> {
  const credit = new Map<string, number>();
  const open = new Map<string, string[]>();
  for (const [cookie, , interaction, , value, channel] of rows) {
    const touches = open.get(cookie) ?? [];
    if (interaction !== 'conversion' || conversionIsTouch) touches.push(channel);
    if (interaction === 'conversion') {
      for (const c of touches) credit.set(c, (credit.get(c) ?? 0) + Number(value) / touches.length);
      open.set(cookie, []);
    } else open.set(cookie, touches);
  }
  return credit;
}

describe('event logs with a row per conversion', () => {
  const rows = readFileSync(FILE, 'utf8').trim().split('\n').slice(1).map((l) => l.split(','));

  it('reads the conversion row as the conversion and its value, not as one more touch of its channel', async () => {
    const d = await load(new Uint8Array(readFileSync(FILE)));
    expect(d.summary.kind).toBe('touchpoints');
    expect(d.summary.columns.map((c) => c.role)).toEqual(['journey_id', 'timestamp', 'event_name', 'conversion', 'value', 'channel']);
    if (d.summary.stats.type !== 'journeys' || d.data.kind !== 'touchpoints') throw new Error('expected journeys');
    const conversions = rows.filter((r) => r[2] === 'conversion');
    expect(d.summary.stats.touches).toBe(rows.length - conversions.length);
    expect(d.summary.stats.conversions).toBe(conversions.length);
    expect(d.summary.stats.conversionValue).toBeCloseTo(conversions.reduce((a, r) => a + Number(r[4]), 0), 12);
    const result = attribute(d.data.journeys, 'touchpoints', { models: ['linear'] });
    const linear = result.models.linear!;
    for (const [channel, value] of linearByHand(rows, false)) expect(linear.value[result.channels.indexOf(channel)]).toBeCloseTo(value, 9);
  });

  it('keeps the conversion row as a touch when the user maps the interaction column as the touchpoint type', async () => {
    const d = await load(new Uint8Array(readFileSync(FILE)));
    const mapped = remapDataset(d, 'touchpoints', d.summary.columns.map((c) => (c.role === 'event_name' ? 'touch_type' : c.role)));
    if (mapped.summary.stats.type !== 'journeys' || mapped.data.kind !== 'touchpoints') throw new Error('expected journeys');
    expect(mapped.summary.stats.touches).toBe(rows.length);
    expect(mapped.summary.stats.conversions).toBe(2);
    const result = attribute(mapped.data.journeys, 'touchpoints', { models: ['linear'] });
    for (const [channel, value] of linearByHand(rows, true)) expect(result.models.linear!.value[result.channels.indexOf(channel)]).toBeCloseTo(value, 9);
  });

  it('leaves GA4 event rows as they were: a purchase with its traffic source is still a touch (no exposure events)', async () => {
    const ga4 = 'user_pseudo_id,event_timestamp,event_name,source,medium,value\nu1,2025-01-01T10:00:00Z,session_start,google,cpc,\nu1,2025-01-01T10:05:00Z,purchase,google,cpc,40\n';
    const d = await load(new TextEncoder().encode(ga4), 'ga4.csv');
    if (d.summary.stats.type !== 'journeys') throw new Error('expected journeys');
    expect(d.summary.stats).toMatchObject({ touches: 2, conversions: 1, conversionValue: 40 });
  });
});
