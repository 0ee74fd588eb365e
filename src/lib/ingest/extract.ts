// Typed role columns -> the data each kind keeps in the worker (journeys, spend rows, experiment arms, deals).
import type { DatasetData, DatasetKind, Deal, ExperimentArm, RowIssue, SpendRow } from '../types';
import type { RoleColumns, TypedColumn } from './columns';
import { flag, mapped, num, text } from './getters';
import { customers, forecast, nps } from './extract-kpi';
import { buildJourneysFromColumns } from '../journeys/build';
import { Dictionary } from '../journeys/dictionary';
import { journeysFromPaths, detectPathSeparator, type PathRow } from '../journeys/paths';
import { defaultChannelGroup } from '../journeys/channel-grouping';
import { experiment, experimentUsers } from './extract-experiment';
import { aliased } from '../journeys/name-variants';

/** Channel names the user merged: a spelling -> the name to use. */
export type Aliases = ReadonlyMap<string, string>;

/** Event names that mean a conversion (GA4 recommended events, CRM exports). */
const CONVERSION_EVENTS = new Set(['purchase', 'conversion', 'convert', 'won', 'deal_won', 'closed_won', 'generate_lead', 'qualify_lead', 'close_convert_lead', 'sign_up', 'form_submit', 'lead']);
/**
 * Event values of an ad-server log (an `interaction` column: impression / click / conversion). A file whose event
 * column holds one of them logs exposures, and its conversion rows are the conversion itself, not one more touch.
 */
const EXPOSURE_EVENTS = new Set(['impression', 'impressions', 'click', 'clicks', 'view', 'viewable impression', 'engagement', 'nayttokerta', 'naytto', 'klikkaus']);

/** Stage values that mean the journey ended in a won deal, used when no conversion column is mapped. */
const WON_STAGES = new Set(['won', 'closed won', 'closedwon', 'customer', 'kauppa', 'voitettu', 'asiakas']);
/** Deal stages that mean lost (HubSpot deals have no status column, only `Closed lost`). */
const LOST_STAGES = new Set(['lost', 'closed lost', 'closedlost', 'havitty', 'menetetty']);

/** Won (true), lost (false) or open (undefined) from a deal stage. */
const stageOutcome = (s: string | undefined) => (s === undefined ? undefined : WON_STAGES.has(fold(s)) ? true : LOST_STAGES.has(fold(s)) ? false : undefined);

const fold = (s: string) => s.trim().toLowerCase();
/** Lowercase, diacritics and separators folded: `Näyttö` → `naytto`, `Viewable_Impression` → `viewable impression`. */
const foldEvent = (s: string) => s.trim().toLowerCase().normalize('NFD').replace(/\p{M}+/gu, '').replace(/[_-]+/g, ' ');

/** The distinct texts of the event column (a dictionary-encoded column lists them once; else the first 10,000 rows). */
function eventValues(cols: RoleColumns): readonly string[] {
  const c = cols.byRole.get('event_name');
  if (!c || c.type !== 'text') return [];
  return c.cells.codes ? c.cells.values : [...new Set(c.cells.values.slice(0, 10_000))];
}

function touchpoints(cols: RoleColumns, rowNumbers: Int32Array, issues: RowIssue[], aliases?: Aliases): DatasetData {
  const dict = { journey: new Dictionary(), channel: new Dictionary(), type: new Dictionary(), stage: new Dictionary(), campaign: new Dictionary() };
  const code = (d: Dictionary) => (v: string | undefined) => (v === undefined ? -1 : d.code(v));
  // Per-row work goes through mapped(): on dictionary-encoded columns it runs once per distinct value.
  const id = mapped(cols, 'journey_id', code(dict.journey)), channel = mapped(cols, 'channel', (v) => code(dict.channel)(v === undefined ? v : aliased(aliases, v)));
  const source = text(cols, 'source'), medium = text(cols, 'medium'), campaignText = text(cols, 'campaign');
  const campaign = mapped(cols, 'campaign', code(dict.campaign));
  const type = mapped(cols, 'touch_type', code(dict.type)), stage = mapped(cols, 'stage', code(dict.stage));
  const convFlag = flag(cols, 'conversion');
  const eventConverts = mapped(cols, 'event_name', (v) => CONVERSION_EVENTS.has(fold(v ?? '')));
  const stageConverts = mapped(cols, 'stage', (v) => WON_STAGES.has(fold(v ?? '')));
  const hasFlag = cols.byRole.has('conversion'), hasEvent = cols.byRole.has('event_name'), hasStage = cols.byRole.has('stage');
  const hasSource = cols.byRole.has('source') || cols.byRole.has('medium');
  // An exposure log's conversion row marks the conversion and its value; it is no touch of its channel. Mapping
  // the column as the touchpoint type instead keeps such rows as touches.
  const eventLog = hasEvent && eventValues(cols).some((v) => EXPOSURE_EVENTS.has(foldEvent(v)));
  const channelName = cols.byRole.get('channel')?.name ?? cols.byRole.get('source')?.name;
  const timeCol = cols.byRole.get('timestamp'), valueCol = cols.byRole.get('value');
  const times = timeCol && timeCol.type === 'date' ? timeCol.values : null;
  const values = valueCol && valueCol.type === 'number' ? valueCol.values : null;
  const n = rowNumbers.length;
  // Columns sized for every row, then cut to the rows kept: no object per row (see journeys/build.ts).
  const out = {
    journey: new Int32Array(n), time: new Float64Array(n), channel: new Int32Array(n), type: new Int32Array(n),
    stage: new Int32Array(n), campaign: new Int32Array(n), conversion: new Uint8Array(n), value: new Float64Array(n),
  };
  let k = 0;
  for (let r = 0; r < n; r++) {
    if (!cols.valid[r]) continue;
    const v = values ? values[r] : NaN;
    const conversionRow = eventLog && eventConverts(r);
    const conversion = conversionRow || (hasFlag ? convFlag(r) === true : hasEvent ? eventConverts(r) : hasStage ? stageConverts(r) : v > 0);
    let ch = conversionRow ? -1 : channel(r);
    if (ch < 0 && hasSource && !conversionRow) ch = dict.channel.code(aliased(aliases, defaultChannelGroup(source(r) ?? '', medium(r) ?? '', campaignText(r))));
    if (ch < 0 && !conversion) {
      issues.push({ row: rowNumbers[r], column: channelName, value: '', reason: 'missing_value' });
      continue;
    }
    out.journey[k] = id(r);
    out.time[k] = times ? times[r] : NaN;
    out.channel[k] = ch;
    out.type[k] = type(r);
    out.stage[k] = stage(r);
    out.campaign[k] = campaign(r);
    out.conversion[k] = conversion ? 1 : 0;
    out.value[k] = conversion ? v : NaN;
    k++;
  }
  const journeys = buildJourneysFromColumns({
    journey: out.journey.subarray(0, k), ids: dict.journey.values, time: out.time.subarray(0, k), channel: out.channel.subarray(0, k),
    type: out.type.subarray(0, k), stage: out.stage.subarray(0, k), campaign: out.campaign.subarray(0, k),
    conversion: out.conversion.subarray(0, k), value: out.value.subarray(0, k), channels: dict.channel.values,
    types: dict.type.values, stages: dict.stage.values, campaigns: dict.campaign.values,
  });
  return { kind: 'touchpoints', journeys };
}

function paths(cols: RoleColumns, rowNumbers: Int32Array, issues: RowIssue[], aliases?: Aliases): DatasetData {
  const path = text(cols, 'path'), conv = num(cols, 'conversions'), nulls = num(cols, 'nulls'), value = num(cols, 'value');
  const pathCol = cols.byRole.get('path');
  const samples: string[] = [];
  for (let r = 0; r < rowNumbers.length && samples.length < 200; r++) { const p = path(r); if (p) samples.push(p); }
  const separator = detectPathSeparator(samples);
  const rows: PathRow[] = [];
  for (let r = 0; r < rowNumbers.length; r++) {
    if (!cols.valid[r]) continue;
    const p = path(r) ?? '';
    if (p.split(separator.trim() || separator).every((s) => s.trim() === '')) {
      issues.push({ row: rowNumbers[r], column: pathCol?.name, value: p, reason: 'empty_path' });
      continue;
    }
    const named = aliases && aliases.size > 0 ? p.split(separator).map((c) => { const t = c.trim(); return aliased(aliases, t); }).join(separator) : p;
    rows.push({ path: named, conversions: conv(r) ?? 0, value: value(r) ?? 0, nulls: nulls(r) ?? 0 });
  }
  return { kind: 'paths', journeys: journeysFromPaths(rows, separator), pathSeparator: separator };
}

/** A segment column's cell as written (a numeric interest code stays `15`). */
function segmentText(c: TypedColumn): (r: number) => string | undefined {
  if (c.type === 'text') {
    const { codes, values } = c.cells;
    return (r) => (codes ? values[codes[r]] : values[r]).trim() || undefined;
  }
  return () => undefined;
}

function spend(cols: RoleColumns, rowNumbers: Int32Array, aliases?: Aliases): DatasetData {
  const channel = text(cols, 'channel'), campaign = text(cols, 'campaign'), amount = num(cols, 'spend');
  const date = num(cols, 'date'), week = text(cols, 'week'), month = text(cols, 'month');
  const impressions = num(cols, 'impressions'), clicks = num(cols, 'clicks');
  const sends = num(cols, 'sends'), opens = num(cols, 'opens'), bounces = num(cols, 'bounces');
  const email = cols.byRole.has('sends') || cols.byRole.has('opens') || cols.byRole.has('bounces');
  const conversions = num(cols, 'conversions'), value = num(cols, 'value');
  const reported = cols.byRole.has('conversions') || cols.byRole.has('value');
  // Breakdown columns (age, gender, device): a segment of the row, never its channel.
  const segments = (cols.all.get('segment') ?? []).map((c) => segmentText(c));
  const rows: SpendRow[] = [];
  for (let r = 0; r < rowNumbers.length; r++) {
    if (!cols.valid[r]) continue;
    const wk = week(r), mo = month(r);
    const row: SpendRow = {
      channel: aliased(aliases, channel(r) ?? campaign(r) ?? '(not set)'), time: date(r), period: wk ?? mo,
      spend: amount(r) ?? 0, impressions: impressions(r), clicks: clicks(r),
    };
    if (wk !== undefined || mo !== undefined) row.periodUnit = wk !== undefined ? 'week' : 'month';
    // Only email reports get the extra keys, so other spend rows keep their shape.
    if (email) Object.assign(row, { sends: sends(r), opens: opens(r), bounces: bounces(r) });
    // Ad platforms' own Conversions / Conv. value: a credit source for the budget (`--` is 0: nothing reported).
    if (reported) Object.assign(row, { conversions: conversions(r) ?? 0, value: value(r) ?? 0 });
    if (segments.length > 0) row.segments = segments.map((get) => get(r) ?? '');
    rows.push(row);
  }
  const named = cols.all.get('segment') ?? [];
  return named.length > 0 ? { kind: 'spend', rows, segmentColumns: named.map((c) => c.name) } : { kind: 'spend', rows };
}

function deals(cols: RoleColumns, rowNumbers: Int32Array): DatasetData {
  const id = text(cols, 'deal_id'), created = num(cols, 'created'), closed = num(cols, 'closed'), stage = text(cols, 'stage');
  const amount = num(cols, 'amount'), won = flag(cols, 'won'), channel = text(cols, 'channel'), source = text(cols, 'source');
  const list: Deal[] = [];
  for (let r = 0; r < rowNumbers.length; r++) {
    if (!cols.valid[r]) continue;
    const s = stage(r);
    list.push({ id: id(r) as string, created: created(r), closed: closed(r), stage: s, amount: amount(r), won: won(r) ?? stageOutcome(s), channel: channel(r) ?? source(r) });
  }
  return { kind: 'deals', deals: list };
}

/** Builds the kind's data from valid rows; rows dropped here are added to `issues`. Does not mutate `cols`. */
export function extract(kind: DatasetKind, cols: RoleColumns, rowNumbers: Int32Array, issues: RowIssue[], rowKey: (r: number) => string = String, aliases?: Aliases): DatasetData {
  switch (kind) {
    case 'touchpoints': return touchpoints(cols, rowNumbers, issues, aliases);
    case 'paths': return paths(cols, rowNumbers, issues, aliases);
    case 'spend': return spend(cols, rowNumbers, aliases);
    case 'experiment': return experiment(cols, rowNumbers);
    case 'experiment_users': return experimentUsers(cols, rowNumbers, issues, rowKey);
    case 'deals': return deals(cols, rowNumbers);
    case 'customers': return { kind: 'customers', customers: customers(cols, rowNumbers) };
    case 'nps': return { kind: 'nps', answers: nps(cols, rowNumbers) };
    case 'forecast': return { kind: 'forecast', rows: forecast(cols, rowNumbers) };
    default: return { kind: 'unknown' };
  }
}
