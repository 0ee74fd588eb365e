// The peeking guard: a fixed-horizon test read before it reached its planned size.
import { msg, type Msg } from '../messages';

/**
 * A warning when the smallest arm has fewer users than planned, or null when the plan is met (or there is none).
 * Reading a fixed-horizon test early and stopping at the first significant result inflates false positives.
 */
export function peekingWarning(usersPerArm: readonly number[], plannedPerArm: number | null | undefined): Msg | null {
  if (!plannedPerArm || plannedPerArm <= 0 || usersPerArm.length === 0) return null;
  const smallest = Math.min(...usersPerArm);
  if (smallest >= plannedPerArm) return null;
  const share = Math.round((100 * smallest) / plannedPerArm);
  return msg('experiment.peeking', { share, planned: plannedPerArm });
}
