// Plain-English sentences: one verdict per variant, naming the method behind each number, and the SRM warning.
import type { SrmResult } from './srm';

export const MIN_USERS = 100;
export const MIN_CONVERSIONS = 25;

/** 25 / 3.4 (percent of a fraction): whole percent from 10% up, one decimal below. */
function percentText(x: number): string {
  const pct = x * 100;
  return Math.abs(pct) >= 10 ? pct.toFixed(0) : pct.toFixed(1);
}

/** +25% / -3.4% */
export function signedPercent(x: number): string {
  const text = percentText(x);
  return text.startsWith('-') ? `${text}%` : `+${text}%`;
}

/** p = 0.006, p = 0.41, p < 0.001. */
export function formatP(p: number): string {
  if (p < 0.001) return 'p < 0.001';
  return `p = ${p < 0.1 ? p.toFixed(3) : p.toFixed(2)}`;
}

/** 99.7%, > 99.9%, < 0.1%. */
export function formatChance(p: number): string {
  if (p > 0.999) return '> 99.9%';
  if (p < 0.001) return '< 0.1%';
  return `${(p * 100).toFixed(1)}%`;
}

export interface VerdictInput {
  variant: string;
  control: string;
  relLift: number | null;
  relCi: [number, number] | null;
  absDiff: number;
  absCi: [number, number];
  pValue: number;
  /** Adjusted p and the correction's name when there are several comparisons. */
  adjusted?: { p: number; name: string };
  significant: boolean;
  probBeatControl: number;
  confidence: number;
  /** Why a winner may not be called yet, or null. */
  tooSmall: string | null;
}

export function verdict(v: VerdictInput): string {
  const level = `${Math.round(v.confidence * 100)}% CI`;
  const pText = `z-test ${formatP(v.pValue)}${v.adjusted ? `, ${v.adjusted.name}-adjusted ${formatP(v.adjusted.p)}` : ''}`;
  const effect = v.relLift !== null && v.relCi
    ? `${v.variant} converts ${percentText(Math.abs(v.relLift))}% ${v.relLift >= 0 ? 'better' : 'worse'} than ${v.control} (${level} ${signedPercent(v.relCi[0])} to ${signedPercent(v.relCi[1])}, ${pText})`
    : `${v.variant} converts ${(Math.abs(v.absDiff) * 100).toFixed(2)} points ${v.absDiff >= 0 ? 'more' : 'less'} than ${v.control} (${level} ${(v.absCi[0] * 100).toFixed(2)} to ${(v.absCi[1] * 100).toFixed(2)} points, ${pText})`;
  const bayes = `${formatChance(v.probBeatControl)} chance that ${v.variant} is better (Bayesian)`;
  if (v.tooSmall) return `Too early to call: ${v.tooSmall} So far ${effect}; ${bayes}.`;
  if (!v.significant) return `No clear winner yet: ${effect}; ${bayes}.`;
  return `${effect}; ${bayes}.`;
}

/** Why a pair of arms is too small to call a winner, or null. */
export function sizeGuard(arms: readonly { name: string; users: number; conversions: number }[]): string | null {
  const short = arms.filter((a) => a.users < MIN_USERS || a.conversions < MIN_CONVERSIONS);
  if (short.length === 0) return null;
  const what = short.map((a) => `${a.name} has ${a.users} users and ${a.conversions} conversions`).join('; ');
  return `each arm needs at least ${MIN_USERS} users and ${MIN_CONVERSIONS} conversions before a winner is called (${what}).`;
}

/** The warning shown above the results when the SRM check fails, or null. */
export function srmWarning(srm: SrmResult, names: readonly string[], users: readonly number[]): string | null {
  if (!srm.flagged || srm.pValue === null) return null;
  const total = srm.expected.reduce<number>((s, e, i) => s + (e === null ? 0 : users[i]), 0);
  const tested = names.map((_, i) => i).filter((i) => srm.expected[i] !== null);
  const share = (x: number) => `${((x / total) * 100).toFixed(1)}%`;
  const planned = tested.map((i) => share(srm.expected[i] as number)).join(' / ');
  const observed = tested.map((i) => `${names[i]} ${share(users[i])}`).join(', ');
  return `Sample ratio mismatch (SRM): the split of users between variants is not what was planned (planned ${planned}, ` +
    `observed ${observed}; chi-square ${formatP(srm.pValue)}). This usually means a bug in assignment or tracking; ` +
    'do not trust the results until it is explained.';
}
