// The engine from Node, printing JSON. Exit 0 on success, 2 with a one-line message on stderr for unreadable
// input or bad usage.
//   inspect FILE...   one object for one file, an array for several
//   attribute FILE    every attribution model side by side
//   experiment FILE   an A/B/n test: frequentist and Bayesian numbers, SRM (src/cli/experiment.ts)
//   sample-size       users per arm for a planned test (src/cli/experiment.ts)
//   budget            reallocation from a scenario or from spend + journeys (src/cli/budget.ts)
//   kpis FILE...      marketing, sales and customer KPIs per channel and period (src/cli/kpis.ts)
import { readBytes } from './cli/read';
import { basename } from 'node:path';
import { isJourneyKind, type DatasetKind, type Delimiter, type Encoding } from './lib/types';
import { loadBytes, type LoadOptions } from './lib/ingest/load';
import { attribute, type AttributionRequest } from './lib/attribution/attribute';
import { attributionJson, inspectJson } from './cli/english';
import { english } from './lib/messages';
import { MODEL_NAMES, type Level, type ModelName } from './lib/attribution/types';
import { experimentCommand, sampleSizeCommand } from './cli/experiment';
import { budgetCommand, BUDGET_USAGE } from './cli/budget';
import { kpisCommand, KPIS_USAGE } from './cli/kpis';

const USAGE = [
  'usage: mittari inspect [--encoding E] [--delimiter ,|;|tab|"|"] [--kind KIND] FILE...',
  '       mittari attribute FILE [--models first,linear,markov,...] [--half-life-days 7] [--markov-order 1]',
  '                              [--lookback-days N] [--level channel|campaign|touch_type]',
  '                              [--weights first=40,middle=20,last=40] [--type-weights "webinar=2,sales call=3"]',
  '       mittari experiment FILE [--control NAME] [--alpha 0.05] [--weights 50,50] [--correction holm|bh]',
  '       mittari sample-size --baseline 0.2 --mde 0.05 [--relative] [--alpha 0.05] [--power 0.8] [--daily-users N]',
].join('\n');
const DELIMITERS: Record<string, Delimiter> = { ',': ',', ';': ';', tab: '\t', '\\t': '\t', '\t': '\t', '|': '|' };
const ENCODINGS: Encoding[] = ['utf-8', 'windows-1252', 'utf-16le', 'utf-16be'];
const KINDS: DatasetKind[] = ['touchpoints', 'paths', 'experiment', 'experiment_users', 'spend', 'deals', 'customers', 'nps', 'forecast'];
const LEVELS: Level[] = ['channel', 'campaign', 'touch_type'];

class UsageError extends Error {}

interface Args { command: string; files: string[]; load: LoadOptions; attribution: AttributionRequest }

function number(flag: string, raw: string, min: number): number {
  const n = Number(raw);
  if (!Number.isFinite(n) || n < min) throw new UsageError(`${flag} takes a number of at least ${min}, not "${raw}"`);
  return n;
}

/** "a=1,b c=2" -> {a: 1, "b c": 2} */
function pairs(flag: string, raw: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const part of raw.split(',')) {
    const at = part.lastIndexOf('=');
    if (at <= 0) throw new UsageError(`${flag} takes name=number pairs separated by commas, not "${part}"`);
    out[part.slice(0, at).trim()] = number(flag, part.slice(at + 1).trim(), 0);
  }
  return out;
}

function parseArgs(argv: string[]): Args {
  const [command, ...rest] = argv;
  const args: Args = { command, files: [], load: {}, attribution: {} };
  for (let i = 0; i < rest.length; i++) {
    const flag = rest[i];
    const value = () => {
      if (i + 1 >= rest.length) throw new UsageError(`${flag} needs a value (run mittari without arguments for usage)`);
      return rest[++i];
    };
    const a = args.attribution;
    switch (flag) {
      case '--encoding': {
        const e = value().toLowerCase() as Encoding;
        if (!ENCODINGS.includes(e)) throw new UsageError(`unknown encoding ${e}; use one of ${ENCODINGS.join(', ')}`);
        args.load.encoding = e;
        break;
      }
      case '--delimiter': {
        const d = DELIMITERS[value()];
        if (!d) throw new UsageError('unknown delimiter; use , ; tab or |');
        args.load.delimiter = d;
        break;
      }
      case '--kind': {
        const k = value() as DatasetKind;
        if (!KINDS.includes(k)) throw new UsageError(`unknown kind ${k}; use one of ${KINDS.join(', ')}`);
        args.load.kind = k;
        break;
      }
      case '--models': {
        const models = value().split(',').map((m) => m.trim()) as ModelName[];
        const bad = models.find((m) => !MODEL_NAMES.includes(m));
        if (bad) throw new UsageError(`unknown model ${bad}; use ${MODEL_NAMES.join(', ')}`);
        a.models = models;
        break;
      }
      case '--half-life-days': a.halfLifeDays = number(flag, value(), 0.0001); break;
      case '--lookback-days': a.lookbackDays = number(flag, value(), 0); break;
      case '--markov-order': {
        const k = number(flag, value(), 1);
        if (![1, 2, 3, 4].includes(k)) throw new UsageError('--markov-order takes 1, 2, 3 or 4');
        a.markovOrder = k as 1 | 2 | 3 | 4;
        break;
      }
      case '--level': {
        const l = value() as Level;
        if (!LEVELS.includes(l)) throw new UsageError(`unknown level ${l}; use ${LEVELS.join(', ')}`);
        a.level = l;
        break;
      }
      case '--weights': {
        const w = pairs(flag, value());
        const bad = Object.keys(w).find((k) => !['first', 'middle', 'last'].includes(k));
        if (bad) throw new UsageError(`--weights takes first, middle and last, not ${bad}`);
        a.weights = { first: w.first ?? 1, middle: w.middle ?? 1, last: w.last ?? 1 };
        break;
      }
      case '--type-weights': a.typeWeights = pairs(flag, value()); break;
      default:
        if (flag.startsWith('--')) throw new UsageError(`unknown option ${flag} (run mittari without arguments for usage)`);
        args.files.push(flag);
    }
  }
  const ok = (command === 'inspect' && args.files.length > 0) || (command === 'attribute' && args.files.length === 1);
  if (!ok) throw new UsageError(`${USAGE}\n${BUDGET_USAGE.replace("usage: ", "       ")}\n${KPIS_USAGE.replace('usage: ', '       ')}`);
  return args;
}

/** Reads and loads one file, or writes the one-line reason to stderr and returns null. */
async function load(path: string, options: LoadOptions) {
  const bytes = readBytes(path);
  if (typeof bytes === 'string') {
    process.stderr.write(`mittari: ${bytes}\n`);
    return null;
  }
  const result = await loadBytes(basename(path), bytes, options);
  if (!result.ok) {
    process.stderr.write(`mittari: ${english(result.problem.message)}\n`);
    return null;
  }
  return result.dataset;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'experiment') return experimentCommand(rest);
  if (command === 'sample-size') return sampleSizeCommand(rest);
  if (command === 'budget') return budgetCommand(rest);
  if (command === 'kpis') return kpisCommand(rest);
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`mittari: ${e.message}\n`);
    return 2;
  }
  if (args.command === 'attribute') {
    const dataset = await load(args.files[0], args.load);
    if (!dataset) return 2;
    const { data, summary } = dataset;
    if (!isJourneyKind(data)) {
      const why = summary.mappingProblem ? english(summary.mappingProblem) : `it holds ${summary.kind} data, not touchpoints or a path table`;
      process.stderr.write(`mittari: cannot attribute ${args.files[0]}: ${why}\n`);
      return 2;
    }
    const result = attribute(data.journeys, data.kind, args.attribution);
    process.stdout.write(`${JSON.stringify(attributionJson(result), null, 2)}\n`);
    return 0;
  }
  const results: Record<string, unknown>[] = [];
  let failed = false;
  for (const path of args.files) {
    const dataset = await load(path, args.load);
    if (dataset) results.push(inspectJson(path, dataset.summary));
    else failed = true;
  }
  if (results.length > 0) process.stdout.write(`${JSON.stringify(args.files.length === 1 ? results[0] : results, null, 2)}\n`);
  return failed ? 2 : 0;
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
