// Planning a two-arm conversion test: users per arm for a baseline rate and a minimum detectable effect (MDE),
// by Evan Miller's formula and by the pooled textbook formula; the MDE for a given size; days at given traffic.
import { normalQuantile } from './distributions';
import { msg, MsgError, type Msg } from '../messages';

export interface PlanInput {
  /** Baseline conversion rate, 0 < baseline < 1. */
  baseline: number;
  /** Minimum detectable effect: absolute rate points (0.05 = +5 points), or a fraction of baseline with relative. */
  mde: number;
  relative?: boolean;
  alpha?: number;
  power?: number;
}

export interface SampleSize {
  /** Users per arm, unrounded. */
  evanMiller: number;
  pooled: number;
  /** Rounded to the nearest whole user, as Evan Miller's calculator shows it (1030 for 20% and +5 points). */
  evanMillerRounded: number;
  pooledRounded: number;
  /** Rounded up: the conservative plan (1031 and 1094 for 20% and +5 points). */
  evanMillerCeil: number;
  pooledCeil: number;
  /** The absolute effect planned for. */
  delta: number;
  why: Msg;
}

/** Why Evan Miller's number and the pooled one differ. */
export const WHY_FORMULAS_DIFFER = msg('plan.whyFormulasDiffer', {});

function levelProblem(alpha: number, power: number): Msg | null {
  if (!(alpha > 0 && alpha < 1)) return msg('plan.alpha', { alpha });
  if (!(power > 0 && power < 1)) return msg('plan.power', { power });
  return null;
}

function rateProblem(p: number, d: number): Msg | null {
  if (!(p > 0 && p < 1)) return msg('plan.baseline', { baseline: p });
  if (!(d !== 0 && Number.isFinite(d))) return msg('plan.effect', { effect: d });
  if (!(p + d > 0 && p + d < 1)) return msg('plan.sum', { baseline: p, effect: d });
  return null;
}

function check(problem: Msg | null): void {
  if (problem) throw new MsgError(problem);
}

function quantiles(alpha: number, power: number): [number, number] {
  check(levelProblem(alpha, power));
  return [normalQuantile(1 - alpha / 2), normalQuantile(power)];
}

function checkRates(p: number, d: number): void {
  check(rateProblem(p, d));
}

/** Why sampleSize() would throw for these inputs (the same checks in the same order), or null: for the planner's form. */
export function planProblem(input: PlanInput): Msg | null {
  const { baseline, mde, relative = false, alpha = 0.05, power = 0.8 } = input;
  const delta = relative ? baseline * mde : mde;
  const folded = baseline > 0.5 ? 1 - baseline : baseline; // Evan Miller's formula runs first, on the folded rate
  return rateProblem(folded, delta) ?? levelProblem(alpha, power) ?? rateProblem(baseline, delta);
}

/** Evan Miller: (z_a sqrt(2p(1-p)) + z_b sqrt(p(1-p) + (p+d)(1-p-d)))² / d², p folded to 1 - p above 0.5. */
export function evanMillerSize(baseline: number, delta: number, alpha = 0.05, power = 0.8): number {
  const p = baseline > 0.5 ? 1 - baseline : baseline;
  checkRates(p, delta);
  const [za, zb] = quantiles(alpha, power);
  const s = za * Math.sqrt(2 * p * (1 - p)) + zb * Math.sqrt(p * (1 - p) + (p + delta) * (1 - p - delta));
  return (s * s) / (delta * delta);
}

/** Pooled textbook formula: as Evan Miller's but with p̄ = p + d/2 in the first term (no folding). */
export function pooledSize(baseline: number, delta: number, alpha = 0.05, power = 0.8): number {
  checkRates(baseline, delta);
  const [za, zb] = quantiles(alpha, power);
  const p = baseline, bar = p + delta / 2;
  const s = za * Math.sqrt(2 * bar * (1 - bar)) + zb * Math.sqrt(p * (1 - p) + (p + delta) * (1 - p - delta));
  return (s * s) / (delta * delta);
}

export function sampleSize(input: PlanInput): SampleSize {
  const { baseline, mde, relative = false, alpha = 0.05, power = 0.8 } = input;
  const delta = relative ? baseline * mde : mde;
  const evanMiller = evanMillerSize(baseline, delta, alpha, power), pooled = pooledSize(baseline, delta, alpha, power);
  return {
    evanMiller, pooled, evanMillerRounded: Math.round(evanMiller), pooledRounded: Math.round(pooled),
    evanMillerCeil: Math.ceil(evanMiller), pooledCeil: Math.ceil(pooled), delta, why: WHY_FORMULAS_DIFFER,
  };
}

/**
 * The smallest absolute increase detectable with `perArm` users per arm (Evan Miller's formula, inverted by
 * bisection); null when even a rise to a rate of 100% would need more users.
 */
export function minimumDetectableEffect(baseline: number, perArm: number, alpha = 0.05, power = 0.8): { absolute: number; relative: number } | null {
  if (!(perArm > 0)) throw new RangeError(`users per arm must be above 0, not ${perArm}`);
  const p = baseline > 0.5 ? 1 - baseline : baseline;
  let lo = 1e-9 * (1 - p), hi = (1 - p) * (1 - 1e-9);
  if (evanMillerSize(p, hi, alpha, power) > perArm) return null;
  for (let i = 0; i < 200 && hi - lo > 1e-15; i++) {
    const mid = (lo + hi) / 2;
    if (evanMillerSize(p, mid, alpha, power) > perArm) lo = mid;
    else hi = mid;
  }
  return { absolute: hi, relative: hi / baseline };
}

/** Whole days to reach `perArm` users in each of `arms` arms at `dailyUsers` users a day across the test. */
export function daysNeeded(perArm: number, arms: number, dailyUsers: number): number {
  if (!(dailyUsers > 0)) throw new RangeError(`daily traffic must be above 0, not ${dailyUsers}`);
  if (!(arms >= 2 && Number.isInteger(arms))) throw new RangeError(`a test needs 2 or more arms, not ${arms}`);
  return Math.ceil((Math.ceil(perArm) * arms) / dailyUsers);
}
