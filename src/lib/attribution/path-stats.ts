// Path explorer statistics: the most common channel sequences, path lengths and time to conversion.
import type { Journey, JourneySet } from '../types';
import { sequenceKey } from './rules';

const DAY = 86_400_000;
/** Lengths above this share one bucket, `length: MAX_LENGTH + 1` ("more than 10 touches"). */
export const MAX_LENGTH = 10;
/** Days above this share one bucket, `days: MAX_DAYS + 1` ("more than 90 days"). */
export const MAX_DAYS = 90;

export interface TopPath {
  /** Channel names in touch order (repeats kept: A → A → B is not A → B). */
  path: string[];
  /** Journeys that followed the path: conversions + nulls. */
  journeys: number;
  conversions: number;
  /** conversions / journeys (0 when no journey). */
  conversionRate: number;
  /** Conversion value of the path. */
  value: number;
}

export interface PathStats {
  /** The most common paths by journeys (ties: more conversions first, then by path text). */
  topPaths: TopPath[];
  /**
   * Journeys and conversions by number of touches, every length from 1 to the longest (zeros included).
   * Lengths 1 to 10 are exact; the last bucket `length: 11` holds every path with more than 10 touches, so a
   * long tail (ChannelAttribution's file reaches dozens of touches) does not flatten the chart.
   */
  lengths: { length: number; journeys: number; conversions: number }[];
  /**
   * Conversions by whole days from the first touch to the conversion (floor), every day from 0 to the latest
   * (zeros included). Days 0 to 90 are exact; `days: 91` holds every conversion after more than 90 days.
   * The conversion time is the last touch's time when the journey has none (as in time decay).
   * Null when the set has no timestamps.
   */
  timeToConversion: { days: number; conversions: number }[] | null;
  /** Median of the exact (fractional) days to conversion over conversions; null when there are none or no times. */
  medianDaysToConversion: number | null;
  /** Number of distinct channel sequences (paths with at least one touch). */
  totalPaths: number;
  /** The paths with a conversion, most conversions first (ties: more journeys, then by path text). */
  topConverting: TopPath[];
  /** The paths with journeys that did not convert, most such journeys first (ties: by path text). */
  topNonConverting: TopPath[];
  /** Distinct paths with at least one conversion, and with at least one journey without one. */
  convertingPaths: number;
  nonConvertingPaths: number;
}

export interface PathStatsOptions {
  /** How many paths `topPaths` lists. @default 20 */
  top?: number;
}

/** Days from the first touch to the conversion, or null when a time is missing. */
function daysToConversion(j: Journey, time: Float64Array): number | null {
  const first = time[j.start];
  const end = j.conversionTime ?? time[j.end - 1];
  if (Number.isNaN(first) || Number.isNaN(end)) return null;
  return Math.max(0, end - first) / DAY;
}

/** The median of values where values[i] occurs weights[i] times (mean of the two middle ones for an even total). */
function weightedMedian(values: number[], weights: number[]): number | null {
  const order = values.map((_, i) => i).filter((i) => weights[i] > 0).sort((a, b) => values[a] - values[b]);
  const total = order.reduce((s, i) => s + weights[i], 0);
  if (!(total > 0)) return null;
  const at = (k: number): number => {
    let seen = 0;
    for (const i of order) if ((seen += weights[i]) > k) return values[i];
    return values[order[order.length - 1]];
  };
  const lo = Math.floor((total - 1) / 2), hi = Math.ceil((total - 1) / 2);
  return (at(lo) + at(hi)) / 2;
}

/** Counts into buckets 0..top+1 (the last one for everything above `top`), trimmed after the highest non-empty one. */
function buckets(top: number): { add: (k: number, a: number, b: number) => void; rows: () => [number, number, number][] } {
  const a = new Array<number>(top + 2).fill(0), b = new Array<number>(top + 2).fill(0);
  let max = -1;
  return {
    add(k, x, y) {
      const i = Math.min(k, top + 1);
      a[i] += x;
      b[i] += y;
      if (i > max) max = i;
    },
    rows: () => Array.from({ length: max + 1 }, (_, i) => [i, a[i], b[i]] as [number, number, number]),
  };
}

/**
 * The first `k` items of `items` sorted by `cmp`, as a stable sort would give them (ties keep the input order),
 * without sorting the rest: one comparison with the k-th best for most items. On the 1M-row bench file (181,876
 * journeys, 108,968 distinct paths, most of them followed once) pathStats() took 2.6–3.2 s with three full sorts
 * whose ties fell through to localeCompare of joined path texts, and 0.4–1.0 s this way, with the same result
 * (a loaded 2-core machine); it runs in the worker before the browser's first attribution result.
 */
export function firstSorted<T>(items: readonly T[], k: number, cmp: (a: T, b: T) => number): T[] {
  const best: T[] = [];
  if (k <= 0) return best;
  for (const item of items) {
    if (best.length === k && cmp(item, best[k - 1]) >= 0) continue;
    // After every kept item that sorts before or with it (stability), found by bisection.
    let lo = 0, hi = best.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cmp(item, best[mid]) >= 0) lo = mid + 1;
      else hi = mid;
    }
    best.splice(lo, 0, item);
    if (best.length > k) best.pop();
  }
  return best;
}

/**
 * Path statistics over all journeys: paths aggregated by channel sequence, the top N by journeys, the
 * path-length distribution and the time to conversion. Journeys without touches are left out (they have no path).
 * Pure: does not mutate `set`.
 */
export function pathStats(set: JourneySet, options: PathStatsOptions = {}): PathStats {
  const top = options.top ?? 20;
  if (!(Number.isInteger(top) && top >= 0)) throw new Error(`pathStats: top must be a whole number >= 0; you passed ${top}`);
  const byPath = new Map<string, { touches: Int32Array; journeys: number; conversions: number; value: number }>();
  const lengths = buckets(MAX_LENGTH);
  const times = buckets(MAX_DAYS);
  const days: number[] = [], weights: number[] = [];
  for (const j of set.journeys) {
    const n = j.end - j.start;
    if (n === 0) continue;
    const channels = set.touches.channel.subarray(j.start, j.end);
    const key = sequenceKey(channels);
    let row = byPath.get(key);
    if (!row) byPath.set(key, (row = { touches: channels, journeys: 0, conversions: 0, value: 0 }));
    row.journeys += j.conversions + j.nulls;
    row.conversions += j.conversions;
    row.value += j.value;
    lengths.add(n, j.conversions + j.nulls, j.conversions);
    if (set.timed && j.conversions > 0) {
      const d = daysToConversion(j, set.touches.time);
      if (d !== null) {
        times.add(Math.floor(d), j.conversions, 0);
        days.push(d);
        weights.push(j.conversions);
      }
    }
  }
  // Names and texts are made only for the paths a comparison reaches or the lists show.
  const rows = [...byPath.values()].map((r, index) => ({ ...r, index, text: '' }));
  type Row = (typeof rows)[number];
  const text = (r: Row) => r.text || (r.text = Array.from(r.touches, (c) => set.channels[c]).join('\u0000'));
  const byText = (a: Row, b: Row) => text(a).localeCompare(text(b));
  const byJourneys = (a: Row, b: Row) => b.journeys - a.journeys || b.conversions - a.conversions || byText(a, b);
  // The first order of the lists, then their input order (first appearance): a stable sort's ties.
  const inOrder = (a: Row, b: Row) => byJourneys(a, b) || a.index - b.index;
  // On the example data the 20 most common paths were all non-converting: a marketer looks for what converts.
  const converting = rows.filter((r) => r.conversions > 0);
  const nulls = (r: Row) => r.journeys - r.conversions;
  const nonConverting = rows.filter((r) => nulls(r) > 0);
  const shown = (r: Row): TopPath => ({
    path: Array.from(r.touches, (c) => set.channels[c]), journeys: r.journeys, conversions: r.conversions,
    conversionRate: r.journeys > 0 ? r.conversions / r.journeys : 0, value: r.value,
  });
  return {
    topConverting: firstSorted(converting, top, (a, b) => b.conversions - a.conversions || b.journeys - a.journeys || byText(a, b) || inOrder(a, b)).map(shown),
    topNonConverting: firstSorted(nonConverting, top, (a, b) => nulls(b) - nulls(a) || byText(a, b) || inOrder(a, b)).map(shown),
    convertingPaths: converting.length,
    nonConvertingPaths: nonConverting.length,
    topPaths: firstSorted(rows, top, inOrder).map(shown),
    lengths: lengths.rows().slice(1).map(([length, journeys, conversions]) => ({ length, journeys, conversions })),
    timeToConversion: set.timed ? times.rows().map(([d, conversions]) => ({ days: d, conversions })) : null,
    medianDaysToConversion: set.timed ? weightedMedian(days, weights) : null,
    totalPaths: byPath.size,
  };
}
