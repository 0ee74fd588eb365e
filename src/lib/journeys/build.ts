// Touchpoint rows -> journeys: one path per conversion plus one non-converting path of trailing touches.
// The builder works on columns (typed arrays, dictionary codes): on 1M rows, one object per row cost more in
// garbage collection than all of the grouping and sorting.

import type { Journey, JourneySet } from '../types';
import { TouchWriter } from './store';
import { Dictionary } from './dictionary';

/** One touchpoint row as read from a file, in file order. */
export interface TouchRow {
  journey: string;
  /** Milliseconds since the epoch (UTC). */
  time?: number;
  /** A row with a channel is a touch. */
  channel?: string;
  type?: string;
  stage?: string;
  campaign?: string;
  /** A converting row ends a path. */
  conversion: boolean;
  value?: number;
}

/** Touchpoint rows as columns. Codes index the dictionaries; -1 means none, NaN means no number. */
export interface TouchRowColumns {
  /** Journey of each row: an index into `ids`. */
  journey: Int32Array;
  ids: readonly string[];
  time: Float64Array;
  channel: Int32Array;
  type: Int32Array;
  stage: Int32Array;
  campaign: Int32Array;
  conversion: Uint8Array;
  value: Float64Array;
  channels: readonly string[];
  types: readonly string[];
  stages: readonly string[];
  campaigns: readonly string[];
}

/**
 * Row indices grouped by journey (journeys in order of first appearance, rows in file order),
 * with `starts[j]..starts[j+1]` the rows of journey j. A counting sort: O(n), no per-journey arrays.
 */
function groupRows(journey: Int32Array, idValues: readonly string[]): { ids: string[]; order: Int32Array; starts: Int32Array } {
  const index = new Int32Array(idValues.length).fill(-1);
  const ids: string[] = [];
  const n = journey.length;
  const of = new Int32Array(n);
  for (let r = 0; r < n; r++) {
    let j = index[journey[r]];
    if (j < 0) {
      j = index[journey[r]] = ids.length;
      ids.push(idValues[journey[r]]);
    }
    of[r] = j;
  }
  const starts = new Int32Array(ids.length + 1);
  for (let r = 0; r < n; r++) starts[of[r] + 1]++;
  for (let j = 0; j < ids.length; j++) starts[j + 1] += starts[j];
  const next = starts.slice(0, ids.length);
  const order = new Int32Array(n);
  for (let r = 0; r < n; r++) order[next[of[r]]++] = r;
  return { ids, order, starts };
}

/**
 * Sorts one journey's rows by time, stably: ties keep file order, and rows without a time keep their
 * place while the timed rows are sorted among the remaining places. Sorts `order` in place
 * (it is this module's own scratch array).
 */
function sortByTime(time: Float64Array, order: Int32Array, from: number, to: number): void {
  let sorted = true;
  let last = -Infinity;
  for (let k = from; k < to; k++) {
    const t = time[order[k]];
    if (Number.isNaN(t)) continue;
    if (t < last) sorted = false;
    last = t;
  }
  if (sorted) return; // the common case: files are usually written in time order
  const slots: number[] = [];
  const timed: number[] = [];
  for (let k = from; k < to; k++) {
    if (!Number.isNaN(time[order[k]])) {
      slots.push(k);
      timed.push(order[k]);
    }
  }
  timed.sort((a, b) => time[a] - time[b] || a - b);
  for (let i = 0; i < slots.length; i++) order[slots[i]] = timed[i];
}

/** Re-codes a dictionary in order of first use, so codes follow the journeys as built. */
class Recoder {
  readonly values: string[] = [];
  readonly #map: Int32Array;
  constructor(private readonly source: readonly string[]) {
    this.#map = new Int32Array(source.length).fill(-1);
  }
  code(c: number): number {
    if (c < 0) return -1;
    let out = this.#map[c];
    if (out < 0) {
      out = this.#map[c] = this.values.length;
      this.values.push(this.source[c]);
    }
    return out;
  }
}

/**
 * Builds journeys from touchpoint columns in file order. Rows are grouped by journey id and sorted by time
 * (stable). A row with a channel is a touch; a converting row ends a path after adding its own touch, with
 * the row's value (0 if none) and time (or the last touch's time). A conversion without touches since the
 * previous one gives a path with no touches (reported as unattributable later). Touches after the last
 * conversion form one non-converting path. Channels, types, stages and campaigns are dictionary-encoded
 * in order of first appearance (after sorting). Does not mutate its input.
 */
export function buildJourneysFromColumns(cols: TouchRowColumns): JourneySet {
  const channels = new Recoder(cols.channels);
  const types = new Recoder(cols.types);
  const stages = new Recoder(cols.stages);
  const campaigns = new Recoder(cols.campaigns);
  const journeys: Journey[] = [];
  const { ids, order, starts } = groupRows(cols.journey, cols.ids);
  const touches = new TouchWriter(cols.channel.length);
  let timedCount = 0;
  for (let j = 0; j < ids.length; j++) {
    const from = starts[j];
    const to = starts[j + 1];
    sortByTime(cols.time, order, from, to);
    let start = touches.length;
    let lastTime = NaN;
    for (let k = from; k < to; k++) {
      const r = order[k];
      const t = cols.time[r];
      if (cols.channel[r] >= 0) {
        touches.push(channels.code(cols.channel[r]), t, types.code(cols.type[r]), stages.code(cols.stage[r]), campaigns.code(cols.campaign[r]));
        lastTime = t;
        if (!Number.isNaN(t)) timedCount++;
      }
      if (cols.conversion[r]) {
        const v = cols.value[r];
        const when = Number.isNaN(t) ? (touches.length > start ? lastTime : NaN) : t;
        journeys.push({ id: ids[j], start, end: touches.length, conversions: 1, value: Number.isNaN(v) ? 0 : v, nulls: 0, conversionTime: Number.isNaN(when) ? undefined : when });
        start = touches.length;
      }
    }
    if (touches.length > start) journeys.push({ id: ids[j], start, end: touches.length, conversions: 0, value: 0, nulls: 1, conversionTime: undefined });
  }
  const touchCount = touches.length;
  return {
    channels: channels.values,
    types: types.values,
    stages: stages.values,
    campaigns: campaigns.values,
    journeys,
    touches: touches.finish(),
    timed: touchCount > 0 && timedCount === touchCount,
  };
}

const present = (s: string | undefined): s is string => s !== undefined && s !== '';

/** Builds journeys from touchpoint rows in file order; see buildJourneysFromColumns. Does not mutate `rows`. */
export function buildJourneys(rows: readonly TouchRow[]): JourneySet {
  const dict = { journey: new Dictionary(), channel: new Dictionary(), type: new Dictionary(), stage: new Dictionary(), campaign: new Dictionary() };
  const code = (d: Dictionary, s: string | undefined) => (present(s) ? d.code(s) : -1);
  const cols: TouchRowColumns = {
    journey: Int32Array.from(rows, (r) => dict.journey.code(r.journey)),
    ids: dict.journey.values,
    time: Float64Array.from(rows, (r) => (r.time === undefined ? NaN : r.time)),
    channel: Int32Array.from(rows, (r) => code(dict.channel, r.channel)),
    type: Int32Array.from(rows, (r) => code(dict.type, r.type)),
    stage: Int32Array.from(rows, (r) => code(dict.stage, r.stage)),
    campaign: Int32Array.from(rows, (r) => code(dict.campaign, r.campaign)),
    conversion: Uint8Array.from(rows, (r) => (r.conversion ? 1 : 0)),
    value: Float64Array.from(rows, (r) => (r.value === undefined ? NaN : r.value)),
    channels: dict.channel.values,
    types: dict.type.values,
    stages: dict.stage.values,
    campaigns: dict.campaign.values,
  };
  return buildJourneysFromColumns(cols);
}

export { journeyTotals } from './totals';
