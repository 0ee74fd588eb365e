// The experiment engine's sentences in English, one template per message key (see ../messages.ts).
// The number formats here are the English ones the CLI prints; the Finnish UI has its own table.

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

/** An arm below the minimum size for calling a winner. */
export interface ShortArm { name: string; users: number; conversions: number }

export interface VerdictParams {
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
  /** Arms too small to call a winner (with the minimums), or null. */
  tooSmall: { arms: ShortArm[]; minUsers: number; minConversions: number } | null;
  /**
   * Set when the interval rules out the smallest lift worth having (`margin`, a fraction): the test can stop.
   * `equivalent` when it also rules out a drop of as much.
   */
  futile?: { margin: number; equivalent: boolean } | null;
}

const sizeText = (s: NonNullable<VerdictParams['tooSmall']>) =>
  `each arm needs at least ${s.minUsers} users and ${s.minConversions} conversions before a winner is called (${s.arms.map((a) => `${a.name} has ${a.users} users and ${a.conversions} conversions`).join('; ')}).`;

function verdict(v: VerdictParams): string {
  const level = `${Math.round(v.confidence * 100)}% CI`;
  const pText = `z-test ${formatP(v.pValue)}${v.adjusted ? `, ${v.adjusted.name}-adjusted ${formatP(v.adjusted.p)}` : ''}`;
  const effect = v.relLift !== null && v.relCi
    ? `${v.variant} converts ${percentText(Math.abs(v.relLift))}% ${v.relLift >= 0 ? 'better' : 'worse'} than ${v.control} (${level} ${signedPercent(v.relCi[0])} to ${signedPercent(v.relCi[1])}, ${pText})`
    : `${v.variant} converts ${(Math.abs(v.absDiff) * 100).toFixed(2)} points ${v.absDiff >= 0 ? 'more' : 'less'} than ${v.control} (${level} ${(v.absCi[0] * 100).toFixed(2)} to ${(v.absCi[1] * 100).toFixed(2)} points, ${pText})`;
  const bayes = `${formatChance(v.probBeatControl)} chance that ${v.variant} is better (Bayesian)`;
  if (v.tooSmall) return `Too early to call: ${sizeText(v.tooSmall)} So far ${effect}; ${bayes}.`;
  if (!v.significant && v.futile && v.relCi && v.relLift !== null) {
    const { margin, equivalent } = v.futile;
    return `${equivalent ? 'No meaningful difference' : 'No meaningful uplift'}; you can stop: the ${level} of ${v.variant} against ${v.control} ` +
      `(${signedPercent(v.relCi[0])} to ${signedPercent(v.relCi[1])}) rules out a lift of ${signedPercent(margin)} or more, the smallest worth having` +
      `${equivalent ? ', and a drop of as much' : ''}; ${v.variant} converts ${percentText(Math.abs(v.relLift))}% ${v.relLift >= 0 ? 'better' : 'worse'} (${pText}); ${bayes}.`;
  }
  if (!v.significant) return `No clear winner yet: ${effect}; ${bayes}.`;
  return `${effect}; ${bayes}.`;
}

const share = (x: number) => `${(x * 100).toFixed(1)}%`;
const seqPct = (x: number) => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)}%`;
const list = (xs: readonly (string | number)[]) => xs.join(', ');

export const experimentMessages = {
  'experiment.verdict': verdict,
  /** planned and observed are shares 0..1 of the tested users. */
  'experiment.srm': (p: { planned: number[]; observed: { name: string; share: number }[]; pValue: number }) =>
    `Sample ratio mismatch (SRM): the split of users between variants is not what was planned (planned ${p.planned.map(share).join(' / ')}, ` +
    `observed ${p.observed.map((o) => `${o.name} ${share(o.share)}`).join(', ')}; chi-square ${formatP(p.pValue)}). This usually means a bug in assignment or tracking; ` +
    'do not trust the results until it is explained.',
  /** The split passed the SRM check: planned and observed shares 0..1 of the tested users. */
  'experiment.srmOk': (p: { planned: number[]; observed: { name: string; share: number }[]; pValue: number }) =>
    `The split of users was checked and is as planned (planned ${p.planned.map(share).join(' / ')}, observed ${p.observed.map((o) => `${o.name} ${share(o.share)}`).join(', ')}; ` +
    `chi-square ${formatP(p.pValue)}), so assignment and tracking look sound.`,
  'experiment.srmLeftOut': (p: { names: string[]; min: number }) =>
    `${p.names.join(', ')} ${p.names.length === 1 ? 'has' : 'have'} fewer than ${p.min} users, too few for the chi-square test, so ${p.names.length === 1 ? 'it is' : 'they are'} left out of the SRM check.`,
  'experiment.srmNeedsTwo': (_: Record<string, never>) => 'The SRM check needs at least two arms.',
  'experiment.revenueNeedsSums': (_: Record<string, never>) =>
    'Revenue is compared only when every variant has a revenue sum and a sum of squares (or per-user rows).',
  'experiment.fiellerUnbounded': (p: { variant: string; control: string }) =>
    `The Fieller interval of ${p.variant}'s lift is unbounded: ${p.control}'s rate is too uncertain for a reliable relative interval.`,
  'experiment.intervalsDisagree': (p: { variant: string }) =>
    `The delta-method and Fieller intervals of ${p.variant}'s lift disagree; the relative interval is unreliable at this sample size.`,
  'experiment.normalApprox': (_: Record<string, never>) =>
    'Above 100,000 conversions the Bayesian numbers use the normal approximation of the Beta posteriors.',
  /** share: whole percent of the plan reached. */
  'experiment.peeking': (p: { share: number; planned: number }) =>
    `This test has reached ${p.share}% of its planned ${Math.round(p.planned).toLocaleString('en-US')} users per arm. Reading a fixed-horizon test early and stopping when it looks significant makes false winners far more likely: wait for the planned size, or judge it by the sequential (always-valid) result.`,
  'experiment.sequentialTooFew': (_: Record<string, never>) =>
    'Not enough data yet for sequential monitoring: each arm needs a few users and the control a conversion.',
  'experiment.sequentialSafe': (p: { ci: [number, number]; better: boolean; pValue: number }) =>
    `Safe to stop now: the always-valid interval (${seqPct(p.ci[0])} to ${seqPct(p.ci[1])}) no longer includes zero, so the variant is ${p.better ? 'better' : 'worse'} (sequential p = ${p.pValue.toPrecision(2)}).`,
  /** margin: the smallest relative lift worth having; equivalent when the interval also rules out a drop of as much. */
  'experiment.sequentialFutile': (p: { ci: [number, number]; margin: number; equivalent: boolean }) =>
    `${p.equivalent ? 'No meaningful difference' : 'No meaningful uplift'}; you can stop: the always-valid interval (${seqPct(p.ci[0])} to ${seqPct(p.ci[1])}) rules out a lift of ${seqPct(p.margin)} or more, ` +
    `the smallest worth having${p.equivalent ? ', and a drop of as much' : ''}. Running longer would only narrow an interval that already excludes it.`,
  'experiment.badWorthwhile': (p: { worthwhile: number }) => `the smallest lift worth having must be a fraction above 0, not ${p.worthwhile}`,
  'experiment.sequentialNotYet': (p: { ci: [number, number]; pValue: number }) =>
    `Not safe to stop yet: the always-valid interval (${seqPct(p.ci[0])} to ${seqPct(p.ci[1])}) still includes zero; keep the test running (sequential p = ${p.pValue.toPrecision(2)}).`,
  'experiment.tooFewVariants': (p: { count: number }) => `an experiment needs at least 2 variants, not ${p.count}`,
  'experiment.tooManyVariants': (p: { count: number; max: number }) =>
    `an experiment of ${p.count.toLocaleString('en-US')} variants is more than Mittari compares at once (at most ${p.max}); analyse the variants in smaller groups, each with the control`,
  'experiment.duplicateVariant': (p: { name: string }) => `variant "${p.name}" appears twice; give each variant one row per metric`,
  'experiment.badUsers': (p: { name: string; users: number }) => `${p.name}: users must be a whole number above 0, not ${p.users}`,
  'experiment.badConversions': (p: { name: string; users: number; conversions: number }) =>
    `${p.name}: conversions must be a whole number from 0 to users (${p.users}), not ${p.conversions}`,
  'experiment.noSuchControl': (p: { wanted: string; names: string[] }) => `no variant named "${p.wanted}"; the variants are ${list(p.names)}`,
  'experiment.badAlpha': (p: { alpha: number }) => `alpha must be between 0 and 1, not ${p.alpha}`,
  'experiment.weightCount': (p: { weights: number; arms: number }) => `${p.weights} weights for ${p.arms} variants`,
  'experiment.badWeights': (p: { weights: number[] }) => `weights must be positive numbers, not ${list(p.weights)}`,
  'plan.whyFormulasDiffer': (_: Record<string, never>) =>
    "Evan Miller's formula takes the spread under 'no difference' from the baseline rate alone, 2p(1-p); the " +
    'textbook formula pools the two rates, p̄ = p + d/2, which for a rising rate gives a larger spread and so asks ' +
    'for more users (about 6% more at a 20% baseline and +5 points).',
  'plan.alpha': (p: { alpha: number }) => `alpha must be between 0 and 1, not ${p.alpha}`,
  'plan.power': (p: { power: number }) => `power must be between 0 and 1, not ${p.power}`,
  /** Rates and effects as fractions (0.2 = 20%). */
  'plan.baseline': (p: { baseline: number }) => `the baseline rate must be between 0 and 1, not ${p.baseline}`,
  'plan.effect': (p: { effect: number }) => `the effect must be a number other than 0, not ${p.effect}`,
  'plan.sum': (p: { baseline: number; effect: number }) => `baseline ${p.baseline} plus effect ${p.effect} is not a rate between 0 and 1`,
  'experiment.badPrior': (p: { prior: number[] }) => `the Beta prior needs two positive numbers, not ${list(p.prior)}`,
  // The charts' findings (finding.ts), one sentence under a slide's title. lift: relative; chance: 0..1.
  'experiment.findingWinner': (p: { variant: string; control: string; lift: number; chance: number }) =>
    `${p.variant} beats ${p.control} by ${percentText(p.lift)}%, with a ${formatChance(p.chance)} chance of being better.`,
  'experiment.findingLoser': (p: { variant: string; control: string; lift: number; chance: number }) =>
    `${p.variant} converts ${percentText(Math.abs(p.lift))}% worse than ${p.control}, with a ${formatChance(p.chance)} chance that ${p.control} is better.`,
  'experiment.findingNoLift': (p: { variants: string[]; control: string }) =>
    `No meaningful difference between ${[...p.variants, p.control].slice(0, -1).join(', ')} and ${p.control}: the test can stop.`,
  'experiment.findingOpen': (p: { variant: string; control: string; lift: number; chance: number; more: number | null }) =>
    `No clear winner yet: ${p.variant} is ${signedPercent(p.lift)} against ${p.control} so far (${formatChance(p.chance)} chance of being better)` +
    (p.more === null ? '.' : p.more > 0 ? `; telling a difference this size apart needs about ${Math.round(p.more).toLocaleString('en-US')} more users per variant.` : '.'),
  'experiment.findingBest': (p: { variant: string; chance: number }) =>
    `${p.variant} has a ${formatChance(p.chance)} chance of having the highest conversion rate.`,
};

