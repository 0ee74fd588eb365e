// The marketing-mix model's sentences in English, one template per key (the shape of ../budget/messages.ts).
// Registered in ../messages.ts: build them with msg() and render them with english() there.
import { formatInt, formatMoney, formatNumber, formatPercent } from '../util/format';

const s = (n: number) => (n === 1 ? '' : 's');
const list = (xs: readonly string[]) => (xs.length <= 1 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`);

export const mmmMessages = {
  // Reading the table.
  'mmm.noDate': (_: Record<string, never>) => 'No date column: a marketing-mix table needs one row per week (or day) with its date.',
  'mmm.noOutcome': (_: Record<string, never>) => 'No outcome column (revenue, sales, conversions, leads...): set one in the column mapper.',
  'mmm.tooFewWeeks': (p: { weeks: number }) => `Only ${formatInt(p.weeks)} week${s(p.weeks)} of data: a marketing-mix model needs at least 8.`,
  'mmm.cancelled': (_: Record<string, never>) => 'The fit was cancelled.',
  'mmm.noSpend': (_: Record<string, never>) => 'No spend column (*_spend, *_S, spend_*, Cost *, * kulut): set at least one channel in the column mapper.',
  'mmm.badDate': (p: { row: number; value: string }) => `Row ${formatInt(p.row)} skipped: "${p.value}" is not a date.`,
  'mmm.badOutcome': (p: { row: number; value: string }) => `Row ${formatInt(p.row)} skipped: its outcome "${p.value}" is not a number.`,
  'mmm.blankCells': (p: { column: string; count: number }) => `${p.column}: ${formatInt(p.count)} empty or unreadable cell${s(p.count)} read as 0.`,
  'mmm.geoSummed': (p: { geos: number }) => `${formatInt(p.geos)} geos summed to national weeks (spend and outcome summed, controls averaged); the model is fitted on the national total.`,
  'mmm.dailySummed': (p: { rows: number; weeks: number }) => `${formatInt(p.rows)} daily rows summed to ${formatInt(p.weeks)} ISO weeks (Monday to Sunday).`,
  'mmm.valuePerOutcome': (p: { outcome: string; column: string }) => `Outcome is ${p.outcome} × ${p.column}, so ROI is value per unit of spend.`,
  'mmm.timeIndexIgnored': (p: { column: string }) => `${p.column} looks like a time index; the model has its own trend and season, so it is ignored.`,
  'mmm.gaps': (p: { count: number }) => `${formatInt(p.count)} week${s(p.count)} missing between the first and the last week; carryover runs across the gap${s(p.count)}.`,
  'mmm.spendGuessed': (p: { columns: string[] }) => `No column is marked as spend, so ${list(p.columns)} are read as channels' spend; if they are impressions or already scaled, ROI is per those units.`,
  'mmm.eventLevels': (p: { column: string; levels: string[] }) => `${p.column} holds named events; each becomes a 0/1 event: ${list(p.levels)}.`,
  // What the data can tell.
  'mmm.shortData': (p: { weeks: number }) => `Only ${formatInt(p.weeks)} weeks: under about a year, trend, season and media cannot be told apart well; read every number as rough.`,
  'mmm.zeroSpend': (p: { channel: string }) => `${p.channel} has no spend in these weeks, so it is left out of the model.`,
  'mmm.flatSpend': (p: { channel: string; cv: number }) => `${p.channel}'s weekly spend hardly varies (coefficient of variation ${formatPercent(p.cv)}): the data cannot tell its effect from the baseline, so its numbers lean on the prior.`,
  'mmm.grouped': (p: { channels: string[]; r: number }) => `${list(p.channels)} move together (correlation ${formatNumber(p.r * 100) }%): the data cannot split their effect, so they are fitted and reported as one group.`,
  'mmm.constantControl': (p: { name: string }) => `${p.name} does not change over the weeks, so it is left out.`,
  'mmm.noHoldout': (p: { weeks: number }) => `Too few weeks (${formatInt(p.weeks)}) to hold some out: the ridge strength is the default and no held-out error is reported.`,
  // Fits against common sense.
  'mmm.zeroEffect': (p: { channel: string; spendShare: number }) => `The model finds no effect of ${p.channel} (${formatPercent(p.spendShare)} of spend). Zero is where the fit stopped, not a measurement: test it with a holdout before cutting it.`,
  'mmm.roiOutlier': (p: { channel: string; roi: number; median: number }) => `${p.channel}'s ROI ${formatNumber(p.roi)} is over five times the channels' median ${formatNumber(p.median)}: check it with a lift test before moving money on it.`,
  'mmm.mediaDominates': (p: { share: number }) => `Media explain ${formatPercent(p.share)} of the outcome, leaving little for the baseline: implausible for most businesses; check the outcome column and the controls.`,
  'mmm.negativeBaseline': (p: { weeks: number }) => `The baseline is below zero in ${formatInt(p.weeks)} week${s(p.weeks)}: media are credited with more than the outcome there.`,
  'mmm.wideInterval': (p: { channel: string; low: number; high: number }) => `${p.channel}'s ROI is uncertain: its interval runs from ${formatNumber(p.low)} to ${formatNumber(p.high)}.`,
  // Budget from the model.
  'mmm.held': (p: { channel: string; share: number }) => `${p.channel} stays at its current spend: its move helps in only ${formatPercent(p.share, 0)} of the bootstrap draws.`,
  'mmm.keptCurrent': (_: Record<string, never>) => 'The best allocation the draws agree on is no better than today\'s spend under the fitted curves, so today\'s spend is kept.',
  'mmm.groupSplit': (p: { group: string }) => `${p.group} is one group: its spend is split between its channels as today.`,
  // Calibration with lift tests.
  'mmm.liftNoChannel': (_: Record<string, never>) => 'A lift test needs the channel it tested.',
  'mmm.liftBadDates': (p: { channel: string; from: string; to: string }) => `The lift test of ${p.channel} is left out: "${p.from}" to "${p.to}" is not a range of dates (yyyy-mm-dd, first day before last).`,
  'mmm.liftBadInterval': (p: { channel: string; lift: number; low: number; high: number }) => `The lift test of ${p.channel} is left out: its lift ${formatNumber(p.lift)} must lie inside its interval ${formatNumber(p.low)} to ${formatNumber(p.high)}, and the interval must have a width.`,
  'mmm.liftUnknownChannel': (p: { channel: string }) => `The lift test of ${p.channel} is left out: the model has no channel of that name with spend.`,
  'mmm.liftNoAb': (_: Record<string, never>) => 'That A/B test has no variant with users to compare against its control.',
  'mmm.liftOutside': (p: { channel: string; from: string; to: string }) => `The lift test of ${p.channel} (${p.from} to ${p.to}) is left out: the data has no week in that range.`,
  // The charts' findings (finding.ts), one sentence under a slide's title. Shares and MAPEs are fractions.
  'mmm.findingFit': (p: { r2: number; mape: number; holdout: { mape: number; weeks: number } | null }) =>
    `The model explains ${formatPercent(Math.max(0, p.r2), 0)} of the weekly outcome's ups and downs (R² ${p.r2.toFixed(2)}); its weeks are off by ${formatPercent(p.mape, 1)} on average (MAPE)` +
    (p.holdout ? `, ${formatPercent(p.holdout.mape, 1)} on the ${formatInt(p.holdout.weeks)} held-out week${s(p.holdout.weeks)}.` : '.'),
  'mmm.findingContribution': (p: { channel: string; share: number; roi: number; interval: { low: number; high: number } | null }) =>
    `${p.channel} brings the largest share of the outcome, ${formatPercent(p.share, 0)}, with an ROI of ${p.roi.toFixed(2)}${p.interval ? ` (90% interval ${p.interval.low.toFixed(2)} to ${p.interval.high.toFixed(2)})` : ''}.`,
  'mmm.findingRoi': (p: { best: string; bestRoi: number; interval: { low: number; high: number } | null; worst: string; worstRoi: number }) =>
    `${p.best} returns the most per unit of spend, ROI ${p.bestRoi.toFixed(2)}${p.interval ? ` (90% interval ${p.interval.low.toFixed(2)} to ${p.interval.high.toFixed(2)})` : ''}; ${p.worst} the least, ${p.worstRoi.toFixed(2)}.`,
  'mmm.findingDecomposition': (p: { media: number }) =>
    `Media brings ${formatPercent(p.media, 0)} of the outcome; the baseline (trend, season, controls) the other ${formatPercent(Math.max(0, 1 - p.media), 0)}.`,
  'mmm.findingMove': (p: { channel: string; from: number; to: number; gain: number }) =>
    `${p.to > p.from ? 'Raising' : 'Cutting'} ${p.channel} from ${formatInt(p.from)} to ${formatInt(p.to)} a week is expected to ${p.gain >= 0 ? 'add' : 'lose'} ${formatNumber(Math.abs(p.gain))} of outcome a week.`,
  'mmm.findingStay': (p: { channel: string; weekly: number; held: boolean }) =>
    `${p.channel} stays at ${formatInt(p.weekly)} a week${p.held ? ': the bootstrap draws disagree on whether a move helps' : ': it is where the plan wants it'}.`,
};

