// What each KPI is: label, unit, formula, leading/lagging and input/output tags, and which data enables it.
import type { KpiName, KpiTags, KpiUnit } from './types';

export interface KpiDefinition {
  label: string;
  unit: KpiUnit;
  formula: string;
  tags: KpiTags;
  higherIsBetter: boolean;
  /** Which file and columns enable it: the `unavailable` reason when they are missing. */
  needs: string;
}

const LEAD_IN: KpiTags = { timing: 'leading', flow: 'input' };
const LEAD_OUT: KpiTags = { timing: 'leading', flow: 'output' };
const LAG_OUT: KpiTags = { timing: 'lagging', flow: 'output' };

const TOUCH = 'a touchpoint file (journey id, channel, stage)';
const SPEND = 'a spend file (channel, spend)';
const STAGES = (a: string, b: string) => `${TOUCH} whose stage column has ${a} and ${b} values`;

export const KPI_DEFINITIONS: Readonly<Record<KpiName, KpiDefinition>> = {
  spend: { label: 'Marketing spend', unit: 'money', formula: 'sum of spend', tags: LEAD_IN, higherIsBetter: false, needs: `needs ${SPEND}` },
  leads: { label: 'Leads', unit: 'count', formula: 'journeys reaching the lead stage, by the channel of the lead touch', tags: LEAD_OUT, higherIsBetter: true, needs: `needs ${TOUCH}` },
  mqls: { label: 'MQLs', unit: 'count', formula: 'leads meeting the MQL rule (a stage value, or a qualifying touch type) or reaching a later stage', tags: LEAD_OUT, higherIsBetter: true, needs: `needs ${TOUCH} with MQL stages, or touch types (webinar, download, demo)` },
  cpl: { label: 'Cost per lead (CPL)', unit: 'money', formula: 'CPL = spend / leads (total: all spend / all leads)', tags: LEAD_OUT, higherIsBetter: false, needs: `needs ${SPEND} and ${TOUCH}` },
  won_deals: { label: 'Won deals', unit: 'count', formula: 'deals won (deals file), else journeys that converted', tags: LAG_OUT, higherIsBetter: true, needs: 'needs a deals file (deal id, status or stage) or a touchpoint file with conversions' },
  won_revenue: { label: 'Won revenue', unit: 'money', formula: 'sum of won deal amounts (deals file), else conversion values', tags: LAG_OUT, higherIsBetter: true, needs: 'needs a deals file (deal id, amount, status) or a touchpoint file with conversion values' },
  cpa: { label: 'Cost per won deal (CPA)', unit: 'money', formula: 'CPA = spend / won deals', tags: LAG_OUT, higherIsBetter: false, needs: `needs ${SPEND} and a deals file (deal id, status, source channel) or a touchpoint file with conversions` },
  roi: { label: 'Marketing ROI', unit: 'ratio', formula: 'ROI = (attributed revenue - spend) / spend, per lead source; total over channels with spend', tags: LAG_OUT, higherIsBetter: true, needs: `needs ${SPEND} and attributed revenue (a touchpoint file with conversion values, or a deals file with amount and source channel)` },
  lead_to_mql: { label: 'Lead → MQL', unit: 'ratio', formula: 'MQLs / leads (lead cohort)', tags: LEAD_OUT, higherIsBetter: true, needs: `needs ${TOUCH} with MQL stages or qualifying touch types` },
  mql_to_sql: { label: 'MQL → SQL', unit: 'ratio', formula: 'SQLs / MQLs (lead cohort)', tags: LEAD_OUT, higherIsBetter: true, needs: `needs ${STAGES('MQL', 'SQL')}` },
  sql_to_opportunity: { label: 'SQL → opportunity', unit: 'ratio', formula: 'opportunities / SQLs (lead cohort)', tags: LEAD_OUT, higherIsBetter: true, needs: `needs ${STAGES('SQL', 'opportunity')}` },
  opportunity_to_won: { label: 'Opportunity → won', unit: 'ratio', formula: 'won / opportunities (lead cohort)', tags: LAG_OUT, higherIsBetter: true, needs: `needs ${STAGES('opportunity', 'won')} (or conversions)` },
  lead_to_won: { label: 'Lead → won', unit: 'ratio', formula: 'won / leads (lead cohort)', tags: LAG_OUT, higherIsBetter: true, needs: `needs ${TOUCH} with conversions or a won stage` },
  sales_cycle_days: { label: 'Sales cycle (deal created → won)', unit: 'days', formula: 'median days from deal creation to won (mean and 90th percentile in the details)', tags: LAG_OUT, higherIsBetter: false, needs: 'needs a deals file with created and close dates and a status (Create Date, Close Date; Deal created, Won time)' },
  lead_cycle_days: { label: 'Lead → won time', unit: 'days', formula: 'median days from the lead touch to the conversion (mean and 90th percentile in the details)', tags: LAG_OUT, higherIsBetter: false, needs: `needs ${TOUCH} with timestamps and conversions` },
  forecast_mape: { label: 'Forecast error (MAPE)', unit: 'ratio', formula: 'MAPE = mean over periods of |actual - forecast| / |actual| (periods with actual 0 left out)', tags: LAG_OUT, higherIsBetter: false, needs: 'needs a forecast file (period, forecast, actual)' },
  forecast_bias: { label: 'Forecast bias', unit: 'ratio', formula: 'bias = sum(forecast - actual) / sum(actual); above 0 means forecasts run high', tags: LAG_OUT, higherIsBetter: false, needs: 'needs a forecast file (period, forecast, actual)' },
  churn_rate: { label: 'Churn rate', unit: 'ratio', formula: 'churn = customers active at a period\'s start who end within it / customers active at its start (an end date is the first day without the customer; customers who start and end within one period are counted apart, not in the rate; total: pooled over periods)', tags: LAG_OUT, higherIsBetter: false, needs: 'needs a customers file (customer id, start date, end date)' },
  arpa: { label: 'Average revenue per account (ARPA)', unit: 'money', formula: 'ARPA = monthly revenue of active accounts / active accounts', tags: LAG_OUT, higherIsBetter: true, needs: 'needs a customers file (customer id, start date, end date or active flag, monthly revenue)' },
  clv: { label: 'Customer lifetime value (CLV)', unit: 'money', formula: 'CLV = ARPA × gross margin / monthly churn rate', tags: LAG_OUT, higherIsBetter: true, needs: 'needs a customers file (customer id, start date, end date, monthly revenue) and the gross margin' },
  nps: { label: 'Net Promoter Score (NPS)', unit: 'nps', formula: 'NPS = % promoters (9-10) - % detractors (0-6); 95% interval ±1.96 × 100 × √((p + d - (p - d)²) / n)', tags: LEAD_OUT, higherIsBetter: true, needs: 'needs an NPS survey file (score 0-10, optional date and segment)' },
  open_rate: { label: 'Email open rate', unit: 'ratio', formula: 'opens / (sent - bounces)', tags: LEAD_IN, higherIsBetter: true, needs: 'needs an email report as a spend file with sent and opens columns' },
  click_rate: { label: 'Click rate', unit: 'ratio', formula: 'clicks / (sent - bounces) for email, clicks / impressions for ads', tags: LEAD_IN, higherIsBetter: true, needs: 'needs a spend file with clicks and impressions (or emails sent)' },
  bounce_rate: { label: 'Email bounce rate', unit: 'ratio', formula: 'bounces / sent', tags: LEAD_IN, higherIsBetter: false, needs: 'needs an email report as a spend file with sent and bounces columns' },
};

export const KPI_NAMES = Object.keys(KPI_DEFINITIONS) as KpiName[];
