// Wide marketing-mix tables (one row per week or day: a date, an outcome, one spend column per channel, context
// columns) between the loader's RawTable and the model's MixTable. Roles are guessed by ../mmm/roles.ts from the
// headers and the values; the column mapper can change any of them.
import type { ColumnFormat, ColumnRole, DatasetData, Mapping, RawTable } from '../types';
import { msg, type Msg } from '../messages';
import { parseNumber } from '../parsing/numbers';
import { parseDate } from '../parsing/dates';
import { guessMixRoles, type Cell, type MixRole } from '../mmm/roles';
import { buildMixTable, type WideTable } from '../mmm/table';
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
export function wideTable(table: RawTable, formats: readonly ColumnFormat[]): WideTable {
  const n = table.rowNumbers.length;
  const columns = table.columns.map((col, c): Cell[] => {
    const f = formats[c];
    const out: Cell[] = new Array(n);
    for (let r = 0; r < n; r++) {
      const raw = cellAt(col, r);
      if (f?.type === 'number') {
        const v = parseNumber(raw, f.decimal ?? '.');
        out[r] = v !== null && Number.isFinite(v) ? v : raw;
      } else if (f?.type === 'date' && f.dateFormat) {
        const v = parseDate(raw, f.dateFormat);
        out[r] = v !== null && Number.isFinite(v) ? new Date(v).toISOString().slice(0, 10) : raw;
      } else out[r] = raw;
    }
    return out;
  });
  return { headers: [...table.header], rows: Array.from({ length: n }, (_, r) => columns.map((col) => col[r])) };
}

/** The guessed marketing-mix mapping of a table. */
export function mixMapping(table: RawTable, formats: readonly ColumnFormat[]): Mapping {
  const wide = wideTable(table, formats);
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
