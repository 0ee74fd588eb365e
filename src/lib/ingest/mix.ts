// Wide marketing-mix tables (one row per week or day: a date, an outcome, one spend column per channel, context
// columns) between the loader's RawTable and the model's MixTable. Roles are guessed by ../mmm/roles.ts from the
// headers and the values; the column mapper can change any of them.
import type { ColumnFormat, ColumnRole, DatasetData, Mapping, RawTable, SpendRow } from '../types';
import { msg, type Msg } from '../messages';
import { parseNumber } from '../parsing/numbers';
import { parseDate } from '../parsing/dates';
import { plausibleDate } from '../parsing/date-detect';
import { fits } from '../parsing/magnitude';
import { guessMixRoles, type Cell, type MixRole } from '../mmm/roles';
import { buildMixTable, mondayOf, type WideTable } from '../mmm/table';
import { cellAt } from './cells';

const TO_COLUMN: Readonly<Record<MixRole, ColumnRole>> = {
  date: 'date', geo: 'geo', outcome: 'outcome', valuePerOutcome: 'value_per_outcome', spend: 'spend',
  exposure: 'exposure', control: 'control', event: 'event', ignore: 'ignore',
};
const TO_MIX = new Map<ColumnRole, MixRole>(Object.entries(TO_COLUMN).map(([mix, col]) => [col, mix as MixRole]));

/** Row problems listed as warnings, at most. */
const MAX_ROW_NOTES = 10;

/**
 * The table's cells for the model: numbers read with each column's own decimal mark, dates as yyyy-mm-dd in the
 * layout the column was typed with, the rest as written (event names, "na").
 */
export function wideTable(table: RawTable, formats: readonly ColumnFormat[], limit = Infinity): WideTable {
  const n = Math.min(limit, table.rowNumbers.length);
  const columns = table.columns.map((col, c): Cell[] => {
    const f = formats[c];
    const out: Cell[] = new Array(n);
    for (let r = 0; r < n; r++) {
      const raw = cellAt(col, r);
      if (f?.type === 'number') {
        const v = parseNumber(raw, f.decimal ?? '.');
        out[r] = v !== null && fits(v) ? v : raw; // beyond 10^15 stays text: not a number to model
      } else if (f?.type === 'date' && f.dateFormat) {
        const v = parseDate(raw, f.dateFormat);
        out[r] = v !== null && plausibleDate(v) ? new Date(v).toISOString().slice(0, 10) : raw;
      } else out[r] = raw;
    }
    return out;
  });
  return { headers: [...table.header], rows: Array.from({ length: n }, (_, r) => columns.map((col) => col[r])) };
}

/** Rows the role guess reads: enough for years of daily rows per geo, and cheap on a big file of another kind. */
const GUESS_ROWS = 20_000;

/** The guessed marketing-mix mapping of a table (from its first rows). */
export function mixMapping(table: RawTable, formats: readonly ColumnFormat[]): Mapping {
  const wide = wideTable(table, formats, GUESS_ROWS);
  return guessMixRoles(wide.headers, wide.rows).map((c) => TO_COLUMN[c.role]);
}

/** True when the guess finds a date, an outcome and at least one spend column: a wide marketing-mix table. */
export function looksLikeMix(mapping: Mapping): boolean {
  return mapping.includes('date') && mapping.includes('outcome') && mapping.includes('spend');
}

export type MixExtract =
  | { ok: true; data: Extract<DatasetData, { kind: 'marketing_mix' }>; notes: Msg[]; rows: number }
  | { ok: false; problem: Msg };

/** Builds the model's weekly table with the mapping's roles; notes (daily rows summed, geos summed...) as Msgs. */
export function extractMix(table: RawTable, formats: readonly ColumnFormat[], mapping: Mapping): MixExtract {
  const wide = wideTable(table, formats);
  const roles = new Map<string, MixRole>(wide.headers.map((h, c) => [h, TO_MIX.get(mapping[c] ?? 'ignore') ?? 'ignore']));
  const read = buildMixTable(wide, roles);
  if (!read.table) return { ok: false, problem: read.problems[0] };
  if (read.table.weeks.length === 0) return { ok: false, problem: read.problems[0] ?? msg('mmm.noDate', {}) };
  const outcome = read.columns.find((c) => c.role === 'outcome')?.name ?? '';
  const skipped = read.problems.length;
  const notes = [...read.notes, ...read.problems.slice(0, MAX_ROW_NOTES)];
  return { ok: true, data: { kind: 'marketing_mix', table: read.table, outcome }, notes, rows: table.rowNumbers.length - skipped };
}

/** The mapping with `column` as the outcome (the old outcome ignored); null when there is no such column. */
export function withOutcome(header: readonly string[], mapping: Mapping, column: string): Mapping | null {
  const at = header.indexOf(column);
  if (at < 0) return null;
  return mapping.map((role, c): ColumnRole => (c === at ? 'outcome' : role === 'outcome' ? 'ignore' : role));
}

/**
 * The long layout: a spend file's rows (date, channel, spend) and an outcome file (date, outcome, optional controls)
 * on the same weeks, as one weekly table. Each week's spend goes on the outcome file's first row of that week, so
 * daily outcome rows still sum to the week; spend in weeks without an outcome row is left out. `mapping` gives the
 * outcome file's roles (default: the mix guess).
 */
export function extractLongMix(spend: readonly SpendRow[], outcome: { table: RawTable; formats: readonly ColumnFormat[] }, mapping?: Mapping): MixExtract {
  const timed = spend.filter((r): r is SpendRow & { time: number } => r.time !== undefined);
  const channels = [...new Set(timed.map((r) => r.channel))];
  if (channels.length === 0) return { ok: false, problem: msg('mmm.noSpend', {}) };
  const byWeek = new Map<number, Float64Array>();
  for (const r of timed) {
    const week = mondayOf(r.time);
    const w = byWeek.get(week) ?? new Float64Array(channels.length);
    byWeek.set(week, w);
    w[channels.indexOf(r.channel)] += r.spend;
  }
  const wide = wideTable(outcome.table, outcome.formats);
  const roles = mapping ?? mixMapping(outcome.table, outcome.formats);
  const dateAt = roles.indexOf('date');
  if (dateAt < 0) return { ok: false, problem: msg('mmm.noDate', {}) };
  const seen = new Set<number>();
  const rows = wide.rows.map((r) => {
    const v = r[dateAt];
    const ms = typeof v === 'string' ? Date.parse(v) : NaN;
    const week = Number.isFinite(ms) ? mondayOf(ms) : NaN;
    const first = Number.isFinite(week) && !seen.has(week);
    if (first) seen.add(week);
    const w = first ? byWeek.get(week) : undefined;
    return [...r, ...channels.map((_, c) => (w ? w[c] : 0))];
  });
  const spendHeaders = channels.map((c) => `${c}_spend`);
  const byHeader = new Map<string, MixRole>(wide.headers.map((h, c) => [h, c === dateAt ? 'date' : TO_MIX.get(roles[c] ?? 'ignore') ?? 'ignore']));
  for (const h of spendHeaders) byHeader.set(h, 'spend');
  const read = buildMixTable({ headers: [...wide.headers, ...spendHeaders], rows }, byHeader);
  if (!read.table) return { ok: false, problem: read.problems[0] };
  const name = read.columns.find((c) => c.role === 'outcome')?.name ?? '';
  return { ok: true, data: { kind: 'marketing_mix', table: read.table, outcome: name }, notes: [...read.notes, ...read.problems.slice(0, MAX_ROW_NOTES)], rows: outcome.table.rowNumbers.length - read.problems.length };
}
