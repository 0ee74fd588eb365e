// `mittari experiment FILE`: an A/B/n test's frequentist and Bayesian numbers and its sample-ratio check, as JSON.
// A file with several metrics: the top level is the first metric's analysis (issue 4's contract) plus `metric`,
// and `metrics` lists the analysis of every metric in file order.
import { analyzeExperiment, armsProblem } from '../lib/experiments/analyze';
import type { DatasetSummary } from '../lib/ingest/load';
import { experimentJson } from './english';
import { english } from '../lib/messages';
import type { AnalyzeOptions } from '../lib/experiments/types';
import { above, between, listOf, numberIn, oneOf, parseCommand, text, UsageError } from './args';
import { fail, guard, loadFile, printJson } from './io';
import { USAGE } from './usage';

const READERS = {
  control: text,
  alpha: numberIn(between(0, 1)),
  weights: listOf(numberIn(above(0))),
  correction: oneOf(['holm', 'bh'] as const),
};

/** Arms grouped by metric, in file order. */
function byMetric<Arm extends { metric: string }>(arms: readonly Arm[]): Map<string, Arm[]> {
  const out = new Map<string, Arm[]>();
  for (const arm of arms) out.set(arm.metric, [...(out.get(arm.metric) ?? []), arm]);
  return out;
}

/** " (no row of 2 could be used: negative 2; ...)": why arms are missing, when rows were skipped. */
function skippedRows(s: DatasetSummary): string {
  if (s.issues.count === 0) return '';
  const reasons = Object.entries(s.issues.byReason).map(([reason, n]) => `${reason.replace(/_/g, ' ')} ${n}`).join(', ');
  return ` (${s.usedRows === 0 ? `no row of ${s.rows} could be used` : `${s.usedRows} of ${s.rows} rows could be used`}: ${reasons}; mittari inspect lists them)`;
}

/** Runs `experiment` with the arguments after the command name; returns the exit code. */
export function experimentCommand(argv: readonly string[]): Promise<number> {
  return guard(async () => {
    const { values, positionals } = parseCommand(argv, { values: READERS });
    if (positionals.length !== 1) throw new UsageError(USAGE.experiment);
    const [path] = positionals;
    const options: AnalyzeOptions = values;
    const dataset = await loadFile(path);
    if (typeof dataset === 'string') return fail(dataset);
    const { data, summary } = dataset;
    if (data.kind !== 'experiment' && data.kind !== 'experiment_users') {
      return fail(`cannot analyse ${path} as an experiment: ${summary.mappingProblem ? english(summary.mappingProblem) : `it holds ${summary.kind} data, not variants with users and conversions`}`);
    }
    // No arm at all (every row skipped) has no metric to loop over: say why instead of printing nothing.
    const problem = data.arms.length === 0 ? armsProblem([], options) : null;
    if (problem) return fail(`cannot analyse ${path}: ${english(problem)}${skippedRows(summary)}`);
    let results;
    try {
      results = [...byMetric(data.arms)].map(([metric, arms]) => ({ metric, ...experimentJson(analyzeExperiment(arms, options)) }));
    } catch (e) {
      return fail(`cannot analyse ${path}: ${(e as Error).message}`);
    }
    printJson(results.length > 1 ? { ...results[0], metrics: results } : results[0]);
    return 0;
  });
}
