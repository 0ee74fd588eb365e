// Which arm is the control: the one the user named, else one called control/A/original/kontrolli/baseline,
// else the first arm.

import { msg, MsgError, type Msg } from '../messages';

const CONTROL_NAMES = new Set(['control', 'a', 'original', 'kontrolli', 'baseline', 'variant a', 'version a']);

const fold = (s: string) => s.trim().toLowerCase();

/** Why the named control cannot be found, as a Msg, or null when it is among the arms (or none is named). */
export function controlProblem(names: readonly string[], wanted?: string): Msg | null {
  if (wanted === undefined || names.some((n) => fold(n) === fold(wanted))) return null;
  return msg('experiment.noSuchControl', { wanted, names: [...names] });
}

/** Index of the control arm. Throws when a named control is not among the arms. */
export function findControl(names: readonly string[], wanted?: string): number {
  const problem = controlProblem(names, wanted);
  if (problem) throw new MsgError(problem);
  if (wanted !== undefined) return names.findIndex((n) => fold(n) === fold(wanted));
  const i = names.findIndex((n) => CONTROL_NAMES.has(fold(n)));
  return i < 0 ? 0 : i;
}
