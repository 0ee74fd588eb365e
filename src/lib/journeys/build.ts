// Touchpoint rows -> journeys: one path per conversion plus one non-converting path of trailing touches.

import type { Journey, JourneySet, Touch } from '../types';
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

const hasTime = (t: number | undefined): t is number => t !== undefined && !Number.isNaN(t);
const present = (s: string | undefined): s is string => s !== undefined && s !== '';

/**
 * Row indices grouped by journey (journeys in order of first appearance, rows in file order),
 * with `starts[j]..starts[j+1]` the rows of journey j. A counting sort: O(n), no per-journey arrays.
 */
function groupRows(rows: readonly TouchRow[]): { ids: string[]; order: Int32Array; starts: Int32Array } {
  const index = new Map<string, number>();
  const ids: string[] = [];
  const of = new Int32Array(rows.length);
  for (let r = 0; r < rows.length; r++) {
    let j = index.get(rows[r].journey);
    if (j === undefined) {
      j = ids.length;
      ids.push(rows[r].journey);
      index.set(rows[r].journey, j);
    }
    of[r] = j;
  }
  const starts = new Int32Array(ids.length + 1);
  for (let r = 0; r < rows.length; r++) starts[of[r] + 1]++;
  for (let j = 0; j < ids.length; j++) starts[j + 1] += starts[j];
  const next = starts.slice(0, ids.length);
  const order = new Int32Array(rows.length);
  for (let r = 0; r < rows.length; r++) order[next[of[r]]++] = r;
  return { ids, order, starts };
}

/**
 * Sorts one journey's rows by time, stably: ties keep file order, and rows without a time keep their
 * place while the timed rows are sorted among the remaining places. Sorts `order` in place
 * (it is this module's own scratch array).
 */
function sortByTime(rows: readonly TouchRow[], order: Int32Array, from: number, to: number): void {
  let sorted = true;
  let last = -Infinity;
  for (let k = from; k < to; k++) {
    const t = rows[order[k]].time;
    if (!hasTime(t)) continue;
    if (t < last) sorted = false;
    last = t;
  }
  if (sorted) return; // the common case: files are usually written in time order
  const slots: number[] = [];
  const timed: number[] = [];
  for (let k = from; k < to; k++) {
    if (hasTime(rows[order[k]].time)) {
      slots.push(k);
      timed.push(order[k]);
    }
  }
  timed.sort((a, b) => (rows[a].time as number) - (rows[b].time as number) || a - b);
  for (let i = 0; i < slots.length; i++) order[slots[i]] = timed[i];
}

/**
 * Builds journeys from touchpoint rows in file order. Rows are grouped by journey id and sorted by time
 * (stable). A row with a channel is a touch; a converting row ends a path after adding its own touch, with
 * the row's value (0 if none) and time (or the last touch's time). A conversion without touches since the
 * previous one gives a path with no touches (reported as unattributable later). Touches after the last
 * conversion form one non-converting path. Channels, types, stages and campaigns are dictionary-encoded
 * in order of first appearance (after sorting). Does not mutate `rows`.
 */
export function buildJourneys(rows: readonly TouchRow[]): JourneySet {
  const channels = new Dictionary();
  const types = new Dictionary();
  const stages = new Dictionary();
  const campaigns = new Dictionary();
  const journeys: Journey[] = [];
  const { ids, order, starts } = groupRows(rows);
  let touchCount = 0;
  let timedCount = 0;
  for (let j = 0; j < ids.length; j++) {
    const from = starts[j];
    const to = starts[j + 1];
    sortByTime(rows, order, from, to);
    let touches: Touch[] = [];
    for (let k = from; k < to; k++) {
      const row = rows[order[k]];
      if (present(row.channel)) {
        const touch: Touch = { channel: channels.code(row.channel) };
        if (hasTime(row.time)) {
          touch.time = row.time;
          timedCount++;
        }
        if (present(row.type)) touch.type = types.code(row.type);
        if (present(row.stage)) touch.stage = stages.code(row.stage);
        if (present(row.campaign)) touch.campaign = campaigns.code(row.campaign);
        touches.push(touch);
        touchCount++;
      }
      if (row.conversion) {
        const value = row.value !== undefined && !Number.isNaN(row.value) ? row.value : 0;
        const path: Journey = { id: ids[j], touches, conversions: 1, value, nulls: 0 };
        const time = hasTime(row.time) ? row.time : touches[touches.length - 1]?.time;
        if (time !== undefined) path.conversionTime = time;
        journeys.push(path);
        touches = [];
      }
    }
    if (touches.length > 0) journeys.push({ id: ids[j], touches, conversions: 0, value: 0, nulls: 1 });
  }
  return {
    channels: channels.values,
    types: types.values,
    stages: stages.values,
    campaigns: campaigns.values,
    journeys,
    timed: touchCount > 0 && timedCount === touchCount,
  };
}

export { journeyTotals } from './totals';
