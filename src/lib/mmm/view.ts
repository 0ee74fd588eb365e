// What the Mix model view shows: a fit without its bootstrap draws (they stay in the worker), the allocation on its
// curves, and each channel's response curve with its band and today's and the recommended weekly spend. The worker
// keeps the fit and calls viewOfFit() again when only the budget, the bounds or the mode change.
import { msg, type Msg } from '../messages';
import { allocateMmm, type MmmAllocation, type MmmAllocationOptions } from './allocate';
import { calibrationRows, type CalibrationRow } from './calibrate';
import { curvePoints, type CurvePoints } from './curves';
import { fitMmm } from './fit';
import type { LiftTest, MixTable, MmmControl, MmmOptions, MmmResult } from './types';

export interface MmmRequest {
  /** Seed of the search and the bootstrap. @default 1 */
  seed?: number;
  allocation?: Partial<MmmAllocationOptions>;
  /** Lift tests to calibrate with; the view then shows the fit without them beside the fit with them. */
  lifts?: readonly LiftTest[];
}

/** One channel's steady-state weekly response curve for a chart. */
export interface MmmCurve extends CurvePoints {
  name: string;
  /** Mean weekly spend over the file. */
  currentWeekly: number;
  /** The allocation's weekly spend. */
  recommendedWeekly: number;
}

export interface MmmView {
  /** The fit, without the bootstrap draws. */
  result: Omit<MmmResult, 'draws'>;
  allocation: MmmAllocation;
  /** One per channel of result.channels, in its order. */
  curves: MmmCurve[];
  weeks: number;
  /** Each usable lift test beside the uncalibrated and the calibrated fit (empty without lift tests). */
  calibration: CalibrationRow[];
}

export type MmmOutcome = { ok: true; view: MmmView } | { ok: false; reason: Msg };

/** The fit options a request asks for (what a cached fit is keyed on). */
export function fitOptionsOf(request: MmmRequest): Partial<MmmOptions> {
  return {
    ...(request.seed === undefined ? {} : { seed: request.seed }),
    ...(request.lifts && request.lifts.length > 0 ? { lifts: request.lifts } : {}),
  };
}

/** The same fit without lift tests: the "before" of the calibration. */
export function uncalibrated(options: Partial<MmmOptions>): Partial<MmmOptions> {
  const { lifts: _lifts, ...rest } = options;
  return rest;
}

/** Why this table cannot be fitted, or null: checked before the fit so the view says it in the user's language. */
export function mmmProblem(table: MixTable): Msg | null {
  if (table.weeks.length < 8) return msg('mmm.tooFewWeeks', { weeks: table.weeks.length });
  if (!table.channels.some((c) => c.spend.some((v) => v > 0))) return msg('mmm.noSpend', {});
  return null;
}

/** The view of a fit with an allocation: fast, for budget, bounds and mode changes. */
export function viewOfFit(result: MmmResult, allocation: Partial<MmmAllocationOptions> = {}, calibration: CalibrationRow[] = []): MmmView {
  const alloc = allocateMmm(result, allocation);
  const curves = result.channels.map((c, i): MmmCurve => {
    const a = alloc.channels.find((ac) => ac.name === c.name);
    return { name: c.name, ...curvePoints(result, i), currentWeekly: c.meanWeekly, recommendedWeekly: a?.recommendedWeekly ?? c.meanWeekly };
  });
  const { draws: _draws, ...rest } = result;
  return { result: rest, allocation: alloc, curves, weeks: result.weeks, calibration };
}

/** Fits the table and allocates on its curves; a table that cannot be fitted, or a cancelled fit, is a reason. */
export function mmmView(table: MixTable, request: MmmRequest = {}, control?: MmmControl): MmmOutcome {
  const problem = mmmProblem(table);
  if (problem) return { ok: false, reason: problem };
  const options = fitOptionsOf(request);
  let result: MmmResult, before: MmmResult | null = null;
  try {
    if (options.lifts) before = fitMmm(table, uncalibrated(options), control);
    result = fitMmm(table, options, control);
  } catch (e) {
    if (e instanceof Error && e.message === 'MMM fit cancelled') return { ok: false, reason: msg('mmm.cancelled', {}) };
    throw e;
  }
  const calibration = before && options.lifts ? calibrationRows(table, before, result, options.lifts) : [];
  return { ok: true, view: viewOfFit(result, request.allocation, calibration) };
}
