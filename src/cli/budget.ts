// `mittari budget`: solve a scenario file, or build one from a spend file and a touchpoint file and solve it.
// Prints JSON; exit 2 with one line on stderr for unreadable input or bad usage.
//   budget SCENARIO.json
//   budget --spend SPEND.csv --touchpoints FILE [--model markov] [--kpi conversions|value] [--total N]
//          [--bounds 0.7,1.3] [--elasticity 0.5]
//   budget --spend REPORT.csv [--kpi conversions|value] [--total N] [--bounds 0.7,1.3] [--elasticity 0.5]
//          (a campaign report with the platform's own conversions: Google Ads, Meta)
import { mixedCurrencyProblem } from '../lib/ingest/currency';
import { attribute } from '../lib/attribution/attribute';
import { isJourneyKind } from '../lib/types';
import { english, msg, type Msg } from '../lib/messages';
import { excludedJson, scenarioJson } from './english';
import { MODEL_NAMES } from '../lib/attribution/types';
import { solveScenario } from '../lib/budget/scenario';
import { validateScenario } from '../lib/budget/validate';
import { decode } from '../lib/parsing/decode';
import { scenarioFromCredit, scenarioFromData, type DataOptions } from '../lib/budget/from-data';
import { platformCredit } from '../lib/budget/credit';
import { atLeast, between, number, numberIn, oneOf, parseCommand, text, UsageError, type Reader } from './args';
import { fail, guard, loadFile, printJson, readBytes } from './io';
import { USAGE } from './usage';

/** "0.7,1.3": the bounds as ratios of current spend, min <= max. */
const bounds: Reader<[number, number]> = (raw, flag) => {
  const parts = raw.split(',');
  if (parts.length !== 2) throw new UsageError(`${flag} takes two ratios like 0.7,1.3, not "${raw}"`);
  const [lo, hi] = parts.map((p) => number(flag, p, atLeast(0)));
  if (lo > hi) throw new UsageError(`${flag} takes min,max with min <= max, not "${raw}"`);
  return [lo, hi];
};

/** 0.7 / 0.5 / 0.3 for low / medium / high saturation. */
const elasticity: Reader<number> = (raw, flag) => {
  const e = number(flag, raw, atLeast(0));
  if (!between(0, 1).test(e)) throw new UsageError(`${flag} takes a number between 0 and 1 (0.7 low, 0.5 medium, 0.3 high saturation), not ${e}`);
  return e;
};

const READERS = {
  spend: text,
  touchpoints: text,
  model: oneOf(MODEL_NAMES, 'model'),
  kpi: oneOf(['conversions', 'value'] as const),
  total: numberIn(atLeast(0)),
  bounds,
  elasticity,
};
const HINT = `\n${USAGE.budget}`;

/** Runs `budget` with the arguments after the command name; returns the exit code. */
export function budgetCommand(argv: readonly string[]): Promise<number> {
  return guard(async () => {
    const { values: v, positionals } = parseCommand(argv, { values: READERS, hint: { unknown: HINT } });
    if (positionals.length > 1) throw new UsageError(`unexpected ${positionals[1]}${HINT}`);
    const [scenario] = positionals;
    const { spend, touchpoints, ...data } = v;
    const fromData = spend !== undefined || touchpoints !== undefined;
    if (fromData && scenario !== undefined) throw new UsageError('give a scenario file or --spend (with --touchpoints or a report\'s own conversions), not both');
    if (fromData && spend === undefined) throw new UsageError('--touchpoints needs --spend');
    if (spend !== undefined && touchpoints === undefined && data.model !== undefined) {
      throw new UsageError('--model needs --touchpoints: without them the credit is the conversions the platform reports in the spend file');
    }
    if (!fromData && scenario === undefined) throw new UsageError(USAGE.budget);
    if (!fromData && Object.keys(data).length > 0) throw new UsageError('--model, --kpi, --total, --bounds and --elasticity need --spend (and --model needs --touchpoints)');
    const out = scenario !== undefined ? solveFile(scenario)
      : touchpoints === undefined ? await solveReport(spend ?? '', data) : await solveData(spend ?? '', touchpoints, data);
    if (typeof out === 'string') return fail(out);
    printJson(out);
    return 0;
  });
}

/** The solved scenario of a JSON file, or a one-line reason. */
function solveFile(path: string): object | string {
  const bytes = readBytes(path);
  if (typeof bytes === 'string') return bytes;
  let json: unknown;
  try {
    json = JSON.parse(decode(bytes).text); // by BOM or UTF-16 sniff, as CSV files: Notepad saves "Unicode" as UTF-16LE
  } catch (e) {
    return `${path}: not valid JSON (${(e as Error).message})`;
  }
  const check = validateScenario(json);
  return check.ok ? scenarioJson(solveScenario(check.scenario)) : `${path}: ${check.problems.map(english).join('; ')}`;
}

/** The scenario built from a spend file and a touchpoint or path file, solved, or a one-line reason. */
async function solveData(spendPath: string, touchPath: string, options: Partial<DataOptions>): Promise<object | string> {
  const [spend, touch] = await Promise.all([loadFile(spendPath, {}, true), loadFile(touchPath, {}, true)]);
  if (typeof spend === 'string') return spend;
  if (typeof touch === 'string') return touch;
  const mapping = (p: Msg | null) => (p ? ` (${english(p)})` : '');
  if (spend.data.kind !== 'spend') return `${spendPath}: it holds ${spend.summary.kind} data, not spend${mapping(spend.summary.mappingProblem)}`;
  const mixed = mixedCurrencyProblem(spendPath, spend.summary.currency);
  if (mixed) return english(mixed);
  if (!isJourneyKind(touch.data)) {
    return `${touchPath}: it holds ${touch.summary.kind} data, not touchpoints or a path table${mapping(touch.summary.mappingProblem)}`;
  }
  const model = options.model ?? 'markov';
  const attribution = attribute(touch.data.journeys, touch.data.kind, { models: [model] });
  const built = scenarioFromData(spend.data.rows, attribution, { ...options, model });
  if (!built.ok) return `cannot build a budget scenario: ${english(built.reason)}`;
  return { ...scenarioJson(solveScenario(built.scenario)), scenario: built.scenario, excluded: excludedJson(built.excluded), notes: built.notes.map(english) };
}

/** The scenario of a campaign report alone, its credit the conversions the platform reports, solved; or a one-line reason. */
async function solveReport(path: string, options: Partial<DataOptions>): Promise<object | string> {
  const spend = await loadFile(path, {}, true);
  if (typeof spend === 'string') return spend;
  if (spend.data.kind !== 'spend') return `${path}: it holds ${spend.summary.kind} data, not spend${spend.summary.mappingProblem ? ` (${english(spend.summary.mappingProblem)})` : ''}`;
  const mixed = mixedCurrencyProblem(path, spend.summary.currency);
  if (mixed) return english(mixed);
  const credit = platformCredit(spend.data.rows);
  if (!credit) return `${path}: ${english(msg('budget.noReported', {}))}`;
  const built = scenarioFromCredit(spend.data.rows, credit, options);
  if (!built.ok) return `cannot build a budget scenario: ${english(built.reason)}`;
  return {
    ...scenarioJson(solveScenario(built.scenario)), credit: 'platform', scenario: built.scenario,
    excluded: excludedJson(built.excluded), notes: built.notes.map(english),
  };
}
