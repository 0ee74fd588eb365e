// Human words for the engine's codes.
import type { ColumnRole, ColumnType, DateFormat, IssueReason } from '../lib/types';

export const ROLE_LABELS: Record<ColumnRole, string> = {
  ignore: '— not used —',
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
};

export const TYPE_LABELS: Record<ColumnType, string> = {
  number: 'number',
  date: 'date',
  boolean: 'yes/no',
  text: 'text',
  empty: 'empty',
};

export const REASON_LABELS: Record<IssueReason, string> = {
  preamble: 'Title or note line above the header (ignored)',
  footer: 'Total or footer line (ignored)',
  blank: 'Blank line (ignored)',
  second_table: 'A second table in the file (not read)',
  ragged: 'Wrong number of fields',
  not_a_number: 'Not a number',
  not_a_date: 'Not a date',
  not_a_flag: 'Not yes/no or 0/1',
  negative: 'Negative count',
  missing_value: 'Required value missing',
  empty_path: 'Empty path',
};

export const DATE_FORMAT_LABELS: Record<DateFormat, string> = {
  iso: 'ISO 8601',
  'dmy.': 'd.m.yyyy',
  'dmy/': 'd/m/yyyy',
  'mdy/': 'm/d/yyyy',
  yyyymmdd: 'yyyymmdd',
  epoch_s: 'epoch seconds',
  epoch_ms: 'epoch ms',
  epoch_us: 'epoch µs',
};
