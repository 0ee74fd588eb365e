// Raw string columns -> typed columns by role, with row problems collected as data.
import type { CellColumn, ColumnFormat, ColumnRole, DatasetKind, Mapping, RawTable, RowIssue } from '../types';
import { parseNumber, detectDecimal } from '../parsing/numbers';
import { parseDate, detectDateFormat } from '../parsing/dates';
import { plausibleDate } from '../parsing/date-detect';
import { parseFlag } from '../parsing/infer';
import { requiredRoles } from '../schema/detect';
import { repeatableRole } from '../schema/roles';
import { fits, MAX_AMOUNT, MAX_SQUARES } from '../parsing/magnitude';
import { sampleColumn } from './column-of';
import { cellAt } from './cells';

export type RoleType = 'text' | 'number' | 'date' | 'flag';

/** How each role's cells are read. Roles not listed are text. */
const ROLE_TYPES: Partial<Record<ColumnRole, RoleType>> = {
  timestamp: 'date', date: 'date', created: 'date', closed: 'date', start_date: 'date', end_date: 'date',
  value: 'number', cost: 'number', conversions: 'number', nulls: 'number', users: 'number', revenue: 'number',
  revenue_ss: 'number', weight: 'number', pre_value: 'number', spend: 'number', impressions: 'number',
  clicks: 'number', amount: 'number', mrr: 'number', score: 'number', forecast: 'number', actual: 'number',
  sends: 'number', opens: 'number', bounces: 'number',
  conversion: 'flag', converted: 'flag', won: 'flag', active: 'flag',
};

/** Counts that cannot be negative: a negative one is a row problem, not a number to sum. */
const NON_NEGATIVE = new Set<ColumnRole>(['conversions', 'nulls', 'users', 'spend', 'impressions', 'clicks', 'cost', 'sends', 'opens', 'bounces']);

/** Roles that hold a square of an amount, with the larger limit that needs (see parsing/magnitude.ts). */
const SQUARES = new Set<ColumnRole>(['revenue_ss']);

/** Allowed ranges: a value outside is a row problem. */
const RANGES: Partial<Record<ColumnRole, readonly [number, number]>> = { score: [0, 10] };

/** Status words of CRMs: won (1), lost (0) or still open (-1, like an empty cell), beyond the flags parseFlag knows. */
const WON_WORDS = new Map<string, number>([
  ['won', 1], ['closed won', 1], ['voitettu', 1], ['vyhrano', 1], ['kauppa', 1],
  ['lost', 0], ['closed lost', 0], ['havitty', 0], ['open', -1], ['avoin', -1], ['prohrano', 0],
]);

/** Customer status words: active (1) or churned (0). */
const ACTIVE_WORDS = new Map<string, number>([
  ['active', 1], ['aktiivinen', 1], ['voimassa', 1], ['asiakas', 1], ['customer', 1],
  ['churned', 0], ['cancelled', 0], ['canceled', 0], ['inactive', 0], ['ended', 0], ['lost', 0],
  ['poistunut', 0], ['lopettanut', 0], ['irtisanottu', 0], ['paattynyt', 0], ['passiivinen', 0],
]);

const FLAG_WORDS: Partial<Record<ColumnRole, ReadonlyMap<string, number>>> = { won: WON_WORDS, active: ACTIVE_WORDS };

export function roleType(role: ColumnRole): RoleType {
  return ROLE_TYPES[role] ?? 'text';
}

/** Empty cells are NaN in number and date columns and -1 in flag columns. */
export type TypedColumn =
  | { type: 'text'; name: string; cells: CellColumn }
  | { type: 'number' | 'date'; name: string; values: Float64Array }
  | { type: 'flag'; name: string; values: Int8Array };

export interface RoleColumns {
  /** Typed column of each mapped role (the first, when several columns share a repeatable role). */
  byRole: Map<ColumnRole, TypedColumn>;
  /** Every typed column of each role, in column order: a per-user test's outcome columns share roles. */
  all: Map<ColumnRole, TypedColumn[]>;
  /** 1 where the row passed every check, 0 where it is skipped. */
  valid: Uint8Array;
  issues: RowIssue[];
}

function fold(s: string): string {
  return s.trim().toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

function readCell(raw: string, type: RoleType, format: ColumnFormat, role: ColumnRole): { value: number; problem?: RowIssue['reason'] } {
  if (type === 'number') {
    const v = parseNumber(raw, format.decimal ?? '.');
    if (v === null) return { value: NaN };
    if (Number.isNaN(v)) return { value: NaN, problem: 'not_a_number' };
    // Infinity (1e309, 400 digits) and amounts no sum can hold are row problems, never values.
    return fits(v, SQUARES.has(role) ? MAX_SQUARES : MAX_AMOUNT) ? { value: v } : { value: NaN, problem: 'too_large' };
  }
  if (type === 'date') {
    if (!format.dateFormat) return raw.trim() === '' ? { value: NaN } : { value: NaN, problem: 'not_a_date' };
    const v = parseDate(raw, format.dateFormat);
    if (v === null) return { value: NaN };
    if (Number.isNaN(v)) return { value: NaN, problem: 'not_a_date' };
    return plausibleDate(v) ? { value: v } : { value: NaN, problem: 'date_out_of_range' };
  }
  const f = parseFlag(raw);
  if (f === null) return { value: -1 };
  if (f !== undefined) return { value: f ? 1 : 0 };
  const w = (FLAG_WORDS[role] ?? WON_WORDS).get(fold(raw));
  return w === undefined ? { value: -1, problem: 'not_a_flag' } : { value: w };
}

/** A column mapped to a date role needs only half its values to read as one layout; the rest are row problems. */
const MAPPED_DATE_QUORUM = 0.5;

/** The format a role needs from a column, re-detected when the inferred type does not fit the role. */
function formatFor(type: RoleType, values: () => string[], inferred: ColumnFormat): ColumnFormat {
  if (type === 'number' && inferred.type !== 'number') return { type: 'number', decimal: detectDecimal(values()).decimal };
  if (type === 'date' && inferred.type !== 'date') {
    const d = detectDateFormat(values(), MAPPED_DATE_QUORUM);
    return d ? { type: 'date', dateFormat: d.format, ambiguous: d.ambiguous } : { type: 'date' };
  }
  return inferred;
}

/**
 * Reads every mapped column with its role's type. A row whose required role is empty, or whose typed cell
 * does not parse, is marked invalid and reported once per problem. Does not mutate its inputs.
 */
export function readRoleColumns(table: RawTable, formats: readonly ColumnFormat[], mapping: Mapping, kind: DatasetKind): RoleColumns {
  const n = table.rowNumbers.length;
  const valid = new Uint8Array(n).fill(1);
  const issues: RowIssue[] = [];
  const byRole = new Map<ColumnRole, TypedColumn>();
  const all = new Map<ColumnRole, TypedColumn[]>();
  const keep = (role: ColumnRole, col: TypedColumn) => {
    if (!byRole.has(role)) byRole.set(role, col);
    all.set(role, [...(all.get(role) ?? []), col]);
  };
  const required = new Set(requiredRoles(kind).filter((alts) => alts.length === 1).map((alts) => alts[0]));
  mapping.forEach((role, c) => {
    if (role === 'ignore' || (byRole.has(role) && !repeatableRole(kind, role))) return;
    const name = table.header[c];
    const cells = table.columns[c];
    const type = roleType(role);
    const need = required.has(role);
    const report = (r: number, reason: RowIssue['reason']) => {
      valid[r] = 0;
      issues.push({ row: table.rowNumbers[r], column: name, value: cellAt(cells, r).slice(0, 80), reason });
    };
    if (type === 'text') {
      if (need) {
        const blank = cells.values.map((v) => v.trim() === '');
        for (let r = 0; r < n; r++) if (blank[cells.codes ? cells.codes[r] : r]) report(r, 'missing_value');
      }
      keep(role, { type, name, cells });
      return;
    }
    const format = formatFor(type, () => sampleColumn(table, c), formats[c]);
    const range = RANGES[role];
    const values = type === 'flag' ? new Int8Array(n) : new Float64Array(n);
    // A dictionary-encoded column is read once per distinct value, then copied to its rows.
    const read = cells.codes ? cells.values.map((v) => readCell(v, type, format, role)) : null;
    for (let r = 0; r < n; r++) {
      const cell = read ? read[(cells.codes as Int32Array)[r]] : readCell(cells.values[r], type, format, role);
      values[r] = cell.value;
      const empty = type === 'flag' ? cell.value === -1 : Number.isNaN(cell.value);
      if (cell.problem) report(r, cell.problem);
      else if (need && empty) report(r, 'missing_value');
      else if (NON_NEGATIVE.has(role) && cell.value < 0) report(r, 'negative');
      else if (range && !empty && (cell.value < range[0] || cell.value > range[1])) report(r, 'out_of_range');
    }
    keep(role, type === 'flag' ? { type, name, values: values as Int8Array } : { type, name, values: values as Float64Array });
  });
  issues.sort((a, b) => a.row - b.row);
  return { byRole, all, valid, issues };
}
