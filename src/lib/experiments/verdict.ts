// Plain-English sentences: one verdict per variant, naming the method behind each number, and the SRM warning.
// Each comes with its Msg (../messages.ts) so the UI can show it in another language.
import { msg, type Msg } from '../messages';
import type { ShortArm, VerdictParams } from './messages';
import type { SrmResult } from './srm';

export { formatChance, formatP, signedPercent } from './messages';

export const MIN_USERS = 100;
export const MIN_CONVERSIONS = 25;

export type VerdictInput = VerdictParams;

export function verdict(v: VerdictInput): Msg {
  return msg('experiment.verdict', v);
}

/** Why a pair of arms is too small to call a winner (the arms below the minimums), or null. */
export function sizeGuard(arms: readonly ShortArm[]): VerdictParams['tooSmall'] {
  const short = arms.filter((a) => a.users < MIN_USERS || a.conversions < MIN_CONVERSIONS);
  if (short.length === 0) return null;
  return { arms: short.map(({ name, users, conversions }) => ({ name, users, conversions })), minUsers: MIN_USERS, minConversions: MIN_CONVERSIONS };
}

/** The warning shown above the results when the SRM check fails, or null. */
export function srmWarning(srm: SrmResult, names: readonly string[], users: readonly number[]): Msg | null {
  return srm.flagged ? srmSentence('experiment.srm', srm, names, users) : null;
}

/** The sentence saying the split was checked and is fine, or null when it failed or could not be checked. */
export function srmOk(srm: SrmResult, names: readonly string[], users: readonly number[]): Msg | null {
  return srm.flagged ? null : srmSentence('experiment.srmOk', srm, names, users);
}

function srmSentence(key: 'experiment.srm' | 'experiment.srmOk', srm: SrmResult, names: readonly string[], users: readonly number[]): Msg | null {
  if (srm.pValue === null) return null;
  const total = srm.expected.reduce<number>((s, e, i) => s + (e === null ? 0 : users[i]), 0);
  const tested = names.map((_, i) => i).filter((i) => srm.expected[i] !== null);
  return msg(key, {
    planned: tested.map((i) => (srm.expected[i] as number) / total),
    observed: tested.map((i) => ({ name: names[i], share: users[i] / total })),
    pValue: srm.pValue,
  });
}
