// Shared fixtures of the rule-model tests: hand-made journey sets, the example data and ChannelAttribution's paths.
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { JourneySet, Touch } from '../../../src/lib/types';
import { journeySet, type JourneyInput } from '../../../src/lib/journeys/store';
import type { Credit } from '../../../src/lib/attribution/types';
import { generateExample } from '../../../src/lib/example/generate';
import { loadBytes } from '../../../src/lib/ingest/load';
import { CHANNELATTRIBUTION_PATHS } from '../../shared';

export interface J {
  /** Channels, e.g. 'A > B > A'. */
  path: string;
  conversions?: number;
  value?: number;
  nulls?: number;
  /** Per touch: days before the conversion (conversion at day 100). */
  daysBefore?: number[];
  types?: (string | undefined)[];
  stages?: (string | undefined)[];
  campaigns?: (string | undefined)[];
}

const DAY = 86_400_000;
const code = (list: string[], s: string | undefined) => {
  if (s === undefined) return undefined;
  const i = list.indexOf(s);
  return i >= 0 ? i : list.push(s) - 1;
};

/** A journey set from compact journeys; conversions default to 1, value to 10 per conversion. */
export function makeSet(js: J[]): JourneySet {
  const set = { channels: [] as string[], types: [] as string[], stages: [] as string[], campaigns: [] as string[], journeys: [] as JourneyInput[], timed: js.every((j) => j.daysBefore) };
  for (const [n, j] of js.entries()) {
    const names = j.path === '' ? [] : j.path.split('>').map((s) => s.trim());
    const touches: Touch[] = names.map((c, i) => ({
      channel: code(set.channels, c) as number,
      time: j.daysBefore ? (100 - j.daysBefore[i]) * DAY : undefined,
      type: code(set.types, j.types?.[i]),
      stage: code(set.stages, j.stages?.[i]),
      campaign: code(set.campaigns, j.campaigns?.[i]),
    }));
    const conversions = j.conversions ?? 1;
    const journey: JourneyInput = {
      id: `j${n}`, touches, conversions, value: j.value ?? 10 * conversions, nulls: j.nulls ?? (conversions > 0 ? 0 : 1),
      conversionTime: j.daysBefore && conversions > 0 ? 100 * DAY : undefined,
    };
    set.journeys.push(journey);
  }
  return journeySet(set);
}

/** Credit as { channel: conversions } with zero entries left out, for readable expectations. */
export function byName(set: JourneySet, c: Credit, field: keyof Credit = 'conversions'): Record<string, number> {
  const out: Record<string, number> = {};
  set.channels.forEach((name, i) => { if (c[field][i] !== 0) out[name] = c[field][i]; });
  return out;
}

/** Expects two name -> number records to agree to `digits` decimals. */
export function expectClose(actual: Record<string, number>, expected: Record<string, number>, digits = 12): void {
  expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
  for (const k of Object.keys(expected)) expect(actual[k], k).toBeCloseTo(expected[k], digits);
}

const sum = (a: Float64Array) => a.reduce((s, x) => s + x, 0);

/** Credit sums to the conversions and value of converting journeys with touches. */
export function expectConserved(set: JourneySet, c: Credit): void {
  let conversions = 0, value = 0;
  for (const j of set.journeys) if (j.conversions > 0 && j.end > j.start) { conversions += j.conversions; value += j.value; }
  expect(sum(c.conversions)).toBeCloseTo(conversions, 6);
  expect(sum(c.value)).toBeCloseTo(value, 6);
}

async function journeysOf(file: string, bytes: Uint8Array): Promise<JourneySet> {
  const r = await loadBytes(file, bytes);
  if (!r.ok || !('journeys' in r.dataset.data)) throw new Error(`${file} did not load as journeys`);
  return r.dataset.data.journeys;
}

let example: Promise<JourneySet> | undefined;
let paths: Promise<JourneySet> | undefined;
/** The example touchpoint data (generateExample()), loaded once. */
export const exampleSet = () => (example ??= journeysOf('touchpoints.csv', new TextEncoder().encode(generateExample().touchpoints)));
/** ChannelAttribution's public example path table (10k paths), loaded once. */
export const pathsSet = () =>
  (paths ??= journeysOf('paths.csv', new Uint8Array(readFileSync(CHANNELATTRIBUTION_PATHS))));
