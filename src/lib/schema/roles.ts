// Which roles each dataset kind uses, which of them are required, and which column types fit a role.

import type { ColumnFormat, ColumnRole, ColumnType, DatasetKind } from '../types';

const ROLES: Readonly<Record<DatasetKind, readonly ColumnRole[]>> = {
  // Conversions of a touchpoint file come from the 'conversion' flag, an 'event_name' that is a
  // conversion event, a 'stage' that is won, or a 'value' > 0. None of them is required: a file
  // without any of them is allowed but yields only non-converting paths.
  touchpoints: [
    'ignore', 'journey_id', 'timestamp', 'channel', 'source', 'medium', 'touch_type', 'campaign',
    'stage', 'conversion', 'event_name', 'value', 'cost',
  ],
  paths: ['ignore', 'path', 'conversions', 'value', 'nulls'],
  experiment: ['ignore', 'variant', 'users', 'conversions', 'revenue', 'revenue_ss', 'metric', 'weight'],
  experiment_users: ['ignore', 'user_id', 'variant', 'timestamp', 'converted', 'revenue', 'pre_value'],
  // 'conversions' and 'value' let ad-platform files keep their Conversions / Conv. value columns.
  // 'sends', 'opens' and 'bounces' let email tools' reports give open and bounce rates.
  spend: [
    'ignore', 'date', 'week', 'month', 'channel', 'campaign', 'spend', 'impressions', 'clicks',
    'conversions', 'value', 'sends', 'opens', 'bounces', 'segment',
  ],
  deals: ['ignore', 'deal_id', 'created', 'closed', 'amount', 'stage', 'won', 'channel', 'source', 'campaign'],
  customers: ['ignore', 'customer_id', 'start_date', 'end_date', 'active', 'mrr', 'segment', 'channel'],
  nps: ['ignore', 'score', 'date', 'segment'],
  forecast: ['ignore', 'period', 'forecast', 'actual', 'channel'],
  marketing_mix: ['ignore', 'date', 'outcome', 'spend', 'exposure', 'control', 'event', 'geo', 'value_per_outcome'],
  unknown: ['ignore'],
};

/** One requirement: at least one of `roles` must be mapped. `label` names it for the user. */
export interface Requirement {
  roles: readonly ColumnRole[];
  label: string;
}

const REQUIREMENTS: Readonly<Record<DatasetKind, readonly Requirement[]>> = {
  touchpoints: [
    { roles: ['journey_id'], label: 'the journey id (lead, contact, user id)' },
    { roles: ['channel', 'source'], label: 'the channel or source (channel, utm_source, Original Source)' },
  ],
  paths: [
    { roles: ['path'], label: 'the path (channels joined by " > ")' },
    { roles: ['conversions'], label: 'the conversions per path (total_conversions)' },
  ],
  experiment: [
    { roles: ['variant'], label: 'the variant (variant, variation, group)' },
    { roles: ['users'], label: 'the users per variant (users, visitors, sessions, recipients)' },
    { roles: ['conversions', 'revenue'], label: 'the conversions or revenue per variant' },
  ],
  experiment_users: [
    { roles: ['variant'], label: 'the variant (variant, variation, group)' },
    { roles: ['user_id'], label: 'the user id (user_id, anonymous_id)' },
    { roles: ['converted', 'revenue'], label: 'the outcome per user (a TRUE/FALSE or 0/1 column, or a number such as revenue)' },
  ],
  spend: [
    { roles: ['channel', 'campaign'], label: 'the channel or campaign' },
    { roles: ['spend'], label: 'the spend (cost, amount spent)' },
  ],
  deals: [
    { roles: ['deal_id'], label: 'the deal id (Record ID, Deal - ID)' },
    { roles: ['amount', 'stage', 'won'], label: 'the deal amount, stage or status' },
  ],
  customers: [
    { roles: ['customer_id'], label: 'the customer id (customer, account id)' },
    { roles: ['start_date', 'end_date', 'active', 'mrr'], label: 'the start date, end date, active flag or monthly revenue (MRR)' },
  ],
  nps: [{ roles: ['score'], label: 'the score 0-10 (score, NPS, likelihood to recommend)' }],
  forecast: [
    { roles: ['forecast'], label: 'the forecast (forecast, ennuste)' },
    { roles: ['actual'], label: 'the actual value (actual, toteutunut)' },
  ],
  marketing_mix: [
    { roles: ['date'], label: 'the date of each week or day (date, week, DATE)' },
    { roles: ['outcome'], label: 'the outcome (revenue, sales, conversions, leads, y)' },
    { roles: ['spend'], label: 'a spend column per channel (*_spend, *_S, Cost *, * kulut)' },
  ],
  unknown: [],
};

/** Roles more than one column may have: a marketing-mix table has a spend column per channel. */
const REPEATABLE: Readonly<Partial<Record<DatasetKind, readonly ColumnRole[]>>> = {
  marketing_mix: ['spend', 'exposure', 'control', 'event'],
  // A per-user test file has a column per outcome: each flag is a conversion metric, each number a value metric.
  experiment_users: ['converted', 'revenue'],
  // An ad report broken down by age and gender has a column per breakdown.
  spend: ['segment'],
};

/** True when several columns of this kind may share the role. */
export function repeatableRole(kind: DatasetKind, role: ColumnRole): boolean {
  return REPEATABLE[kind]?.includes(role) ?? false;
}

/** Roles a column can have for a kind, 'ignore' first. */
export function rolesForKind(kind: DatasetKind): ColumnRole[] {
  return [...ROLES[kind]];
}

/** Required roles of a kind: each inner array is a set of alternatives of which one must be mapped. */
export function requiredRoles(kind: DatasetKind): ColumnRole[][] {
  return REQUIREMENTS[kind].map((r) => [...r.roles]);
}

/** Required roles with their plain-language labels, for messages. */
export function requirements(kind: DatasetKind): readonly Requirement[] {
  return REQUIREMENTS[kind];
}

// A 0/1-only column is typed boolean by the vote, yet may hold counts.
const NUMBER: readonly ColumnType[] = ['number', 'boolean'];
// Epoch timestamps may be typed as plain numbers by the type vote.
const WHEN: readonly ColumnType[] = ['date', 'number'];
const PERIOD: readonly ColumnType[] = ['date', 'number', 'text'];
const FLAG: readonly ColumnType[] = ['boolean', 'number', 'text'];
// Long numeric ids (HubSpot Record ID) can look like epoch seconds to the type vote.
const ID: readonly ColumnType[] = ['text', 'number', 'date'];
// Variants named 0/1 are typed boolean.
const VARIANT: readonly ColumnType[] = ['text', 'number', 'boolean'];
const TEXT: readonly ColumnType[] = ['text'];
// Segments may be sizes or tiers written as numbers.
const LABEL: readonly ColumnType[] = ['text', 'number', 'boolean'];

const FITS: Readonly<Record<ColumnRole, readonly ColumnType[]>> = {
  ignore: ['number', 'date', 'boolean', 'text', 'empty'],
  journey_id: ID, user_id: ID, deal_id: ID, customer_id: ID, variant: VARIANT, segment: LABEL,
  timestamp: WHEN, date: WHEN, created: WHEN, closed: WHEN, start_date: WHEN, end_date: WHEN,
  week: PERIOD, month: PERIOD, period: PERIOD,
  conversion: FLAG, converted: FLAG, won: FLAG, active: FLAG,
  channel: TEXT, source: TEXT, medium: TEXT, touch_type: TEXT, campaign: TEXT, stage: TEXT,
  event_name: TEXT, path: TEXT, metric: TEXT,
  value: NUMBER, cost: NUMBER, conversions: NUMBER, nulls: NUMBER, users: NUMBER, revenue: NUMBER,
  revenue_ss: NUMBER, weight: NUMBER, pre_value: NUMBER, spend: NUMBER, impressions: NUMBER,
  clicks: NUMBER, amount: NUMBER, mrr: NUMBER, score: NUMBER, forecast: NUMBER, actual: NUMBER,
  sends: NUMBER, opens: NUMBER, bounces: NUMBER,
  outcome: NUMBER, value_per_outcome: NUMBER, exposure: NUMBER, control: NUMBER, event: FLAG, geo: LABEL,
};

/** True when a column of this format can play the role; an unknown format fits every role. */
export function roleFits(role: ColumnRole, format: ColumnFormat | undefined): boolean {
  return format === undefined || FITS[role].includes(format.type);
}
