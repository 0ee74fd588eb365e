// The peeking guard: a fixed-horizon test read before it reached its planned size.

/**
 * A warning when the smallest arm has fewer users than planned, or null when the plan is met (or there is none).
 * Reading a fixed-horizon test early and stopping at the first significant result inflates false positives.
 */
export function peekingWarning(usersPerArm: readonly number[], plannedPerArm: number | null | undefined): string | null {
  if (!plannedPerArm || plannedPerArm <= 0 || usersPerArm.length === 0) return null;
  const smallest = Math.min(...usersPerArm);
  if (smallest >= plannedPerArm) return null;
  const share = Math.round((100 * smallest) / plannedPerArm);
  return `This test has reached ${share}% of its planned ${Math.round(plannedPerArm).toLocaleString('en-US')} users per arm. Reading a fixed-horizon test early and stopping when it looks significant makes false winners far more likely: wait for the planned size, or judge it by the sequential (always-valid) result.`;
}
