// `mittari mmm FILE [OUTCOME_FILE]`: a marketing-mix model fitted to weekly spend and outcome, and the budget from
// its steady-state weekly curves, as JSON. FILE is a wide table (date, outcome, one spend column per channel), or a
// long spend file (date, channel, spend) with OUTCOME_FILE holding the outcome per week (date, outcome, controls).
import { mixedCurrencyProblem } from '../lib/ingest/currency';
import { english, type Msg } from '../lib/messages';
import type { Mapping } from '../lib/types';
import { remapDataset, type Dataset } from '../lib/ingest/load';
import { extractLongMix, mixMapping, withOutcome } from '../lib/ingest/mix';
import type { MixTable } from '../lib/mmm/types';
import { fitMmm } from '../lib/mmm/fit';
import { allocateMmm, type MmmAllocationOptions } from '../lib/mmm/allocate';
import { mmmProblem } from '../lib/mmm/view';
import { calibrationRows, liftProblem, type LiftTest } from '../lib/mmm/calibrate';
import { atLeast, listOf, numberIn, parseCommand, text, UsageError, type Reader } from './args';
import { mmmJson } from './english';
import { fail, guard, loadFile, printJson } from './io';
import { USAGE } from './usage';

const bounds: Reader<[number, number]> = (raw, flag) => {
  const xs = listOf(numberIn(atLeast(0)))(raw, flag);
  if (xs.length !== 2 || !(xs[0] <= 1 && xs[1] >= 1)) throw new UsageError(`${flag} takes two ratios low,high with low <= 1 <= high, not "${raw}"`);
  return [xs[0], xs[1]];
};
const seed: Reader<number> = (raw, flag) => {
  const n = numberIn(atLeast(0))(raw, flag);
  if (!Number.isInteger(n)) throw new UsageError(`${flag} takes a whole number of at least 0, not "${raw}"`);
  return n;
};

/** `CHANNEL,FROM,TO,LIFT,LOW,HIGH`, several joined by ";" (the channel may hold commas: the last five fields are fixed). */
const lifts: Reader<LiftTest[]> = (raw, flag) => raw.split(';').filter((part) => part.trim() !== '').map((part) => {
  const fields = part.split(',').map((f) => f.trim());
  const bad = () => new UsageError(`${flag} takes CHANNEL,FROM,TO,LIFT,LOW,HIGH (dates yyyy-mm-dd, the lift and its 90% interval; several joined by ";"), not "${part}"`);
  if (fields.length < 6) throw bad();
  const [from, to, ...numbers] = fields.slice(-5);
  const [lift, low, high] = numbers.map(Number);
  const test: LiftTest = { channel: fields.slice(0, -5).join(','), from, to, lift, low, high };
  if (numbers.some((n) => n === '') || liftProblem(test)) throw bad();
  return test;
});

const READERS = { outcome: text, bounds, budget: numberIn(atLeast(0)), seed, lift: lifts };

type Read = { ok: true; table: MixTable; outcome: string; notes: Msg[] } | { ok: false; problem: string };

/** The mapping with `column` as the outcome, or a usage problem naming the columns. */
function outcomeAs(header: readonly string[], mapping: Mapping, column: string | undefined): Mapping {
  if (column === undefined) return mapping;
  const out = withOutcome(header, mapping, column);
  if (!out) throw new UsageError(`--outcome: no column "${column}"; the columns are ${header.join(', ')}`);
  return out;
}

/** A wide table: as loaded, or read as marketing_mix when --outcome names its outcome. */
function readWide(path: string, d: Dataset, outcome: string | undefined): Read {
  const { table, formats } = d;
  const base = d.summary.kind === 'marketing_mix' ? d.summary.columns.map((c) => c.role) : mixMapping(table, formats);
  const mapping = outcomeAs(table.header, base, outcome);
  const ds = d.summary.kind === 'marketing_mix' && outcome === undefined ? d : remapDataset(d, 'marketing_mix', mapping);
  if (ds.data.kind !== 'marketing_mix') {
    const why = ds.summary.mappingProblem ? english(ds.summary.mappingProblem) : `it holds ${d.summary.kind} data`;
    return { ok: false, problem: `cannot fit ${path} as a marketing-mix table: ${why}` };
  }
  const mixed = mixedCurrencyProblem(path, ds.summary.currency);
  if (mixed) return { ok: false, problem: english(mixed) };
  return { ok: true, table: ds.data.table, outcome: ds.data.outcome, notes: ds.summary.warnings.slice(ds.fileWarnings.length) };
}

/** A long spend file and an outcome file on the same weeks: one weekly table. */
function readLong(spendPath: string, spend: Dataset, outcomePath: string, out: Dataset, outcome: string | undefined): Read {
  if (spend.data.kind !== 'spend') return { ok: false, problem: `cannot read ${spendPath} as spend per channel and date: it holds ${spend.summary.kind} data` };
  const mixed = mixedCurrencyProblem(spendPath, spend.summary.currency);
  if (mixed) return { ok: false, problem: english(mixed) };
  if (spend.data.rows.some((r) => r.time === undefined)) return { ok: false, problem: `cannot read ${spendPath} as weekly spend: it needs a date on every row` };
  const mapping = outcomeAs(out.table.header, mixMapping(out.table, out.formats), outcome);
  const read = extractLongMix(spend.data.rows, out, mapping);
  if (!read.ok) return { ok: false, problem: `cannot fit ${spendPath} with ${outcomePath}: ${english(read.problem)}` };
  return { ok: true, table: read.data.table, outcome: read.data.outcome, notes: read.notes };
}

/** Runs `mmm` with the arguments after the command name; returns the exit code. */
export function mmmCommand(argv: readonly string[]): Promise<number> {
  return guard(async () => {
    const { values, positionals } = parseCommand(argv, { values: READERS, hint: { unknown: ` (${USAGE.mmm})`, missing: ` (${USAGE.mmm})` } });
    if (positionals.length < 1 || positionals.length > 2) throw new UsageError(USAGE.mmm);
    const [path, outcomePath] = positionals;
    const first = await loadFile(path, {}, true);
    if (typeof first === 'string') return fail(first);
    let read: Read;
    if (outcomePath === undefined) read = readWide(path, first, values.outcome);
    else {
      const second = await loadFile(outcomePath, {}, true);
      if (typeof second === 'string') return fail(second);
      read = readLong(path, first, outcomePath, second, values.outcome);
    }
    if (!read.ok) return fail(read.problem);
    const problem = mmmProblem(read.table);
    if (problem) return fail(`cannot fit ${path}: ${english(problem)}`);
    const seedOption = values.seed === undefined ? {} : { seed: values.seed };
    const tests = values.lift ?? [];
    const result = fitMmm(read.table, { ...seedOption, lifts: tests });
    const calibration = tests.length > 0 ? calibrationRows(read.table, fitMmm(read.table, seedOption), result, tests) : null;
    const options: Partial<MmmAllocationOptions> = {};
    if (values.bounds) options.bounds = values.bounds;
    if (values.budget !== undefined) options.mode = { kind: 'budget', weekly: values.budget };
    printJson(mmmJson(read.outcome, result, allocateMmm(result, options), read.notes, calibration));
    return 0;
  });
}
