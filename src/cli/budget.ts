// `mittari budget`: solve a scenario file, or build one from a spend file and a touchpoint file and solve it.
// Prints JSON; exit 2 with one line on stderr for unreadable input or bad usage.
//   budget SCENARIO.json
//   budget --spend SPEND.csv --touchpoints FILE [--model markov] [--kpi conversions|value] [--total N]
//          [--bounds 0.7,1.3] [--elasticity 0.5]
import { readBytes } from './read';
import { basename } from 'node:path';
import { loadBytes, type Dataset } from '../lib/ingest/load';
import { attribute } from '../lib/attribution/attribute';
import { MODEL_NAMES, type ModelName } from '../lib/attribution/types';
import { isJourneyKind } from '../lib/types';
import { solveScenario } from '../lib/budget/scenario';
import { validateScenario } from '../lib/budget/validate';
import { scenarioFromData, type DataOptions } from '../lib/budget/from-data';
import { english } from '../lib/messages';
import { excludedJson, scenarioJson } from './english';

export const BUDGET_USAGE = [
  'usage: mittari budget SCENARIO.json',
  '       mittari budget --spend SPEND.csv --touchpoints FILE [--model markov] [--kpi conversions|value] [--total N]',
  '                      [--bounds 0.7,1.3] [--elasticity 0.5]',
].join('\n');

class UsageError extends Error {}

interface BudgetArgs { scenario?: string; spend?: string; touchpoints?: string; data: Partial<DataOptions> }

function positive(flag: string, raw: string, min: number): number {
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(n) || n < min) throw new UsageError(`${flag} takes a number of at least ${min}, not "${raw}"`);
  return n;
}

function parse(argv: readonly string[]): BudgetArgs {
  const args: BudgetArgs = { data: {} };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new UsageError(`${flag} needs a value`);
      return argv[++i];
    };
    switch (flag) {
      case '--spend': args.spend = value(); break;
      case '--touchpoints': args.touchpoints = value(); break;
      case '--model': {
        const m = value() as ModelName;
        if (!MODEL_NAMES.includes(m)) throw new UsageError(`unknown model ${m}; use one of ${MODEL_NAMES.join(', ')}`);
        args.data.model = m;
        break;
      }
      case '--kpi': {
        const k = value();
        if (k !== 'conversions' && k !== 'value') throw new UsageError(`--kpi takes conversions or value, not "${k}"`);
        args.data.kpi = k;
        break;
      }
      case '--total': args.data.total = positive(flag, value(), 0); break;
      case '--elasticity': {
        const e = positive(flag, value(), 0);
        if (!(e > 0 && e < 1)) throw new UsageError(`--elasticity takes a number between 0 and 1 (0.7 low, 0.5 medium, 0.3 high saturation), not ${e}`);
        args.data.elasticity = e;
        break;
      }
      case '--bounds': {
        const raw = value(), parts = raw.split(',');
        if (parts.length !== 2) throw new UsageError(`--bounds takes two ratios like 0.7,1.3, not "${raw}"`);
        const [lo, hi] = parts.map((p) => positive(flag, p, 0));
        if (lo > hi) throw new UsageError(`--bounds takes min,max with min <= max, not "${raw}"`);
        args.data.bounds = [lo, hi];
        break;
      }
      default:
        if (flag.startsWith('--') || args.scenario !== undefined) throw new UsageError(`unexpected ${flag}\n${BUDGET_USAGE}`);
        args.scenario = flag;
    }
  }
  const fromData = args.spend !== undefined || args.touchpoints !== undefined;
  if (fromData && args.scenario !== undefined) throw new UsageError('give a scenario file or --spend and --touchpoints, not both');
  if (fromData && (args.spend === undefined || args.touchpoints === undefined)) throw new UsageError('--spend and --touchpoints go together');
  if (!fromData && args.scenario === undefined) throw new UsageError(BUDGET_USAGE);
  if (!fromData && Object.keys(args.data).length > 0) throw new UsageError('--model, --kpi, --total, --bounds and --elasticity need --spend and --touchpoints');
  return args;
}

async function dataset(path: string): Promise<Dataset | string> {
  const bytes = readBytes(path);
  if (typeof bytes === 'string') return bytes;
  const r = await loadBytes(basename(path), bytes);
  return r.ok ? r.dataset : `${path}: ${english(r.problem.message)}`;
}

const fail = (line: string) => {
  process.stderr.write(`mittari: ${line.replace(/\s*\n\s*/g, ' ')}\n`);
  return 2;
};
const print = (value: unknown) => process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);

/** Runs `budget` with the arguments after the command name; returns the exit code. */
export async function budgetCommand(argv: string[]): Promise<number> {
  let args: BudgetArgs;
  try {
    args = parse(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    return fail(e.message);
  }
  if (args.scenario !== undefined) {
    const bytes = readBytes(args.scenario);
    if (typeof bytes === 'string') return fail(bytes);
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder().decode(bytes));
    } catch (e) {
      return fail(`${args.scenario}: not valid JSON (${(e as Error).message})`);
    }
    const check = validateScenario(json);
    if (!check.ok) return fail(`${args.scenario}: ${check.problems.join('; ')}`);
    print(scenarioJson(solveScenario(check.scenario)));
    return 0;
  }
  const [spend, touch] = await Promise.all([dataset(args.spend ?? ''), dataset(args.touchpoints ?? '')]);
  if (typeof spend === 'string') return fail(spend);
  if (typeof touch === 'string') return fail(touch);
  if (spend.data.kind !== 'spend') return fail(`${args.spend}: it holds ${spend.summary.kind} data, not spend${spend.summary.mappingProblem ? ` (${english(spend.summary.mappingProblem)})` : ''}`);
  if (!isJourneyKind(touch.data)) {
    return fail(`${args.touchpoints}: it holds ${touch.summary.kind} data, not touchpoints or a path table${touch.summary.mappingProblem ? ` (${english(touch.summary.mappingProblem)})` : ''}`);
  }
  const model = args.data.model ?? 'markov';
  const attribution = attribute(touch.data.journeys, touch.data.kind, { models: [model] });
  const built = scenarioFromData(spend.data.rows, attribution, { ...args.data, model });
  if (!built.ok) return fail(`cannot build a budget scenario: ${english(built.reason)}`);
  print({ ...scenarioJson(solveScenario(built.scenario)), scenario: built.scenario, excluded: excludedJson(built.excluded), notes: built.notes.map(english) });
  return 0;
}
