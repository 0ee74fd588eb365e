// Shared types of the KPI engine: periods, tags, one KPI's result, goals and alerts.
import type { Msg } from '../messages';

/** Reporting period: ISO weeks (Monday start), calendar months or quarters, all in UTC. */
export type Granularity = 'week' | 'month' | 'quarter';

/** Leading indicators move before results (leads, open rate, NPS); lagging ones report them (revenue, churn). */
export type Timing = 'leading' | 'lagging';
/** Input metrics measure what the team does or spends; output metrics what it gets. */
export type Flow = 'input' | 'output';

export interface KpiTags {
  timing: Timing;
  flow: Flow;
}

/** How to read and format a value: ratio is a fraction (0.25 = 25 %), nps is -100..100. */
export type KpiUnit = 'count' | 'money' | 'ratio' | 'days' | 'nps';

export type KpiName =
  | 'spend' | 'leads' | 'mqls' | 'cpl' | 'won_deals' | 'won_revenue' | 'cpa' | 'roi'
  | 'lead_to_mql' | 'mql_to_sql' | 'sql_to_opportunity' | 'opportunity_to_won' | 'lead_to_won'
  | 'sales_cycle_days' | 'lead_cycle_days' | 'forecast_mape' | 'forecast_bias'
  | 'churn_rate' | 'arpa' | 'clv' | 'nps' | 'open_rate' | 'click_rate' | 'bounce_rate';

/**
 * What "channel" means in a KPI's byChannel: the channel of the lead touch (lead KPIs), the deal's source with the
 * lead's channel as fallback (deal KPIs), or the channel an attribution model credits (ROI).
 */
export type ChannelMeaning = 'lead' | 'deal' | 'credit';

/** Whether byPeriod counts each item in the period it happened (period) or in the period of its lead (cohort). */
export type PeriodBasis = 'period' | 'cohort';

/** A KPI's value in one period, with the change against the previous period. */
export interface PeriodValue {
  /** Period label: 2025-W03, 2025-01 or 2025-Q1. */
  period: string;
  value: number | null;
  /** value - previous value; null for the first period or when either is null. */
  change: number | null;
  /** change / |previous value|; null when the previous value is 0 or null. */
  changeRatio: number | null;
}

/** One computed KPI. */
export interface Kpi {
  name: KpiName;
  label: string;
  unit: KpiUnit;
  /** Over the whole data (rates pooled, not averaged); null when it cannot be computed (0 / 0). */
  value: number | null;
  byChannel?: Record<string, number | null>;
  bySegment?: Record<string, number | null>;
  byPeriod?: PeriodValue[];
  /**
   * The lagged (cohort) view beside byPeriod where they differ: CPA per lead period = that period's spend / the
   * won deals whose leads came in it.
   */
  byLeadCohort?: PeriodValue[];
  /** What byChannel's keys mean; absent for KPIs without channels or where a channel is the spend's own. */
  channelMeaning?: ChannelMeaning;
  /** The formula in words, with the numbers when they help (CLV). */
  formula: Msg;
  /** What the reader should know before trusting the figure (spend without leads, an actual of 0, young cohorts). */
  warnings?: Msg[];
  tags: KpiTags;
  /** For goals and alerts: a rise is good (leads) or bad (CPL, churn). */
  higherIsBetter: boolean;
  /**
   * Cohort periods too young to judge (lead → won): their leads have not had the median lead → won time to close.
   * Drawn as provisional; never alerted on, never judged against a goal.
   */
  immature?: string[];
}

/** What a goal is counted over: each week, month or quarter, or a total (or a level) reached by a date. */
export type GoalPer = Granularity | 'total';

/**
 * A goal that knows its period: `target` in every `per` period (CPL at most 120 each month, 300 leads each quarter),
 * or, with per 'total', by `deadline` (a running total for sums, the level reached for ratios). Its direction is
 * the KPI's: at least the target when higher is better, at most it when lower is.
 */
export interface KpiGoal {
  target: number;
  per: GoalPer;
  /** per 'total': the last day counted, ms UTC (the day's start). */
  deadline?: number;
}

/** A SMART goal for one KPI: reach `target` by `deadline`, counting from `start`. */
export interface Goal {
  target: number;
  /** ms UTC. */
  start: number;
  deadline: number;
  /** The value at `start`; defaults to the first point of the series. */
  baseline?: number;
}

/** A user-set limit: alert when the KPI is above `above` or below `below`. */
export interface Threshold {
  kpi: KpiName;
  above?: number;
  below?: number;
}

export interface Alert {
  kpi: KpiName;
  value: number;
  limit: number;
  direction: 'above' | 'below';
  /** The period whose value crossed the limit; absent when the overall value was used. */
  period?: string;
}
