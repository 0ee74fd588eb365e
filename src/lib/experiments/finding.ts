// What the A/B charts find, one sentence for a slide (issue 15): the winner and by how much, the loser, a difference
// too small to matter, or no clear winner yet and how many more users would tell the lift seen so far apart.
// Pure; O(variants). Null when there is nothing to compare.
import { msg, type Msg } from '../messages';
import { evanMillerSize, planProblem } from './power';
import type { ExperimentResult } from './types';

/**
 * The test's finding. A significant winner (the largest significant lift) first, then a significant loser; then "no
 * meaningful lift" when the interval rules out the smallest lift worth having; else no clear winner yet, with the
 * users per variant still needed to detect the observed difference at the test's alpha and 80% power (Evan
 * Miller's formula, `measure` 'rate' only; null when that cannot be planned).
 */
export function testFinding(result: ExperimentResult, measure: 'rate' | 'mean' = 'rate'): Msg | null {
  const cs = result.comparisons.filter((c) => c.relLift !== null && Number.isFinite(c.relLift));
  if (cs.length === 0) return null;
  const by = (f: (c: (typeof cs)[number]) => number) => cs.reduce((best, c) => (f(c) > f(best) ? c : best));
  const winners = cs.filter((c) => c.significant && c.relLift! > 0);
  if (winners.length) {
    const w = by((c) => c.relLift!);
    return msg('experiment.findingWinner', { variant: w.variant, control: w.control, lift: w.relLift!, chance: w.probBeatControl });
  }
  const losers = cs.filter((c) => c.significant && c.relLift! < 0);
  if (losers.length) {
    const l = by((c) => -c.relLift!);
    return msg('experiment.findingLoser', { variant: l.variant, control: l.control, lift: l.relLift!, chance: 1 - l.probBeatControl });
  }
  if (cs.every((c) => c.noMeaningfulLift)) return msg('experiment.findingNoLift', { variants: cs.map((c) => c.variant), control: cs[0].control });
  // The variant closest to winning: the one the Bayesian side likes most.
  const c = by((c) => c.probBeatControl);
  const users = (name: string) => result.variants.find((v) => v.name === name)?.users ?? 0;
  let more: number | null = null;
  if (measure === 'rate') {
    const plan = { baseline: c.rateControl, mde: Math.abs(c.absDiff), alpha: result.alpha };
    if (c.absDiff !== 0 && !planProblem(plan)) {
      const need = Math.ceil(evanMillerSize(plan.baseline, plan.mde, plan.alpha));
      more = Math.max(0, need - Math.min(users(c.variant), users(c.control)));
    }
  }
  return msg('experiment.findingOpen', { variant: c.variant, control: c.control, lift: c.relLift!, chance: c.probBeatControl, more });
}

/** The arm most likely to be best (Bayesian), and that chance; null with fewer than two arms. */
export function bestFinding(result: ExperimentResult): Msg | null {
  if (result.variants.length < 2) return null;
  const best = result.variants.reduce((b, v) => (v.probBest > b.probBest ? v : b));
  return msg('experiment.findingBest', { variant: best.name, chance: best.probBest });
}
