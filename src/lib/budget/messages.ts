// The budget engine's sentences in English (notes, warnings, why a channel is left out), one template per key.
import { formatDate, formatMoney, formatNumber, formatPercent, formatWholeMoney } from '../util/format';
import { attributionEnglish, type AttributionMsg } from '../attribution/messages';

type Kpi = 'conversions' | 'value';
const s = (n: number) => (n === 1 ? '' : 's');
/** R² as shown with two decimals: a fit no better than the mean (|R²| < 0.005) is 0, never -0.00. */
export const shownR2 = (x: number): number => (Math.abs(x) < 0.005 ? 0 : x);

/** Why no curve goes through a channel's point (calibrate()) or fits its weeks (fitCurve()). */
const curveMessages = {
  'budget.curveSpend': (p: { spend: number }) => `the current spend must be above 0, not ${p.spend}`,
  'budget.curveResponse': (p: { response: number }) => `the current response must be above 0, not ${p.response}`,
  'budget.curveAlpha': (p: { alpha: number }) => `alpha must be above 0, not ${p.alpha}`,
  'budget.curveElasticity': (p: { elasticity: number; alpha: number }) => `the elasticity must be between 0 and alpha (${p.alpha}), exclusive, not ${p.elasticity}`,
};
type CurveTable = typeof curveMessages;
/** A sentence of calibrate(): a key of the table above and its values (a Msg, see ../messages.ts). */
export type CurveMsg = { [K in keyof CurveTable]: { key: K; params: Parameters<CurveTable[K]>[0] } }[keyof CurveTable];
const curveEnglish = (m: CurveMsg): string => (curveMessages[m.key] as (p: unknown) => string)(m.params);

/** A JSON value as a scenario problem shows it: its JSON text, or what it is when it nests too deep to print. */
export type Shown = { json: string } | { deep: 'array' | 'object'; levels: number };
const shownEn = (v: Shown): string => ('json' in v ? v.json : `${v.deep === 'array' ? 'an array' : 'an object'} nested more than ${v.levels} levels deep`);

/** 12.5 conversions · €1,235 in conversion value */
const gainEn = (n: number, kpi: Kpi, currency: string): string =>
  kpi === 'conversions' ? `${formatNumber(n)} conversion${n === 1 ? '' : 's'}` : `${formatWholeMoney(n, currency)} in conversion value`;
/** +4.2% · -1.0% */
const signedShare = (x: number): string => `${x >= 0 ? '+' : ''}${formatPercent(x, 1)}`;

export const budgetMessages = {
  ...curveMessages,
  'budget.fitFewWeeks': (p: { min: number; weeks: number }) => `a curve needs at least ${p.min} weeks of spend and response; this series has ${p.weeks}`,
  'budget.fitFlatSpend': (p: { variation: number; min: number }) =>
    `spend barely varies (coefficient of variation ${p.variation.toFixed(3)}, needs ${p.min}): the weeks cannot show where the curve bends`,
  'budget.fitNoPrior': (p: { why: CurveMsg }) => `no one-point prior: ${curveEnglish(p.why)}`,
  /** why: the attribution engine's reason, or null when the model was not computed. */
  'budget.modelMissing': (p: { model: string; why: AttributionMsg | null }) => `the ${p.model} model ${p.why ? `does not apply to this data: ${attributionEnglish(p.why)}` : 'was not computed'}`,
  'budget.badBounds': (p: { lo: number; hi: number }) => `bounds must be two ratios 0 <= min <= max, not ${p.lo}, ${p.hi}`,
  'budget.excludedNoSpend': (p: { credit: number; kpi: Kpi }) => `credited ${formatNumber(p.credit)} ${p.kpi} but has no spend: nothing to reallocate`,
  'budget.excludedNeither': (_: Record<string, never>) => 'neither spend nor credit',
  'budget.excludedNoCredit': (p: { spend: number; kpi: Kpi; model: string }) =>
    `spend ${formatMoney(p.spend)} but no credited ${p.kpi} in the ${p.model} model: no curve can be drawn; its spend stays as it is, outside the budget`,
  /** reason: why calibrate() (response.ts) found no curve. */
  'budget.excludedNoCurve': (p: { reason: CurveMsg }) => `no curve: ${curveEnglish(p.reason)}`,
  'budget.excludedUnmatched': (p: { spend: number }) =>
    `spend ${formatMoney(p.spend)} but no attribution channel of this name: its spend stays as it is, outside the budget`,
  /** The channel names of each side (at most six, then '…'), so the user sees why they do not meet. */
  'budget.nothingToAllocate': (p: { spendChannels: string[]; creditChannels: string[] }) =>
    `no channel has both spend and credited results, so there is nothing to allocate (the spend names ${p.spendChannels.join(', ') || 'no channel'}; the journeys credit ${p.creditChannels.join(', ') || 'no channel'})`,
  'budget.nothingReported': (p: { kpi: Kpi }) => `no campaign in the report has both spend and ${p.kpi === 'value' ? 'a conversion value' : 'conversions'} reported by the platform, so there is nothing to allocate`,
  'budget.noReported': (_: Record<string, never>) => 'the spend file has no conversions or conversion value reported by the platform; add a touchpoint or path file for credit',
  'budget.excludedNoReported': (p: { spend: number; kpi: Kpi }) =>
    `spend ${formatMoney(p.spend)} but no ${p.kpi} reported by the platform: no curve can be drawn; its spend stays as it is, outside the budget`,
  /** from and to in ms UTC. */
  'budget.periodDated': (p: { count: number; from: number; to: number }) =>
    `Spend covers ${p.count} dated period${s(p.count)} from ${formatDate(p.from)} to ${formatDate(p.to)}; curves, spends and responses are totals over that span.`,
  'budget.periodLabels': (p: { count: number; first: string; last: string }) =>
    `Spend covers ${p.count} period${s(p.count)} (${p.first} to ${p.last}); curves, spends and responses are totals over them.`,
  'budget.periodNone': (_: Record<string, never>) => 'The spend file has no dates: curves, spends and responses are totals for the whole file.',
  'budget.curvesEstimated': (p: { model: string; kpi: Kpi; elasticity: number }) =>
    `Curves are estimated from attribution (${p.model}, ${p.kpi}), not incrementality: each passes through the channel's current spend and credit with elasticity ${p.elasticity}. Check them with a holdout test in the experiments view.`,
  'budget.creditSource': (_: Record<string, never>) => 'Credit comes from the journeys in the touchpoint file; it should cover the same period as the spend.',
  /** Spans in ms UTC: the spend's first and last day, the journeys' first and last touch. */
  'budget.periodMismatch': (p: { spendFrom: number; spendTo: number; creditFrom: number; creditTo: number }) =>
    `The spend covers ${formatDate(p.spendFrom)} to ${formatDate(p.spendTo)}, but the journeys ${formatDate(p.creditFrom)} to ${formatDate(p.creditTo)}: credit from outside the spend's period makes channels look cheaper or dearer than they are. Load files of the same period.`,
  'budget.curvesReported': (p: { kpi: Kpi; elasticity: number }) =>
    `Curves are estimated from the ${p.kpi === 'value' ? 'conversion value' : 'conversions'} the platform reports, not incrementality: each passes through the campaign's current spend and reported results with elasticity ${p.elasticity}. Check them with a holdout test in the experiments view.`,
  'budget.platformCredit': (_: Record<string, never>) =>
    'Results are as reported by the platform: it counts the conversions its own ads touched, in its own attribution window, so two platforms can both claim the same sale.',
  'budget.fitted': (p: { names: string[] }) =>
    `The curves of ${p.names.join(', ')} follow their own weeks of spend and results; the others pass through today's spend and results.`,
  'budget.noisy': (p: { fits: { name: string; r2: number }[] }) =>
    `The weeks of ${p.fits.map((f) => f.name).join(', ')} go up and down with no clear link to their spend, so they cannot show where returns level off; their curves pass through today's spend and results instead.`,
  'budget.targetMroiMissing': (_: Record<string, never>) => 'Enter a target marginal ROI above 0.',
  'budget.targetRoasMissing': (_: Record<string, never>) => 'Enter a target ROAS above 0.',
  'budget.targetOverBudget': (p: { needed: number; budget: number }) => `The target needs ${formatMoney(p.needed)} in all, more than the total budget of ${formatMoney(p.budget)}.`,
  'budget.sCurve': (p: { channel: string; alpha: number; min: number; inflection: number }) =>
    `${p.channel} has an S-shaped curve (alpha ${formatNumber(p.alpha)}) and its minimum ${formatMoney(p.min)} is below the inflection point ${formatMoney(p.inflection)}: the optimiser only moves it between the minimum and the concave part above the inflection, so its spend may not be optimal.`,
  'budget.infeasible': (p: { sumMin: number; budget: number }) =>
    `Infeasible: the minimums add up to ${formatMoney(p.sumMin)}, more than the budget of ${formatMoney(p.budget)}. No allocation keeps every channel at or above its minimum; lower some minimums or raise the budget. Spends are shown at their minimums.`,
  'budget.unallocated': (p: { sumMax: number; budget: number }) =>
    `Unallocated: the maximums add up to ${formatMoney(p.sumMax)}, less than the budget of ${formatMoney(p.budget)}. Every channel is at its maximum and ${formatMoney(p.budget - p.sumMax)} is left over; raise some maximums to place it.`,
  'budget.roasUnreachable': (p: { best: number; at: number; target: number; minimums: boolean }) =>
    `Unreachable: the best ROAS any budget reaches is ${formatNumber(p.best)} (at ${formatMoney(p.at)}), below the target ${formatNumber(p.target)}. Lower the target${p.minimums ? ' or the minimums' : ''}.`,
  'budget.roasCapped': (p: { total: number; roas: number; target: number }) =>
    `Even with every channel at its maximum (${formatMoney(p.total)} in all), ROAS is ${formatNumber(p.roas)}, at or above the target ${formatNumber(p.target)}: the maximums stop the budget from growing to the target.`,
  'budget.savedScenario': (p: { file: string }) => `Solved from the saved scenario ${p.file}; change any setting above to go back to your data.`,
  /** problems: validateScenario's sentences, already in the reader's language (they name the JSON fields). */
  'budget.notScenario': (p: { file: string; problems: string[] }) => `${p.file} is not a scenario Mittari can solve: ${p.problems.join('; ')}.`,
  // A saved scenario's field problems (validateScenario); `field` is the JSON path, as the file writes it.
  'scenario.notObject': (p: { value: Shown }) => `the scenario must be a JSON object, not ${shownEn(p.value)}`,
  'scenario.unknownField': (p: { field: string; allowed: string[] }) => `${p.field} is not a scenario field (allowed: ${p.allowed.join(', ')})`,
  'scenario.missing': (p: { field: string }) => `${p.field} is missing: it must be a number`,
  'scenario.notNumber': (p: { field: string; value: Shown }) => `${p.field} must be a finite number, not ${shownEn(p.value)}`,
  'scenario.tooLarge': (p: { field: string; value: number }) => `${p.field} must be at most 1e15 (Mittari adds amounts up to 10^15), not ${p.value}`,
  'scenario.atLeast': (p: { field: string; min: number; value: number }) => `${p.field} must be at least ${p.min}, not ${p.value}`,
  'scenario.above': (p: { field: string; min: number; value: number }) => `${p.field} must be above ${p.min}, not ${p.value}`,
  'scenario.mode': (p: { modes: string[]; value: Shown }) => `mode must be one of ${p.modes.join(', ')}, not ${shownEn(p.value)}`,
  'scenario.noChannels': (p: { value: Shown }) => `channels must be a non-empty array of channels, not ${shownEn(p.value)}`,
  'scenario.channelNotObject': (p: { field: string; value: Shown }) => `${p.field} must be an object with name, currentSpend and curve, not ${shownEn(p.value)}`,
  'scenario.nameEmpty': (p: { field: string; value: Shown }) => `${p.field} must be a non-empty text, not ${shownEn(p.value)}`,
  'scenario.nameTwice': (p: { field: string; name: string }) => `${p.field} "${p.name}" appears twice; channel names must be unique`,
  'scenario.curveNotObject': (p: { field: string; value: Shown }) => `${p.field} must be an object {beta, alpha, gamma, carryover?}, not ${shownEn(p.value)}`,
  'scenario.both': (p: { a: string; b: string }) => `${p.a} and ${p.b} are both given; give one`,
  'scenario.minAboveMax': (p: { min: string; max: string; low: number; high: number }) => `${p.min} (${p.low}) is above ${p.max} (${p.high})`,
  /** error: the JSON parser's message (the browser's language). */
  'budget.notJson': (p: { error: string }) => `The file is not JSON: ${p.error}`,
  // The charts' findings (finding.ts), one sentence under a slide's title. gain and share: response added, and its share of today's.
  'budget.findingMove': (p: { amount: number; currency: string; from: string; to: string; mostly: boolean; gain: number; share: number; kpi: Kpi }) =>
    `Moving ${formatWholeMoney(p.amount, p.currency)} ${p.mostly ? 'mostly ' : ''}from ${p.from} to ${p.to} is expected to add ${gainEn(p.gain, p.kpi, p.currency)} (${signedShare(p.share)}).`,
  'budget.findingSpend': (p: { change: number; currency: string; gain: number; share: number; kpi: Kpi }) =>
    `Spending ${formatWholeMoney(Math.abs(p.change), p.currency)} ${p.change > 0 ? 'more' : 'less'} is expected to ${p.gain >= 0 ? 'add' : 'lose'} ${gainEn(Math.abs(p.gain), p.kpi, p.currency)} (${signedShare(p.share)}).`,
  'budget.findingSaturation': (p: { channel: string; reached: number }) =>
    `${p.channel} is closest to saturation: its current spend already brings ${formatPercent(p.reached, 0)} of the most it can.`,
  'budget.findingSaturationEven': (p: { reached: number; channels: number }) =>
    `${p.channels === 2 ? 'Both channels are' : 'All channels are'} equally close to saturation: each one's current spend brings about ${formatPercent(p.reached, 0)} of the most it can.`,
  'budget.findingFit': (p: { channel: string; r2: number; used: boolean; min: number }) => (p.used
    ? `The fitted curve explains ${formatPercent(p.r2, 0)} of ${p.channel}'s week-to-week ups and downs: the plan uses it.`
    : `The fitted curve explains only ${formatPercent(p.r2, 0)} of ${p.channel}'s week-to-week ups and downs, under the ${formatPercent(p.min, 0)} needed: the plan uses the curve through today's spend instead.`),
  'budget.findingMarginal': (p: { best: string; worst: string; bestReturn: number; worstReturn: number; per: number; currency: string; kpi: Kpi }) =>
    `The next ${formatWholeMoney(p.per, p.currency)} returns most in ${p.best} (${gainEn(p.bestReturn, p.kpi, p.currency)}) and least in ${p.worst} (${gainEn(p.worstReturn, p.kpi, p.currency)}).`,
};

