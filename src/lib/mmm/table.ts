// Builds the model's MixTable from a parsed wide table: rows to ISO weeks (daily rows summed), geos summed to
// national, outcome times value-per-outcome when there is one, named events (Robyn's "na"/"event2") to 0/1 columns.
import { msg, type Msg } from '../messages';
import { cellNumber, guessMixRoles, channelName, isTimeIndex, type Cell, type MixColumn, type MixRole } from './roles';
import type { MixTable } from './types';

export interface WideTable {
  headers: string[];
  /** Cells already split; numbers parsed or still strings. */
  rows: readonly (readonly Cell[])[];
}

export interface MixRead {
  /** Null when the table lacks a date, an outcome or a spend column (`problems` says which). */
  table: MixTable | null;
  columns: MixColumn[];
  notes: Msg[];
  problems: Msg[];
}

const DAY = 86400000;

/** ms UTC of a date cell: 2024-01-31 (with any time), 31.1.2024, 2024/01/31, 1/31/2024; null otherwise. */
export function cellDate(v: Cell): number | null {
  if (typeof v !== 'string') return null;
  const s = v.trim();
  let m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ].*)?$/.exec(s);
  if (m) return utc(+m[1], +m[2], +m[3]);
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s);
  if (m) return utc(+m[3], +m[2], +m[1]);
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  if (m) return utc(+m[3], +m[1], +m[2]);
  return null;
}

function utc(y: number, mo: number, d: number): number | null {
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  return back.getUTCMonth() === mo - 1 && back.getUTCDate() === d ? ms : null;
}

/** The Monday (ms UTC) of the ISO week holding `ms`. */
export function mondayOf(ms: number): number {
  const day = (new Date(ms).getUTCDay() + 6) % 7;
  return ms - day * DAY;
}

/** Reads a wide table into the model's input. `roles` overrides guessed roles by header. Does not mutate its input. */
export function buildMixTable(input: WideTable, roles: ReadonlyMap<string, MixRole> = new Map()): MixRead {
  const columns = guessMixRoles(input.headers, input.rows).map((c) => {
    const role = roles.get(c.name);
    return role && role !== c.role ? { name: c.name, role, ...(role === 'spend' ? { channel: channelName(c.name) } : {}) } : c;
  });
  const notes: Msg[] = [], problems: Msg[] = [];
  for (const c of columns) if (c.role === 'ignore' && isTimeIndex(c.name)) notes.push(msg('mmm.timeIndexIgnored', { column: c.name }));
  const at = (role: MixRole) => columns.findIndex((c) => c.role === role);
  const dateAt = at('date'), outcomeAt = at('outcome'), geoAt = at('geo'), valueAt = at('valuePerOutcome');
  const spendAt = columns.flatMap((c, i) => (c.role === 'spend' ? [i] : []));
  if (dateAt < 0) problems.push(msg('mmm.noDate', {}));
  if (outcomeAt < 0) problems.push(msg('mmm.noOutcome', {}));
  if (spendAt.length === 0) problems.push(msg('mmm.noSpend', {}));
  if (problems.length > 0) return { table: null, columns, notes, problems };
  const controlAt = columns.flatMap((c, i) => (c.role === 'control' || c.role === 'event' ? [i] : []));
  // Text event columns (Robyn's events: "na", "event1", "event2") become one 0/1 column per level.
  const ctx: { name: string; kind: 'control' | 'event'; value: (r: readonly Cell[]) => number | null }[] = [];
  for (const i of controlAt) {
    const texts = [...new Set(input.rows.map((r) => r[i]).filter((v): v is string => typeof v === 'string' && cellNumber(v) === null && !/^(|na|n\/a|nan|null|none|-)$/i.test(v.trim())))];
    if (texts.length > 0) {
      texts.sort();
      notes.push(msg('mmm.eventLevels', { column: input.headers[i], levels: texts }));
      for (const level of texts) ctx.push({ name: `${input.headers[i]}: ${level}`, kind: 'event', value: (r) => (r[i] === level ? 1 : 0) });
    } else ctx.push({ name: input.headers[i], kind: columns[i].role === 'event' ? 'event' : 'control', value: (r) => cellNumber(r[i]) });
  }
  const bare = spendAt.filter((i) => columns[i].bare).map((i) => input.headers[i]);
  if (bare.length > 0) notes.push(msg('mmm.spendGuessed', { columns: bare }));
  if (valueAt >= 0) notes.push(msg('mmm.valuePerOutcome', { outcome: input.headers[outcomeAt], column: input.headers[valueAt] }));
  // week -> geo -> sums; controls summed then averaged over a geo's rows and then over geos.
  type Acc = { outcome: number; spend: Float64Array; ctx: Float64Array; rows: number };
  const weeks = new Map<number, Map<string, Acc>>();
  const blanks = new Map<number, number>();
  const blank = (i: number) => blanks.set(i, (blanks.get(i) ?? 0) + 1);
  let kept = 0;
  input.rows.forEach((r, k) => {
    const row = k + 2; // 1-based, after the header line
    const ms = cellDate(r[dateAt]);
    if (ms === null) {
      if (r.some((v) => v !== null && v !== undefined && String(v).trim() !== '')) problems.push(msg('mmm.badDate', { row, value: String(r[dateAt] ?? '') }));
      return;
    }
    let y = cellNumber(r[outcomeAt]);
    if (y === null) { problems.push(msg('mmm.badOutcome', { row, value: String(r[outcomeAt] ?? '') })); return; }
    if (valueAt >= 0) y *= cellNumber(r[valueAt]) ?? 0;
    const week = mondayOf(ms), geo = geoAt >= 0 ? String(r[geoAt] ?? '') : '';
    const byGeo = weeks.get(week) ?? new Map<string, Acc>();
    weeks.set(week, byGeo);
    const acc = byGeo.get(geo) ?? { outcome: 0, spend: new Float64Array(spendAt.length), ctx: new Float64Array(ctx.length), rows: 0 };
    byGeo.set(geo, acc);
    acc.outcome += y;
    acc.rows++;
    spendAt.forEach((i, c) => { const v = cellNumber(r[i]); if (v === null) blank(i); acc.spend[c] += v ?? 0; });
    ctx.forEach((x, c) => {
      const v = x.value(r);
      if (v === null) blank(controlAt[c] ?? -1);
      acc.ctx[c] = x.kind === 'event' ? Math.max(acc.ctx[c], v ?? 0) : acc.ctx[c] + (v ?? 0);
    });
    kept++;
  });
  for (const [i, count] of blanks) if (i >= 0) notes.push(msg('mmm.blankCells', { column: input.headers[i], count }));
  const order = [...weeks.keys()].sort((a, b) => a - b);
  const T = order.length;
  const geos = new Set([...weeks.values()].flatMap((g) => [...g.keys()]));
  if (geoAt >= 0 && geos.size > 1) notes.push(msg('mmm.geoSummed', { geos: geos.size }));
  const perGeoWeek = kept / Math.max(1, [...weeks.values()].reduce((n, g) => n + g.size, 0));
  if (perGeoWeek > 1.5) notes.push(msg('mmm.dailySummed', { rows: kept, weeks: T }));
  const gaps = T > 1 ? Math.round((order[T - 1] - order[0]) / (7 * DAY)) + 1 - T : 0;
  if (gaps > 0) notes.push(msg('mmm.gaps', { count: gaps }));
  const outcome = new Float64Array(T);
  const spend = spendAt.map(() => new Float64Array(T));
  const ctxValues = ctx.map(() => new Float64Array(T));
  order.forEach((w, t) => {
    const byGeo = [...weeks.get(w)!.values()];
    for (const a of byGeo) {
      outcome[t] += a.outcome;
      a.spend.forEach((v, c) => (spend[c][t] += v));
      ctx.forEach((x, c) => {
        const v = x.kind === 'event' ? a.ctx[c] : a.ctx[c] / a.rows / byGeo.length;
        ctxValues[c][t] = x.kind === 'event' ? Math.max(ctxValues[c][t], v) : ctxValues[c][t] + v;
      });
    }
  });
  const table: MixTable = {
    weeks: order.map((w) => new Date(w).toISOString().slice(0, 10)), outcome,
    channels: spendAt.map((i, c) => ({ name: columns[i].channel ?? input.headers[i], spend: spend[c] })),
    controls: ctx.map((x, c) => ({ name: x.name, values: ctxValues[c], kind: x.kind })),
  };
  return { table, columns, notes, problems };
}
