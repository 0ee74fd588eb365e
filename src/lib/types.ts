// Shared domain types of the engine, and the one guard on them (isJourneyKind). Pure data: no DOM, no Svelte, no comlink.
import type { Msg } from './messages';
import type { MixTable } from './mmm/types';

/** Text encodings the decoder can produce. */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** Field delimiters the sniffer chooses from (and the UI offers as overrides). */
export type Delimiter = ',' | ';' | '\t' | '|';
/** Every delimiter, in the order the UI offers them. */
export const DELIMITERS: readonly Delimiter[] = [',', ';', '\t', '|'];

/** Decimal mark of a numeric column. */
export type DecimalMark = '.' | ',';

/** Date layouts recognised per column. All results are milliseconds since the epoch, UTC. */
export type DateFormat =
  | 'iso' // 2025-01-31, 2025-01-31T14:05:00Z, 2025-01-31 14:05:00, with or without zone
  | 'dmy.' // 31.1.2025, 31.1.2025 14:05, 31.1.2025 klo 14.05
  | 'dmy/' // 31/1/2025 [HH:MM[:SS]]
  | 'mdy/' // 1/31/2025 [HH:MM[:SS]] (LinkedIn)
  | 'yyyymmdd' // 20250131 (GA4)
  | 'epoch_s'
  | 'epoch_ms'
  | 'epoch_us'; // GA4 BigQuery event_timestamp

/** What a column holds, decided by a vote over its values. */
export type ColumnType = 'number' | 'date' | 'boolean' | 'text' | 'empty';

/** A column's inferred type plus what is needed to read its values. */
export interface ColumnFormat {
  type: ColumnType;
  /** For numbers: the decimal mark decided from many values. */
  decimal?: DecimalMark;
  /** For dates: the layout decided by vote. */
  dateFormat?: DateFormat;
  /** True when d/m versus m/d could not be decided (no value > 12 in either place). */
  ambiguous?: boolean;
}

/** File kinds Mittari understands. */
export type DatasetKind =
  | 'touchpoints'
  | 'paths'
  | 'experiment' // aggregated: one row per variant (and metric)
  | 'experiment_users' // one row per user
  | 'spend'
  | 'deals'
  | 'customers' // one row per customer (account): start, end or active flag, monthly revenue
  | 'nps' // one row per survey answer: score 0-10
  | 'forecast' // one row per period (and channel): forecast and actual
  | 'marketing_mix' // one row per week (or day): date, outcome, one spend column per channel, context columns
  | 'unknown';
/** Every kind, in the order the column mapper offers them. */
export const DATASET_KINDS: readonly DatasetKind[] = ['touchpoints', 'paths', 'experiment', 'experiment_users', 'spend', 'deals', 'customers', 'nps', 'forecast', 'marketing_mix', 'unknown'];

/** The kinds whose rows become journeys: the ones attribution, the budget and the lead KPIs read. */
export type JourneyKind = 'touchpoints' | 'paths';

/**
 * True for touchpoint files and path tables. Given a dataset's data (anything with a `kind`), it narrows the data
 * to the journey variant, so `data.journeys` is in reach.
 */
export function isJourneyKind(kind: DatasetKind): kind is JourneyKind;
export function isJourneyKind<T extends { kind: DatasetKind }>(data: T): data is Extract<T, { kind: JourneyKind }>;
export function isJourneyKind(x: DatasetKind | { kind: DatasetKind }): boolean {
  const kind = typeof x === 'string' ? x : x.kind;
  return kind === 'touchpoints' || kind === 'paths';
}

/** The role a column plays for its dataset kind; 'ignore' for the rest. */
export type ColumnRole =
  | 'ignore'
  // touchpoints
  | 'journey_id'
  | 'timestamp'
  | 'channel'
  | 'source'
  | 'medium'
  | 'touch_type'
  | 'campaign'
  | 'stage'
  | 'conversion' // 0/1, yes/no, true/false flag
  | 'event_name' // conversion when the event name is a conversion event (purchase, won, generate_lead...)
  | 'value' // conversion value / revenue of the row
  | 'cost'
  // paths
  | 'path'
  | 'conversions'
  | 'nulls'
  // experiments
  | 'variant'
  | 'users'
  | 'revenue' // sum of revenue (aggregated) or value (per user)
  | 'revenue_ss' // sum of squares of revenue (aggregated)
  | 'metric'
  | 'weight' // expected traffic weight
  | 'user_id'
  | 'converted' // per user 0/1
  | 'pre_value' // per user pre-period value (CUPED)
  // spend
  | 'spend'
  | 'date'
  | 'week'
  | 'month'
  | 'impressions'
  | 'clicks'
  // deals
  | 'deal_id'
  | 'created'
  | 'closed'
  | 'amount'
  | 'won'
  // customers
  | 'customer_id'
  | 'start_date'
  | 'end_date'
  | 'active' // active (1) or churned (0)
  | 'mrr' // monthly recurring revenue of the account
  | 'segment'
  // nps
  | 'score' // 0-10
  // forecast
  | 'period' // 2025-01, 2025-Q1, 2025-W03 or a date
  | 'forecast'
  | 'actual'
  // marketing mix (wide: one row per week or day; 'date' and 'spend' as above, one spend column per channel)
  | 'outcome' // revenue, sales, conversions or leads per period
  | 'value_per_outcome' // value per conversion: the outcome becomes conversions times it
  | 'exposure' // impressions, clicks, reach, frequency: kept, never read as spend
  | 'control' // a numeric driver of the outcome (price, competitor, organic)
  | 'event' // a 0/1 or named event (holiday, promotion)
  | 'geo' // region or market: summed to national
  // email activity (spend files of email tools)
  | 'sends'
  | 'opens'
  | 'bounces';

/** Column name -> role, one entry per column, in column order. */
export type Mapping = ColumnRole[];

/** Why a row (or a line) was skipped or flagged. */
export type IssueReason =
  | 'preamble' // a title/date/# line above the header
  | 'footer' // a total or footer line (Grand total, Total: Account, Confidential ...)
  | 'blank'
  | 'ragged' // a different number of fields than the header
  | 'not_a_number'
  | 'too_large' // a number beyond 10^15 (or Infinity): no sum could hold it (parsing/magnitude.ts)
  | 'not_a_date'
  | 'date_out_of_range' // a date outside 1990–2099 (parsing/date-detect.ts)
  | 'not_a_flag'
  | 'negative'
  | 'out_of_range' // an NPS score outside 0-10
  | 'missing_value' // a required role is empty
  | 'empty_path'
  | 'nul_character' // a NUL character in a cell: removed from it, the row kept
  | 'second_table' // GA4 files with several tables: only the first is read
  | 'duplicate_row' // a per-user test's row identical to an earlier row of the same user: not counted again
  | 'user_in_two_variants'; // a per-user test's user seen in more than one variant: left out

/** One row-level problem, as data. */
export interface RowIssue {
  /** Row number as the user sees it in a spreadsheet (1 = first line of the file). */
  row: number;
  /** Column name, when the problem is in one column. */
  column?: string;
  /** The offending value (cut to 80 characters). */
  value?: string;
  /** Mittari's sentence in place of a value, where no single cell is at fault (a ragged row's field counts). */
  note?: Msg;
  reason: IssueReason;
}

/** Summary of row issues of a dataset. */
export interface IssueSummary {
  count: number;
  byReason: Partial<Record<IssueReason, number>>;
  /** The first issues, at most 50. */
  first: RowIssue[];
}

/** Codes of problems that make a whole file unreadable. */
export type FileProblemCode =
  | 'empty'
  | 'header_only'
  | 'binary' // Excel workbook, zip, PDF, image...
  | 'unmatched_quotes'
  | 'duplicate_headers'
  | 'no_required_column'
  | 'too_ragged'
  | 'too_big'
  | 'unsupported_encoding' // UTF-32: refused by name
  | 'line_too_long' // a line above 4 MiB (ingest/limits.ts)
  | 'too_many_columns' // above 16,384 columns (ingest/limits.ts)
  | 'archive' // a zip or gzip that cannot be opened, or holds no CSV (parsing/archive.ts)
  | 'cancelled';

/** A whole-file problem: one plain sentence that says what to do. */
export interface FileProblem {
  code: FileProblemCode;
  message: Msg;
}

/** The result of decoding bytes to text. */
export interface Decoded {
  text: string;
  encoding: Encoding;
  /** True when a byte-order mark decided the encoding. */
  bom: boolean;
  /** The encoding a byte-order mark claimed when the bytes were something else (read as `encoding` instead). */
  bomClaimed?: Encoding;
}

/** One column of raw cells. With `codes`, cell r is `values[codes[r]]` (dictionary-encoded); without, `values[r]`. */
export interface CellColumn {
  codes: Int32Array | null;
  values: readonly string[];
}

/**
 * A parsed table: header plus raw text cells stored by column (dictionary-encoded where values repeat), filled
 * chunk by chunk during the parse so no array per row outlives its chunk. Rows that were skipped (preamble,
 * footer, blank, ragged) are not in `columns`; they are in `skipped`.
 */
export interface RawTable {
  header: string[];
  /** columns[c] holds the raw text of column c for every data row (see ingest/cells.ts). */
  columns: CellColumn[];
  /** rowNumbers[r] is the spreadsheet row number of data row r. */
  rowNumbers: Int32Array;
  /** Lines that were not data: preamble, header-like titles, footers, blanks, ragged rows. */
  skipped: RowIssue[];
  /** Spreadsheet row number of the header line. */
  headerRow: number;
}

/** One touch, as small inputs give it (path tables, tests); a JourneySet keeps its touches as columns. */
export interface Touch {
  /** Index into JourneySet.channels. */
  channel: number;
  /** Milliseconds since the epoch (UTC), when the data has timestamps. */
  time?: number;
  /** Index into JourneySet.types (touchpoint type: webinar, whitepaper...). */
  type?: number;
  /** Index into JourneySet.stages (lead, MQL, opportunity...). */
  stage?: number;
  /** Index into JourneySet.campaigns. */
  campaign?: number;
}

/**
 * A path: touches that lead to conversions or not. A touchpoint file yields one path per conversion
 * (touches after the previous conversion) plus one non-converting path per journey with trailing touches;
 * a path table row is a path with counts.
 */
export interface Journey {
  /** Journey id (touchpoints) or the path text (path tables). */
  id: string;
  /** Its touches, in time order, are `start` to `end - 1` of the set's `touches` columns. */
  start: number;
  end: number;
  /** Conversions at the end of this path (0 or 1 for touchpoints, a count for path tables). */
  conversions: number;
  /** Conversion value at the end of this path. */
  value: number;
  /** Non-converting journeys that followed this path (0 or 1 for touchpoints, a count for path tables). */
  nulls: number;
  /** Conversion time (ms UTC) when known. */
  conversionTime?: number;
}

/**
 * Every touch of a set as columns (one entry per touch, no object per touch). Codes index the set's
 * dictionaries; -1 means none; a time is ms UTC or NaN when unknown.
 */
export interface TouchColumns {
  channel: Int32Array;
  time: Float64Array;
  type: Int32Array;
  stage: Int32Array;
  campaign: Int32Array;
}

/**
 * Journeys of a dataset in the engine's internal form, shared by touchpoint files and path tables. A subset
 * of a set's paths (`{ ...set, journeys: some }`) shares its touch columns.
 */
export interface JourneySet {
  channels: string[];
  types: string[];
  stages: string[];
  campaigns: string[];
  journeys: Journey[];
  touches: TouchColumns;
  /** True when touches carry timestamps (needed by time decay). */
  timed: boolean;
}

// The data each kind of file keeps once read (ingest/extract.ts builds it; kpi/, budget/, experiments/ use it).

/** One customer (account). Churned when `end` is set or `active` is false. */
export interface Customer {
  id: string;
  /** Start and end of the customership, ms UTC. */
  start?: number;
  end?: number;
  /** The active flag as written; undefined when the file has none (then `end` decides). */
  active?: boolean;
  /** Monthly recurring revenue. */
  mrr?: number;
  segment?: string;
  /** Acquisition channel (lead source). */
  channel?: string;
}

/** One survey answer. */
export interface NpsAnswer {
  /** 0..10 (checked when the file is read). */
  score: number;
  time?: number;
  segment?: string;
}

/** One forecast row: a period (as written) and, optionally, a channel. */
export interface ForecastRow {
  period?: string;
  channel?: string;
  forecast: number;
  actual: number;
}

/** One spend row: a channel (or campaign), its spend and, when the file has them, its date or period and counts. */
export interface SpendRow {
  channel: string; time?: number; period?: string; spend: number; impressions?: number; clicks?: number;
  /** What a `period` label spans: a week column's dates are week starts. */
  periodUnit?: 'week' | 'month';
  /** Email tools' counts, when the file has them. */
  sends?: number; opens?: number; bounces?: number;
  /** Conversions and their value as the ad platform reports them, when the file has those columns. */
  conversions?: number; value?: number;
  /** The row's breakdown (age, gender, device...) as written, one per segment column, when the file has them. */
  segments?: string[];
}
/** One arm (variant) of one metric, as sums. revenue* and pre* are sums over users; pre* feed CUPED. */
export interface ArmStats {
  variant: string;
  users: number;
  conversions: number;
  /** Σ revenue and Σ revenue² over users. */
  revenue?: number;
  revenueSquares?: number;
  /** Planned traffic weight (any scale). */
  weight?: number;
  /** Σ pre-period value x, Σ x², and Σ x·revenue (the cross-product CUPED needs). */
  pre?: number;
  preSquares?: number;
  preRevenue?: number;
}

/** One arm of one metric: the sufficient statistics every test runs on (see experiments/analyze.ts). */
export interface ExperimentArm extends ArmStats {
  metric: string;
  /**
   * 'mean' for a value metric (a per-user number: its mean is compared, and `conversions` counts the users above 0);
   * absent for a conversion metric (a rate).
   */
  measure?: 'mean';
}

/** A per-user test file's rows and users left out or merged (ingest/experiment-users.ts), counted. */
export interface UserExclusions {
  /** Users seen in more than one variant: left out of every number. */
  usersInTwoVariants: number;
  /** Their rows. */
  rowsInTwoVariants: number;
  /** Rows identical to an earlier row of the same user: not counted again. */
  duplicateRows: number;
  /** Users with more than one different row in their variant: merged into one user. */
  repeatedUsers: number;
  /** Rows with an empty variant cell: not used (counted where the file is read, not here). */
  rowsWithoutVariant: number;
}

/** Cumulative per-arm sums at the end of one day (UTC), for sequential monitoring. */
export interface ExperimentPoint {
  time: number;
  arms: ExperimentArm[];
}

/** A deal: won true, lost false, open undefined. `channel` is its lead source (channel or source column). */
export interface Deal { id: string; created?: number; closed?: number; stage?: string; amount?: number; won?: boolean; channel?: string }

/** What a dataset of each kind holds. */
export type DatasetData =
  | { kind: JourneyKind; journeys: JourneySet; pathSeparator?: string }
  | { kind: 'spend'; rows: SpendRow[]; /** The header of each segment column, in the order of SpendRow.segments. */ segmentColumns?: string[] }
  | { kind: 'experiment' | 'experiment_users'; arms: ExperimentArm[]; series?: ExperimentPoint[]; excludedUsers?: number;
      /** Per-user files: what was left out or merged (see ingest/experiment-users.ts). */
      exclusions?: UserExclusions }
  | { kind: 'deals'; deals: Deal[] }
  | { kind: 'customers'; customers: Customer[] }
  | { kind: 'nps'; answers: NpsAnswer[] }
  | { kind: 'forecast'; rows: ForecastRow[] }
  | { kind: 'marketing_mix'; table: MixTable; /** The outcome column's header. */ outcome: string }
  | { kind: 'unknown' };
