// Which loaded files the KPIs read (issue 14, part 2): every file of a KPI kind, except spend more than a quarter away
// from the outcome data's dates, and money in another currency than the rest. Nothing is summed across currencies: when the
// chosen files state two, the KPIs are not computed and the view says which files to untick.
import { msg, type Msg } from '../messages';
import type { DatasetKind } from '../types';

/** The kinds the KPI tab reads. */
export const KPI_KINDS: ReadonlySet<DatasetKind> = new Set<DatasetKind>(['touchpoints', 'paths', 'spend', 'deals', 'customers', 'nps', 'forecast']);
/** Kinds whose numbers are money (and so have a currency). */
const MONEY_KINDS: ReadonlySet<DatasetKind> = new Set<DatasetKind>(['spend', 'deals', 'customers', 'forecast']);
/** Kinds that date the outcome (what the KPIs report on). */
const OUTCOME_KINDS: ReadonlySet<DatasetKind> = new Set<DatasetKind>(['touchpoints', 'deals', 'nps', 'forecast']);

export interface KpiFile {
  id: string;
  file: string;
  kind: DatasetKind;
  dateRange: [number, number] | null;
  /** The currencies the file states (none when it does not say). */
  currency: { codes: string[] } | null;
}

export interface KpiFileChoice {
  /** Files read by default. */
  chosen: string[];
  /** Files of a KPI kind left out by default, each with why. */
  leftOut: { id: string; reason: Msg }[];
}

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
/** Spend within a quarter of the outcome data still counts (spend leads results by weeks); further away, not by default. */
const SLACK = 92 * 86_400_000;

/** A file's currencies: the ones it states, else the workspace's (money files only). */
const codesOf = (f: KpiFile, workspace: string): string[] => (f.currency?.codes.length ? f.currency.codes : MONEY_KINDS.has(f.kind) ? [workspace] : []);

/**
 * The files the KPIs read until the user chooses, and why the others are left out. Money files that state no
 * currency are in the workspace currency. Does not mutate its input.
 */
export function defaultKpiFiles(files: readonly KpiFile[], workspace: string): KpiFileChoice {
  const kpiFiles = files.filter((f) => KPI_KINDS.has(f.kind));
  let from = Infinity, to = -Infinity;
  for (const f of kpiFiles) {
    if (!OUTCOME_KINDS.has(f.kind) || !f.dateRange) continue;
    from = Math.min(from, f.dateRange[0]);
    to = Math.max(to, f.dateRange[1]);
  }
  // The currency most money files state (ties: the first file's).
  const votes = new Map<string, number>();
  for (const f of kpiFiles) {
    const codes = codesOf(f, workspace);
    if (MONEY_KINDS.has(f.kind) && codes.length === 1) votes.set(codes[0], (votes.get(codes[0]) ?? 0) + 1);
  }
  const main = [...votes].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  const chosen: string[] = [], leftOut: KpiFileChoice['leftOut'] = [];
  for (const f of kpiFiles) {
    const codes = codesOf(f, workspace);
    if (codes.length > 1) {
      leftOut.push({ id: f.id, reason: msg('kpi.fileMixedCurrencies', { file: f.file, currencies: codes }) });
    } else if (MONEY_KINDS.has(f.kind) && main && codes[0] !== main) {
      leftOut.push({ id: f.id, reason: msg('kpi.fileOtherCurrency', { file: f.file, currency: codes[0], main }) });
    } else if (f.kind === 'spend' && f.dateRange && from <= to && (f.dateRange[1] < from - SLACK || f.dateRange[0] > to + SLACK)) {
      leftOut.push({ id: f.id, reason: msg('kpi.fileOutsideDates', { file: f.file, from: day(f.dateRange[0]), to: day(f.dateRange[1]), dataFrom: day(from), dataTo: day(to) }) });
    } else chosen.push(f.id);
  }
  return { chosen, leftOut };
}

/** The one currency of the chosen files (files that say none are in the workspace's), or why they cannot be added up. */
export function currencyOfFiles(files: readonly KpiFile[], workspace: string): { currency: string; conflict: Msg | null } {
  const byCode = new Map<string, string[]>();
  for (const f of files) for (const code of codesOf(f, workspace)) byCode.set(code, [...(byCode.get(code) ?? []), f.file]);
  if (byCode.size <= 1) return { currency: [...byCode.keys()][0] ?? workspace, conflict: null };
  return { currency: workspace, conflict: msg('kpi.twoCurrencies', { files: [...byCode].map(([code, names]) => `${names.join(', ')} (${code})`) }) };
}
