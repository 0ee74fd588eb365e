// Which arm is the control: the one the user named, else one called control/A/original/kontrolli/baseline,
// else the first arm.

const CONTROL_NAMES = new Set(['control', 'a', 'original', 'kontrolli', 'baseline', 'variant a', 'version a']);

const fold = (s: string) => s.trim().toLowerCase();

/** Index of the control arm. Throws when a named control is not among the arms. */
export function findControl(names: readonly string[], wanted?: string): number {
  if (wanted !== undefined) {
    const i = names.findIndex((n) => fold(n) === fold(wanted));
    if (i < 0) throw new RangeError(`no variant named "${wanted}"; the variants are ${names.join(', ')}`);
    return i;
  }
  const i = names.findIndex((n) => CONTROL_NAMES.has(fold(n)));
  return i < 0 ? 0 : i;
}
