// `mittari experiment FILE` and `mittari sample-size`: JSON on stdout; exit 2 with one line on stderr for
// unreadable input, the wrong kind of file or bad usage. src/cli.ts dispatches here.
// A file with several metrics: the top level is the first metric's analysis (issue 4's contract) plus
// `metric`, and `metrics` lists the analysis of every metric in file order.
import { readBytes } from './read';
import { basename } from 'node:path';
import { loadBytes } from '../lib/ingest/load';
import type { ExperimentArm } from '../lib/types';
import { analyzeExperiment } from '../lib/experiments/analyze';
import { experimentJson } from './english';
import { english } from '../lib/messages';
import { daysNeeded, sampleSize } from '../lib/experiments/power';
import type { AnalyzeOptions } from '../lib/experiments/types';

const EXPERIMENT_USAGE = 'usage: mittari experiment FILE [--control NAME] [--alpha 0.05] [--weights 50,50] [--correction holm|bh]';
const SAMPLE_USAGE = 'usage: mittari sample-size --baseline 0.2 --mde 0.05 [--relative] [--alpha 0.05] [--power 0.8] [--daily-users N]';

class UsageError extends Error {}

function fail(message: string): number {
  process.stderr.write(`mittari: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
  return 2;
}

function fraction(flag: string, raw: string): number {
  const x = Number(raw);
  if (!(x > 0 && x < 1)) throw new UsageError(`${flag} takes a number between 0 and 1, not "${raw}"`);
  return x;
}

function positive(flag: string, raw: string): number {
  const x = Number(raw);
  if (!(x > 0 && Number.isFinite(x))) throw new UsageError(`${flag} takes a number above 0, not "${raw}"`);
  return x;
}

/** Reads `--flag value` pairs and bare words; `switches` are flags without a value. */
function parse(args: readonly string[], known: readonly string[], switches: readonly string[] = []) {
  const values = new Map<string, string>(), words: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (switches.includes(a)) values.set(a, 'true');
    else if (known.includes(a)) {
      if (i + 1 >= args.length) throw new UsageError(`${a} needs a value`);
      values.set(a, args[++i]);
    } else if (a.startsWith('--')) throw new UsageError(`unknown option ${a}`);
    else words.push(a);
  }
  return { values, words };
}

function experimentOptions(values: Map<string, string>): AnalyzeOptions {
  const options: AnalyzeOptions = {};
  const control = values.get('--control'), alpha = values.get('--alpha'), weights = values.get('--weights');
  const correction = values.get('--correction');
  if (control !== undefined) options.control = control;
  if (alpha !== undefined) options.alpha = fraction('--alpha', alpha);
  if (weights !== undefined) options.weights = weights.split(',').map((w) => positive('--weights', w.trim()));
  if (correction !== undefined) {
    if (correction !== 'holm' && correction !== 'bh') throw new UsageError(`--correction takes holm or bh, not "${correction}"`);
    options.correction = correction;
  }
  return options;
}

/** Arms grouped by metric, in file order. */
function byMetric(arms: readonly ExperimentArm[]): Map<string, ExperimentArm[]> {
  const out = new Map<string, ExperimentArm[]>();
  for (const arm of arms) out.set(arm.metric, [...(out.get(arm.metric) ?? []), arm]);
  return out;
}

export async function experimentCommand(args: string[]): Promise<number> {
  let options: AnalyzeOptions, path: string;
  try {
    const { values, words } = parse(args, ['--control', '--alpha', '--weights', '--correction']);
    if (words.length !== 1) throw new UsageError(EXPERIMENT_USAGE);
    path = words[0];
    options = experimentOptions(values);
  } catch (e) {
    if (e instanceof UsageError) return fail(e.message);
    throw e;
  }
  const bytes = readBytes(path);
  if (typeof bytes === 'string') return fail(bytes);
  const loaded = await loadBytes(basename(path), bytes);
  if (!loaded.ok) return fail(english(loaded.problem.message));
  const { data, summary } = loaded.dataset;
  if (data.kind !== 'experiment' && data.kind !== 'experiment_users') {
    return fail(`cannot analyse ${path} as an experiment: ${summary.mappingProblem ? english(summary.mappingProblem) : `it holds ${summary.kind} data, not variants with users and conversions`}`);
  }
  const metrics = [...byMetric(data.arms)];
  try {
    const results = metrics.map(([metric, arms]) => ({ metric, ...experimentJson(analyzeExperiment(arms, options)) }));
    const out = results.length > 1 ? { ...results[0], metrics: results } : results[0];
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    return 0;
  } catch (e) {
    return fail(`cannot analyse ${path}: ${(e as Error).message}`);
  }
}

export function sampleSizeCommand(args: string[]): number {
  try {
    const { values, words } = parse(args, ['--baseline', '--mde', '--alpha', '--power', '--daily-users'], ['--relative']);
    const baseline = values.get('--baseline'), mde = values.get('--mde');
    if (words.length > 0 || baseline === undefined || mde === undefined) throw new UsageError(SAMPLE_USAGE);
    const alpha = values.get('--alpha'), power = values.get('--power'), daily = values.get('--daily-users');
    const mdeValue = Number(mde);
    if (!(mdeValue !== 0 && Number.isFinite(mdeValue))) throw new UsageError(`--mde takes a number other than 0, not "${mde}"`);
    const plan = sampleSize({
      baseline: fraction('--baseline', baseline), mde: mdeValue, relative: values.has('--relative'),
      alpha: alpha === undefined ? undefined : fraction('--alpha', alpha), power: power === undefined ? undefined : fraction('--power', power),
    });
    const days = daily === undefined ? {} : { days: daysNeeded(plan.evanMiller, 2, positive('--daily-users', daily)) };
    process.stdout.write(`${JSON.stringify({ ...plan, why: english(plan.why), ...days }, null, 2)}\n`);
    return 0;
  } catch (e) {
    if (e instanceof UsageError || e instanceof RangeError) return fail(e.message);
    throw e;
  }
}
