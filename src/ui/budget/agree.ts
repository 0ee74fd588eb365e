// Whether the threshold rule agrees with the recommendation for one channel, and if not, which way it differs.
import type { RuleMove } from '../../lib/budget/rules';

/**
 * 'agrees': both move the same way (or neither moves). 'locked': the user keeps the channel where it is.
 * 'ruleCuts': the rule cuts (its average cost misses the blended) but the plan does not: the next euro there still
 * brings as much as elsewhere. 'ruleRaises': the rule raises but the plan does not: the next euro there brings less.
 */
export type Agreement = 'agrees' | 'locked' | 'ruleCuts' | 'ruleRaises';

const direction = (from: number, to: number) => (to > from * 1.005 ? 1 : to < from * 0.995 ? -1 : 0);

/** The rule's move against the plan's, for a channel of current spend `current` recommended `recommended`. */
export function agreement(move: RuleMove, current: number, recommended: number, locked: boolean): Agreement {
  const rule = direction(move.spend, move.newSpend), plan = direction(current, recommended);
  if (rule === plan) return 'agrees';
  if (locked) return 'locked';
  return rule < 0 ? 'ruleCuts' : 'ruleRaises';
}
