// `mittari attribute FILE`: every attribution model side by side on one touchpoint or path file, as JSON.
import { attribute, type AttributionRequest } from '../lib/attribution/attribute';
import { isJourneyKind } from '../lib/types';
import { english } from '../lib/messages';
import { attributionJson } from './english';
import { MARKOV_STATES, MODEL_NAMES, type Level, type PositionWeights } from '../lib/attribution/types';
import { atLeast, listOf, numberIn, oneOf, pairs, parseCommand, UsageError, type Reader } from './args';
import { fail, guard, loadFile, loadOptionReaders, printJson } from './io';
import { printUsage, SEE_USAGE } from './usage';
import { lap } from '../lib/util/stages';

const LEVELS: readonly Level[] = ['channel', 'campaign', 'touch_type'];

/** "first=40,last=40": the custom model's position weights; a position not given weighs 1. */
const positionWeights: Reader<PositionWeights> = (raw, flag) => {
  const w = pairs(raw, flag);
  const bad = Object.keys(w).find((k) => !['first', 'middle', 'last'].includes(k));
  if (bad !== undefined) throw new UsageError(`${flag} takes first, middle and last, not ${bad}`);
  return { first: w.first ?? 1, middle: w.middle ?? 1, last: w.last ?? 1 };
};

const markovOrder: Reader<1 | 2 | 3 | 4> = (raw, flag) => {
  const k = numberIn(atLeast(1))(raw, flag);
  if (k !== 1 && k !== 2 && k !== 3 && k !== 4) throw new UsageError(`${flag} takes 1, 2, 3 or 4`);
  return k;
};

const READERS = {
  ...loadOptionReaders,
  models: listOf(oneOf(MODEL_NAMES, 'model')),
  'half-life-days': numberIn(atLeast(0.0001)),
  'lookback-days': numberIn(atLeast(0)),
  'markov-order': markovOrder,
  'markov-states': oneOf(MARKOV_STATES, 'Markov state rule'),
  level: oneOf(LEVELS, 'level'),
  weights: positionWeights,
  'type-weights': pairs,
};

/** Runs `attribute` with the arguments after the command name; returns the exit code. */
export function attributeCommand(argv: readonly string[]): Promise<number> {
  return guard(async () => {
    const { values: v, positionals } = parseCommand(argv, { values: READERS, hint: { unknown: SEE_USAGE, missing: SEE_USAGE } });
    if (positionals.length !== 1) return printUsage();
    const [path] = positionals;
    const request: AttributionRequest = {
      models: v.models, halfLifeDays: v['half-life-days'], lookbackDays: v['lookback-days'], markovOrder: v['markov-order'], markovStates: v['markov-states'],
      level: v.level, weights: v.weights, typeWeights: v['type-weights'],
    };
    const dataset = await loadFile(path, { encoding: v.encoding, delimiter: v.delimiter, kind: v.kind }, false, v.sheet);
    if (typeof dataset === 'string') return fail(dataset);
    const { data, summary } = dataset;
    if (!isJourneyKind(data)) {
      return fail(`cannot attribute ${path}: ${summary.mappingProblem ? english(summary.mappingProblem) : `it holds ${summary.kind} data, not touchpoints or a path table`}`);
    }
    const result = attribute(data.journeys, data.kind, withoutUnset(request));
    printJson(attributionJson(result));
    lap('JSON out');
    return 0;
  });
}

/** The request without the options not given, so the engine's defaults apply (and `options` prints as before). */
function withoutUnset(request: AttributionRequest): AttributionRequest {
  return Object.fromEntries(Object.entries(request).filter(([, value]) => value !== undefined));
}
