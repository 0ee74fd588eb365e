// Sample ratio mismatch: Pearson's chi-square of the observed users per arm against the planned split.
import { chiSquareSf } from './distributions';
import { msg, type Msg } from '../messages';

export const SRM_ALPHA = 0.001;
/** Arms with fewer users than this are left out: the chi-square approximation needs a few users per arm. */
export const SRM_MIN_USERS = 8;

export interface SrmResult {
  /** null when too few arms could be tested (see note). */
  chi2: number | null;
  df: number;
  pValue: number | null;
  flagged: boolean;
  /** Expected users per arm under the planned split (null for arms left out). */
  expected: (number | null)[];
  /** Why arms were left out or the test was not run; null when every arm was tested. */
  note: Msg | null;
}

/**
 * Tests users per arm against weights (equal when not given; they need not sum to 1). Arms with fewer than 8
 * users are left out and the weights of the others renormalised. Throws on negative counts or bad weights.
 */
export function srmTest(users: readonly number[], weights?: readonly number[], names?: readonly string[]): SrmResult {
  const w = weights ?? users.map(() => 1);
  if (w.length !== users.length) throw new RangeError(`${w.length} weights for ${users.length} arms`);
  if (w.some((x) => !(x > 0 && Number.isFinite(x)))) throw new RangeError(`weights must be positive numbers, not ${w.join(', ')}`);
  if (users.some((n) => !(n >= 0 && Number.isFinite(n)))) throw new RangeError(`users must be counts of 0 or more, not ${users.join(', ')}`);
  const label = (i: number) => names?.[i] ?? `arm ${i + 1}`;
  const kept = users.map((_, i) => i).filter((i) => users[i] >= SRM_MIN_USERS);
  const left = users.map((_, i) => i).filter((i) => users[i] < SRM_MIN_USERS);
  const leftNote = left.length === 0 ? null : msg('experiment.srmLeftOut', { names: left.map(label), min: SRM_MIN_USERS });
  if (kept.length < 2) {
    return { chi2: null, df: 0, pValue: null, flagged: false, expected: users.map(() => null), note: leftNote ?? msg('experiment.srmNeedsTwo', {}) };
  }
  const total = kept.reduce((s, i) => s + users[i], 0);
  const weightSum = kept.reduce((s, i) => s + w[i], 0);
  const expected: (number | null)[] = users.map(() => null);
  let chi2 = 0;
  for (const i of kept) {
    const e = (w[i] / weightSum) * total;
    expected[i] = e;
    chi2 += ((users[i] - e) * (users[i] - e)) / e;
  }
  const df = kept.length - 1;
  const pValue = chiSquareSf(chi2, df);
  return { chi2, df, pValue, flagged: pValue < SRM_ALPHA, expected, note: leftNote };
}
