// Calibration with experiments, as Robyn does with lift tests: a measured incremental outcome of one channel over some
// weeks (a geo or conversion-lift test, or an A/B test of the channel) with its 90% interval. The model's counterpart
// is the channel's modelled contribution in those weeks, beta_c sum_t share_t Hill_c(t), linear in beta_c. The fit
// adds a Gaussian likelihood term (predicted - measured)^2 / (2 se^2), se from the interval, so the test pulls the
// fit as strongly as its own precision says. A channel fitted in a group is credited its share of the group's spend.
import { normalQuantile } from '../experiments/distributions';
import type { ExperimentView } from '../experiments/view';
import { msg, type Msg } from '../messages';
import type { Unit } from './checks';
import { mondayOf } from './table';
import type { LiftTest, MixTable, MmmResult } from './types';

export type { LiftTest };

/** z of a two-sided 90% interval. */
const Z90 = 1.6448536269514722;

/** A lift test resolved against the fitted channels: which channel, which weeks, and each week's share of it. */
export interface LiftTerm {
  test: LiftTest;
  /** Index of the fitted channel (a unit: one channel or a group). */
  unit: number;
  /** Weeks [first, last], inclusive. */
  first: number;
  last: number;
  /** Per week of [first, last]: the tested channel's share of its unit's spend (1 for a channel fitted alone). */
  share: Float64Array;
  /** Standard error of the measured lift, from its 90% interval. */
  se: number;
}

/** Milliseconds of a yyyy-mm-dd date, or NaN. */
function dayMs(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return NaN;
  const ms = Date.UTC(+m[1], +m[2] - 1, +m[3]);
  return new Date(ms).toISOString().slice(0, 10) === iso ? ms : NaN;
}

/** Why a lift test cannot be used as given (before any data), or null. */
export function liftProblem(test: LiftTest): Msg | null {
  const from = dayMs(test.from), to = dayMs(test.to);
  if (!test.channel) return msg('mmm.liftNoChannel', {});
  if (Number.isNaN(from) || Number.isNaN(to)) return msg('mmm.liftBadDates', { channel: test.channel, from: test.from, to: test.to });
  if (to < from) return msg('mmm.liftBadDates', { channel: test.channel, from: test.from, to: test.to });
  if (![test.lift, test.low, test.high].every(Number.isFinite) || !(test.low <= test.lift && test.lift <= test.high) || !(test.high > test.low)) {
    return msg('mmm.liftBadInterval', { channel: test.channel, lift: test.lift, low: test.low, high: test.high });
  }
  return null;
}

/** Index range [first, last] of the weeks whose Monday lies from the week of `from` to the week of `to`, or null. */
function weekRange(weeks: readonly string[], test: LiftTest): [number, number] | null {
  const lo = mondayOf(dayMs(test.from)), hi = mondayOf(dayMs(test.to));
  let first = -1, last = -1;
  weeks.forEach((w, t) => {
    const ms = dayMs(w);
    if (ms >= lo && ms <= hi) {
      if (first < 0) first = t;
      last = t;
    }
  });
  return first < 0 ? null : [first, last];
}

/** The lift tests the fit can use, resolved against its channels, and a warning for each it cannot. */
export function resolveLifts(table: MixTable, units: readonly Pick<Unit, 'members'>[], tests: readonly LiftTest[]): { terms: LiftTerm[]; warnings: Msg[] } {
  const terms: LiftTerm[] = [], warnings: Msg[] = [];
  for (const test of tests) {
    const problem = liftProblem(test);
    if (problem) { warnings.push(problem); continue; }
    const unit = units.findIndex((u) => u.members.includes(test.channel));
    if (unit < 0) { warnings.push(msg('mmm.liftUnknownChannel', { channel: test.channel })); continue; }
    const range = weekRange(table.weeks, test);
    if (!range) { warnings.push(msg('mmm.liftOutside', { channel: test.channel, from: test.from, to: test.to })); continue; }
    const [first, last] = range;
    const spendOf = (name: string) => table.channels.find((c) => c.name === name)?.spend;
    const own = spendOf(test.channel)!;
    const members = units[unit].members.map(spendOf);
    const share = Float64Array.from({ length: last - first + 1 }, (_, i) => {
      if (members.length === 1) return 1;
      const total = members.reduce((s, x) => s + (x ? x[first + i] : 0), 0);
      return total > 0 ? own[first + i] / total : 0;
    });
    terms.push({ test, unit, first, last, share, se: (test.high - test.low) / (2 * Z90) });
  }
  return { terms, warnings };
}

/** A lift test beside what a fit says of the same channel and weeks. */
export interface LiftCheck {
  test: LiftTest;
  /** Weeks of the data the test covers. */
  weeks: number;
  /** The fit's contribution of the channel in those weeks. */
  predicted: number;
  /** (predicted - measured) / standard error of the test: how many of the test's errors the fit is away. */
  z: number;
}

/** What a fit says of each usable lift test: its channel's modelled contribution in the test's weeks. */
export function checkLifts(table: MixTable, result: Pick<MmmResult, 'channels' | 'series'>, tests: readonly LiftTest[]): LiftCheck[] {
  const { terms } = resolveLifts(table, result.channels, tests);
  return terms.map((k) => {
    const series = result.series.contributions[k.unit];
    let predicted = 0;
    for (let t = k.first; t <= k.last; t++) predicted += k.share[t - k.first] * series[t];
    return { test: k.test, weeks: k.last - k.first + 1, predicted, z: (predicted - k.test.lift) / k.se };
  });
}


/** A lift test beside the uncalibrated and the calibrated fit: how far the model was from it, and is now. */
export interface CalibrationRow {
  test: LiftTest;
  weeks: number;
  /** The channel's contribution in the test's weeks, by the fit without lift tests. */
  before: number;
  /** The same by the fit pulled toward the tests. */
  after: number;
  /** (fit - measured) / the test's standard error, before and after. */
  zBefore: number;
  zAfter: number;
}

/** One row per usable lift test: what the uncalibrated fit said, what the calibrated one says. */
export function calibrationRows(table: MixTable, before: Pick<MmmResult, 'channels' | 'series'>, after: Pick<MmmResult, 'channels' | 'series'>, tests: readonly LiftTest[]): CalibrationRow[] {
  const b = checkLifts(table, before, tests), a = checkLifts(table, after, tests);
  return a.flatMap((x) => {
    const y = b.find((k) => k.test === x.test);
    return y ? [{ test: x.test, weeks: x.weeks, before: y.predicted, after: x.predicted, zBefore: y.z, zAfter: x.z }] : [];
  });
}

/**
 * A lift from an A/B holdout test of a channel (control: not exposed; variant: exposed): the extra conversions are
 * the rate difference times the variant's users, and its interval at `level` is turned into a 90% interval.
 */
export function liftFromAb(c: { absDiff: number; absCi: readonly [number, number] }, variantUsers: number, level: number): Pick<LiftTest, 'lift' | 'low' | 'high'> {
  const se = ((c.absCi[1] - c.absCi[0]) / (2 * normalQuantile(0.5 + level / 2))) * variantUsers;
  const lift = c.absDiff * variantUsers;
  return { lift, low: lift - Z90 * se, high: lift + Z90 * se };
}

/** A lift test's numbers from an A/B test, with the arms compared and the test's first and last day when it has dates. */
export type LiftFromAb = Pick<LiftTest, 'lift' | 'low' | 'high'> & {
  variant: string;
  control: string;
  /** What the lift counts: extra revenue when the test has revenue per user, else extra conversions. */
  unit: 'revenue' | 'conversions';
  from: string | null;
  to: string | null;
};

export type AbLift = { ok: true; lift: LiftFromAb } | { ok: false; reason: Msg };

/**
 * A lift test's numbers and dates taken from an A/B view: its first variant against control, in revenue when the test
 * has revenue per user (a mix model's outcome is usually revenue), else in conversions; dates when it has them.
 */
export function liftFromExperiment(view: ExperimentView): LiftFromAb | null {
  const c = view.result.comparisons[0];
  const users = view.result.variants.find((v) => v.name === c?.variant)?.users;
  if (!c || !users) return null;
  let lo = Infinity, hi = -Infinity;
  for (const s of view.cumulative ?? []) for (const x of s.x) { lo = Math.min(lo, x); hi = Math.max(hi, x); }
  const day = (ms: number) => (Number.isFinite(ms) ? new Date(ms).toISOString().slice(0, 10) : null);
  return {
    ...liftFromAb(c.revenue ?? c, users, 1 - view.result.alpha), unit: c.revenue ? 'revenue' : 'conversions', variant: c.variant, control: c.control,
    from: day(lo), to: day(hi),
  };
}
