// The KPI engine's sentences in English: formulas and why a KPI is unavailable, one template per message key.
import { formatInt, formatMoney, formatNumber, formatPercent } from '../util/format';
import { KPI_DEFINITIONS } from './definitions';
import type { KpiName, KpiUnit } from './types';
import type { FunnelStep } from './contacts';

/** Funnel steps as the English sentences name them. */
const STEP: Record<FunnelStep, string> = { lead: 'leads', mql: 'MQLs', sql: 'SQLs', opportunity: 'opportunities', won: 'won deals' };

/** A KPI's value in its unit (money in `currency`), as the scorecard's finding says it. */
function value(unit: KpiUnit, v: number, currency: string): string {
  switch (unit) {
    case 'money': return new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: Math.abs(v) >= 1000 ? 0 : 2 }).format(v);
    case 'ratio': return formatPercent(v, 1);
    case 'days': return `${formatNumber(v)} days`;
    case 'count': return Math.abs(v) >= 100 ? formatInt(v) : formatNumber(v);
    case 'nps': return formatNumber(v);
  }
}

const CLV = 'CLV = ARPA × gross margin / monthly churn';
const clvNumbers = (p: { arpa: number; margin: number; churn: number }) => `${formatMoney(p.arpa)} × ${formatPercent(p.margin)} / ${formatPercent(p.churn, 2)}`;

/** A model's credit in words: ROI by first-touch credit. */
const creditName = (model: string) => (model === 'first' || model === 'last' ? `${model}-touch` : model.replace(/_/g, ' '));

export const kpiMessages = {
  /** The definition's formula (definitions.ts). */
  'kpi.formula': (p: { kpi: KpiName }) => KPI_DEFINITIONS[p.kpi].formula,
  /** ROI's formula naming the attribution model; null for revenue from the deals' source channel. */
  'kpi.formulaRoi': (p: { model: string | null; beforeLead?: boolean }) => (p.model === null
    ? `ROI by deal source = (won deal amounts by the deal's source channel - spend) / spend, for channels with spend; total over those channels (spend dated outside the report's periods is left out)`
    : `${KPI_DEFINITIONS.roi.formula.replace('ROI by attribution credit', `ROI by ${creditName(p.model)} credit`)} (revenue credited by the ${p.model} model${p.beforeLead === undefined ? '' : p.beforeLead ? ', anonymous touches before the lead included' : ', from the lead touch on: anonymous touches before the lead left out'})`),
  /** Warnings: what to know before trusting a figure. */
  'kpi.warnSpendNoLeads': (p: { channels: string[] }) => `Spend without leads: ${p.channels.join(', ')} (no CPL for ${p.channels.length === 1 ? 'it' : 'them'})`,
  'kpi.warnSpendNoDeals': (p: { channels: string[] }) => `Spend without won deals: ${p.channels.join(', ')} (no CPA for ${p.channels.length === 1 ? 'it' : 'them'})`,
  'kpi.warnSpendOutside': (p: { amount: number }) => `${formatMoney(p.amount)} of spend is dated outside the report's periods and left out`,
  'kpi.warnZeroActual': (p: { periods: string[] }) => `Actual 0 in ${p.periods.join(', ')}: left out of MAPE and bias`,
  'kpi.warnYoungCohorts': (p: { periods: string[]; days: number }) => `Lead cohorts too young to judge: ${p.periods.join(', ')} (less than the median lead → won time of ${p.days} days before the data ends; their rates may still rise)`,
  'kpi.clvUnknown': (_: Record<string, never>) => `${CLV} (ARPA or churn unknown)`,
  'kpi.clvNoChurn': (p: { arpa: number; margin: number; churn: number }) => `${CLV} = ${clvNumbers(p)}: no churn observed, so the lifetime has no end in this data`,
  'kpi.clv': (p: { arpa: number; margin: number; churn: number; value: number }) => `${CLV} = ${clvNumbers(p)} = ${formatMoney(p.value)}`,
  /** The definition's `needs` sentence: which file and columns enable the KPI. */
  'kpi.needs': (p: { kpi: KpiName }) => KPI_DEFINITIONS[p.kpi].needs,
  'kpi.churnActiveOnly': (_: Record<string, never>) => 'needs end dates in the customers file to place churn in periods (it has an active flag only)',
  'kpi.churnNoEnd': (_: Record<string, never>) => 'needs end dates (churn dates) in the customers file; no customer has one',
  'kpi.arpaNoMrr': (_: Record<string, never>) => 'needs a monthly revenue (MRR) column in the customers file',
  'kpi.clvNoMargin': (_: Record<string, never>) => 'needs the gross margin (a share between 0 and 1, e.g. 0.75)',
  'kpi.clvNeedsEnd': (_: Record<string, never>) => 'needs end dates and a monthly revenue (MRR) column in the customers file',
  // Which files the KPIs read.
  'kpi.fileOutsideDates': (p: { file: string; from: string; to: string; dataFrom: string; dataTo: string }) => `${p.file} is left out: its spend (${p.from} to ${p.to}) is over a quarter away from the leads and deals (${p.dataFrom} to ${p.dataTo}); tick it to count it anyway.`,
  'kpi.fileOtherCurrency': (p: { file: string; currency: string; main: string }) => `${p.file} is left out: its money is in ${p.currency}, the other files' in ${p.main}; Mittari does not add two currencies.`,
  'kpi.fileMixedCurrencies': (p: { file: string; currencies: string[] }) => `${p.file} is left out: it holds amounts in ${p.currencies.join(' and ')}, which cannot be added up.`,
  /** The scorecard's finding (scorecard.ts): the pinned KPI furthest from its goal. */
  'kpi.scorecardWorst': (p: { kpi: KpiName; unit: KpiUnit; currency: string; value: number; target: number; atLeast: boolean; period: string | null; projected: boolean; others: number }) =>
    `${KPI_DEFINITIONS[p.kpi].label} is furthest from its goal: ${p.projected ? `heading for ${value(p.unit, p.value, p.currency)}` : `${value(p.unit, p.value, p.currency)}${p.period ? ` in ${p.period}` : ''}`} against ${p.atLeast ? 'at least' : 'at most'} ${value(p.unit, p.target, p.currency)}${p.others > 0 ? `; ${p.others} other pinned KPI${p.others === 1 ? '' : 's'} ${p.others === 1 ? 'misses' : 'miss'} too` : ''}.`,
  /** The scorecard's finding when no goal is missed. */
  'kpi.scorecardAllGood': (p: { count: number; of: number }) => (p.count === 1
    ? `The one pinned KPI with a goal meets it or is on track.`
    : `All ${p.count} pinned KPIs${p.count === p.of ? '' : ' with a goal'} meet their goals or are on track.`),
  /** The funnel chart's finding (finding.ts): the step that keeps the smallest share. */
  'kpi.findingFunnel': (p: { from: FunnelStep; to: FunnelStep; rate: number; lost: number }) =>
    `The funnel narrows most from ${STEP[p.from]} to ${STEP[p.to]}: ${formatPercent(p.rate, 1)} move on, ${formatInt(p.lost)} do not.`,
  /** The cycle chart's finding (finding.ts): half of the won deals, and the slowest tenth. */
  'kpi.findingCycle': (p: { median: number; p90: number; count: number; sales: boolean }) =>
    `Half of the ${formatInt(p.count)} won deals closed within ${formatNumber(p.median)} days ${p.sales ? 'of being created' : 'of the lead'}; the slowest tenth took over ${formatNumber(p.p90)}.`,
  'kpi.twoCurrencies': (p: { files: string[] }) => `The chosen files are in two currencies: ${p.files.join('; ')}. Mittari does not add them up: untick the files in one of them.`,
};
