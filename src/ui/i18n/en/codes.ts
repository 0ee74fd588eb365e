// The engine's codes in words: column roles and types, row problems, date layouts, file kinds, delimiters, and the
// attribution models' names and one-line explanations (for tables, charts and help text).
// English is the source of truth: fi/codes.ts has the same shape (a missing key is a compile error).
import type { ColumnRole, ColumnType, DatasetKind, DateFormat, Delimiter, IssueReason } from '../../../lib/types';
import type { ModelName } from '../../../lib/attribution/types';
import { MODEL_LABELS } from '../../../lib/attribution/labels';

const ROLE_LABELS: Record<ColumnRole, string> = {
  ignore: 'Not used',
  journey_id: 'Journey id (lead, contact, user)',
  timestamp: 'Timestamp',
  channel: 'Channel',
  source: 'Source',
  medium: 'Medium',
  touch_type: 'Touchpoint type',
  campaign: 'Campaign',
  stage: 'Stage',
  conversion: 'Conversion flag (0/1)',
  event_name: 'Event name',
  value: 'Conversion value',
  cost: 'Cost',
  path: 'Path',
  conversions: 'Conversions',
  nulls: 'Non-conversions',
  variant: 'Variant',
  users: 'Users / visitors',
  revenue: 'Revenue',
  revenue_ss: 'Revenue sum of squares',
  metric: 'Metric name',
  weight: 'Expected traffic weight',
  user_id: 'User id',
  converted: 'Converted (0/1)',
  pre_value: 'Pre-period value',
  spend: 'Spend',
  date: 'Date',
  week: 'Week',
  month: 'Month',
  impressions: 'Impressions',
  clicks: 'Clicks',
  deal_id: 'Deal id',
  created: 'Created date',
  closed: 'Close date',
  amount: 'Amount',
  won: 'Won / lost',
  customer_id: 'Customer id',
  start_date: 'Start date',
  end_date: 'End date (churn)',
  active: 'Active (1) / churned (0)',
  mrr: 'Monthly revenue (MRR)',
  segment: 'Segment',
  score: 'Score 0–10',
  period: 'Period',
  forecast: 'Forecast',
  actual: 'Actual',
  sends: 'Emails sent',
  opens: 'Opens',
  bounces: 'Bounces',
  outcome: 'Outcome (revenue, sales, conversions)',
  value_per_outcome: 'Value per outcome',
  exposure: 'Exposure (impressions, clicks, reach)',
  control: 'Control (numeric driver)',
  event: 'Event or holiday',
  geo: 'Geo (region, market)',
};

const TYPE_LABELS: Record<ColumnType, string> = {
  number: 'number',
  date: 'date',
  boolean: 'yes/no',
  text: 'text',
  empty: 'empty',
};

const REASON_LABELS: Record<IssueReason, string> = {
  preamble: 'Title or note line above the header (ignored)',
  footer: 'Total or footer line (ignored)',
  blank: 'Blank line (ignored)',
  second_table: 'A second table in the file (not read)',
  ragged: 'Wrong number of fields',
  not_a_number: 'Not a number',
  too_large: 'Number too large (above 10^15)',
  not_a_date: 'Not a date',
  date_out_of_range: 'Date outside 1990–2099',
  not_a_flag: 'Not yes/no or 0/1',
  negative: 'Negative count',
  out_of_range: 'Outside 0–10',
  missing_value: 'Required value missing',
  empty_path: 'Empty path',
  nul_character: 'NUL character in the cell (removed)',
  duplicate_row: 'Repeats an earlier row of the same user (not counted again)',
  user_in_two_variants: 'User seen in two variants (left out)',
};

const DATE_FORMAT_LABELS: Record<DateFormat, string> = {
  iso: 'ISO 8601',
  'dmy.': 'd.m.yyyy',
  'dmy/': 'd/m/yyyy',
  'mdy/': 'm/d/yyyy',
  yyyymmdd: 'yyyymmdd',
  epoch_s: 'epoch seconds',
  epoch_ms: 'epoch ms',
  epoch_us: 'epoch µs',
};


const MODEL_HELP: Record<ModelName, string> = {
  first: 'All credit to the first touch.',
  last: 'All credit to the last touch before the conversion.',
  last_non_direct: 'All credit to the last touch that is not Direct.',
  linear: 'Equal credit to every touch.',
  position: '40% first, 40% last, 20% shared by the touches between.',
  j_shaped: '20% first, 60% last, 20% shared by the middle.',
  inverse_j: '60% first, 20% last, 20% shared by the middle.',
  time_decay: 'Touches closer to the conversion count more; the weight halves every half-life.',
  w_shaped: '30% each to the first, lead and opportunity touches, 10% shared by the rest.',
  full_path: '22.5% each to first, lead, opportunity and last touch, 10% shared by the rest.',
  custom: 'Your own weights for first, middle and last touches and for each touchpoint type.',
  markov: 'Data-driven: how much the conversion probability drops when the channel is removed (exact Markov chain).',
  shapley: "Data-driven: each conversion split equally over the journey's distinct channels (Shapley value).",
};

const KIND_LABELS: Record<DatasetKind, string> = {
  touchpoints: 'Touchpoints',
  paths: 'Path table',
  experiment: 'A/B test (per variant)',
  experiment_users: 'A/B test (per user)',
  spend: 'Spend',
  deals: 'Deals',
  customers: 'Customers',
  nps: 'NPS survey',
  forecast: 'Forecast',
  marketing_mix: 'Marketing mix (weekly spend and outcome)',
  unknown: 'Unknown',
};

const DELIMITER_LABELS: Record<Delimiter, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' };

export const codesMessages = {
  codes: {
    roles: ROLE_LABELS as Record<ColumnRole, string>,
    types: TYPE_LABELS as Record<ColumnType, string>,
    reasons: REASON_LABELS as Record<IssueReason, string>,
    dateFormats: DATE_FORMAT_LABELS as Record<DateFormat, string>,
    kinds: KIND_LABELS as Record<DatasetKind, string>,
    delimiters: DELIMITER_LABELS as Record<Delimiter, string>,
    models: MODEL_LABELS as Record<ModelName, string>,
    modelHelp: MODEL_HELP as Record<ModelName, string>,
  },
};
