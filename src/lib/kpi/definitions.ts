// What each KPI is: label, unit, formula, leading/lagging and input/output tags, and which data enables it.
import type { ChannelMeaning, KpiName, KpiTags, KpiUnit, PeriodBasis } from './types';

export interface KpiDefinition {
  label: string;
  unit: KpiUnit;
  formula: string;
  tags: KpiTags;
  higherIsBetter: boolean;
  /** Which file and columns enable it: the `unavailable` reason when they are missing. */
  needs: string;
  /** What its byChannel keys mean (see ChannelMeaning); absent when the channel is the spend row's own or none. */
  channel?: ChannelMeaning;
  /** Whether byPeriod places items in the period they happened or in their lead's period (cohort). */
  basis?: PeriodBasis;
  /** A sum over time (spend, leads, revenue): a goal "by a date" is a running total; ratios and levels are not. */
  additive?: true;
}

const LEAD_IN: KpiTags = { timing: 'leading', flow: 'input' };
const LEAD_OUT: KpiTags = { timing: 'leading', flow: 'output' };
const LAG_OUT: KpiTags = { timing: 'lagging', flow: 'output' };

const TOUCH = 'a touchpoint file (journey id, channel, stage)';
const SPEND = 'a spend file (channel, spend)';
const STAGES = (a: string, b: string) => `${TOUCH} whose stage column has ${a} and ${b} values`;

export const KPI_DEFINITIONS: Readonly<Record<KpiName, KpiDefinition>> = {
  spend: { label: 'Marketing spend', unit: 'money', formula: 'sum of spend in the report\'s periods (a week\'s spend is spread over its days; spend dated outside the periods is left out, so the periods add up to the total)', tags: LEAD_IN, higherIsBetter: false, needs: `needs ${SPEND}`, basis: 'period', additive: true },
  leads: { label: 'Leads', unit: 'count', formula: 'journeys reaching the lead stage, in the period of the lead touch, by the channel of the lead touch', tags: LEAD_OUT, higherIsBetter: true, needs: `needs ${TOUCH}`, channel: 'lead', basis: 'period', additive: true },
  mqls: { label: 'MQLs', unit: 'count', formula: 'leads meeting the MQL rule (a stage value, or a qualifying touch type) or reaching a later stage, in the period of becoming an MQL (not the lead\'s period: see lead → MQL), by the channel of the lead touch', tags: LEAD_OUT, higherIsBetter: true, needs: `needs ${TOUCH} with MQL stages, or touch types (webinar, download, demo)`, channel: 'lead', basis: 'period', additive: true },
  cpl: { label: 'Cost per lead (CPL)', unit: 'money', formula: 'CPL = spend / leads, by the channel of the lead touch, for channels with spend (total: all spend / all leads; spend dated outside the report\'s periods is left out, so the periods add up to the total)', tags: LEAD_OUT, higherIsBetter: false, needs: `needs ${SPEND} and ${TOUCH}`, channel: 'lead', basis: 'period' },
  won_deals: { label: 'Won deals', unit: 'count', formula: 'deals won (deals file), in the period of the close date, by the deal\'s source channel, else the channel of the lead with the same id; without a deals file, journeys that converted, by the channel of the lead touch', tags: LAG_OUT, higherIsBetter: true, needs: 'needs a deals file (deal id, status or stage) or a touchpoint file with conversions', channel: 'deal', basis: 'period', additive: true },
  won_revenue: { label: 'Won revenue', unit: 'money', formula: 'sum of won deal amounts (deals file), in the period of the close date, by the deal\'s source channel, else the channel of the lead with the same id; without a deals file, conversion values by the channel of the lead touch', tags: LAG_OUT, higherIsBetter: true, needs: 'needs a deals file (deal id, amount, status) or a touchpoint file with conversion values', channel: 'deal', basis: 'period', additive: true },
  cpa: { label: 'Cost per won deal (CPA)', unit: 'money', formula: 'CPA = spend / won deals, by the deal\'s source channel (else the lead\'s); per period: that period\'s spend / the deals won in it, which came from earlier spend; lagged, by lead cohort: a period\'s spend / the won deals whose leads came in it (a deal joins its lead by id) (spend dated outside the report\'s periods is left out, so the periods add up to the total)', tags: LAG_OUT, higherIsBetter: false, needs: `needs ${SPEND} and a deals file (deal id, status, source channel) or a touchpoint file with conversions`, channel: 'deal', basis: 'period' },
  roi: { label: 'Marketing ROI', unit: 'ratio', formula: 'ROI by attribution credit = (revenue credited to a channel - spend) / spend, for channels with spend; total over those channels (spend dated outside the report\'s periods is left out, so the periods add up to the total)', tags: LAG_OUT, higherIsBetter: true, needs: `needs ${SPEND} and attributed revenue (a touchpoint file with conversion values, or a deals file with amount and source channel)`, channel: 'credit' },
  lead_to_mql: { label: 'Lead → MQL', unit: 'ratio', formula: 'of the leads of a period (lead cohort: by the lead\'s period, not the period of becoming an MQL), the share that became MQLs, by the channel of the lead touch', tags: LEAD_OUT, higherIsBetter: true, needs: `needs ${TOUCH} with MQL stages or qualifying touch types`, channel: 'lead', basis: 'cohort' },
  mql_to_sql: { label: 'MQL → SQL', unit: 'ratio', formula: 'SQLs / MQLs among the leads of a period (lead cohort), by the channel of the lead touch', tags: LEAD_OUT, higherIsBetter: true, needs: `needs ${STAGES('MQL', 'SQL')}`, channel: 'lead', basis: 'cohort' },
  sql_to_opportunity: { label: 'SQL → opportunity', unit: 'ratio', formula: 'opportunities / SQLs among the leads of a period (lead cohort), by the channel of the lead touch', tags: LEAD_OUT, higherIsBetter: true, needs: `needs ${STAGES('SQL', 'opportunity')}`, channel: 'lead', basis: 'cohort' },
  opportunity_to_won: { label: 'Opportunity → won', unit: 'ratio', formula: 'won / opportunities among the leads of a period (lead cohort), by the channel of the lead touch', tags: LAG_OUT, higherIsBetter: true, needs: `needs ${STAGES('opportunity', 'won')} (or conversions)`, channel: 'lead', basis: 'cohort' },
  lead_to_won: { label: 'Lead → won', unit: 'ratio', formula: 'won / leads among the leads of a period (lead cohort), by the channel of the lead touch', tags: LAG_OUT, higherIsBetter: true, needs: `needs ${TOUCH} with conversions or a won stage`, channel: 'lead', basis: 'cohort' },
  sales_cycle_days: { label: 'Sales cycle (deal created → won)', unit: 'days', formula: 'median days from deal creation to won, in the period of the won date, by the deal\'s source channel (mean and 90th percentile in the details)', tags: LAG_OUT, higherIsBetter: false, needs: 'needs a deals file with created and close dates and a status (Create Date, Close Date; Deal created, Won time)', channel: 'deal', basis: 'period' },
  lead_cycle_days: { label: 'Lead → won time', unit: 'days', formula: 'median days from the lead touch to the conversion, in the period of the conversion, by the channel of the lead touch (mean and 90th percentile in the details)', tags: LAG_OUT, higherIsBetter: false, needs: `needs ${TOUCH} with timestamps and conversions`, channel: 'lead', basis: 'period' },
  forecast_mape: { label: 'Forecast error (MAPE)', unit: 'ratio', formula: 'MAPE = mean over periods of |actual - forecast| / |actual| (periods with actual 0 left out)', tags: LAG_OUT, higherIsBetter: false, needs: 'needs a forecast file (period, forecast, actual)', basis: 'period' },
  forecast_bias: { label: 'Forecast bias', unit: 'ratio', formula: 'bias = sum(forecast - actual) / sum(actual) over periods whose actual is not 0 (left out as in MAPE); above 0 means forecasts run high', tags: LAG_OUT, higherIsBetter: false, needs: 'needs a forecast file (period, forecast, actual)', basis: 'period' },
  churn_rate: { label: 'Churn rate', unit: 'ratio', formula: 'churn = customers active at a period\'s start who end within it / customers active at its start (an end date is the first day without the customer; customers who start and end within one period are counted apart, not in the rate; total: pooled over periods)', tags: LAG_OUT, higherIsBetter: false, needs: 'needs a customers file (customer id, start date, end date)', basis: 'period' },
  arpa: { label: 'Average revenue per account (ARPA)', unit: 'money', formula: 'ARPA = monthly revenue of active accounts / active accounts', tags: LAG_OUT, higherIsBetter: true, needs: 'needs a customers file (customer id, start date, end date or active flag, monthly revenue)', basis: 'period' },
  clv: { label: 'Customer lifetime value (CLV)', unit: 'money', formula: 'CLV = ARPA × gross margin / monthly churn rate', tags: LAG_OUT, higherIsBetter: true, needs: 'needs a customers file (customer id, start date, end date, monthly revenue) and the gross margin' },
  nps: { label: 'Net Promoter Score (NPS)', unit: 'nps', formula: 'NPS = % promoters (9-10) - % detractors (0-6); 95% interval ±1.96 × 100 × √((p + d - (p - d)²) / n)', tags: LEAD_OUT, higherIsBetter: true, needs: 'needs an NPS survey file (score 0-10, optional date and segment)', basis: 'period' },
  open_rate: { label: 'Email open rate', unit: 'ratio', formula: 'opens / (sent - bounces)', tags: LEAD_IN, higherIsBetter: true, needs: 'needs an email report as a spend file with sent and opens columns', basis: 'period' },
  click_rate: { label: 'Click rate', unit: 'ratio', formula: 'clicks / (sent - bounces) for email, clicks / impressions for ads', tags: LEAD_IN, higherIsBetter: true, needs: 'needs a spend file with clicks and impressions (or emails sent)', basis: 'period' },
  bounce_rate: { label: 'Email bounce rate', unit: 'ratio', formula: 'bounces / sent', tags: LEAD_IN, higherIsBetter: false, needs: 'needs an email report as a spend file with sent and bounces columns', basis: 'period' },
};

export const KPI_NAMES = Object.keys(KPI_DEFINITIONS) as KpiName[];
