// `mittari experiment FILE`: an A/B/n test's frequentist and Bayesian numbers and its sample-ratio check, as JSON.
// A file with several metrics: the top level is the primary metric's analysis (issue 4's contract; `--metric`, else
// the first) plus `metric`, `measure` and `secondary` (every other metric against the control, p-values adjusted
// across them), and `metrics` lists the analysis of every metric in file order. Per-user files add `rows`,
// `usedRows`, `excludedUsers` and `exclusions`, and the sentence saying what was left out leads `warnings`.
import { analyzeExperiment, armsProblem } from '../lib/experiments/analyze';
import { secondaryMetrics } from '../lib/experiments/secondary';
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
  metric: text,
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
    const { metric: primary, ...options }: AnalyzeOptions & { metric?: string } = values;
    const dataset = await loadFile(path);
    if (typeof dataset === 'string') return fail(dataset);
    const { data, summary } = dataset;
    if (data.kind !== 'experiment' && data.kind !== 'experiment_users') {
      return fail(`cannot analyse ${path} as an experiment: ${summary.mappingProblem ? english(summary.mappingProblem) : `it holds ${summary.kind} data, not variants with users and conversions`}`);
    }
    // No arm at all (every row skipped) has no metric to loop over: say why instead of printing nothing.
    const problem = data.arms.length === 0 ? armsProblem([], options) : null;
    if (problem) return fail(`cannot analyse ${path}: ${english(problem)}${skippedRows(summary)}`);
    const groups = [...byMetric(data.arms)];
    const first = primary === undefined ? 0 : groups.findIndex(([m]) => m === primary);
    if (first < 0) return fail(`${path} has no metric "${primary}"; its metrics are ${groups.map(([m]) => m).join(', ')}`);
    let analyses, secondary;
    try {
      analyses = groups.map(([metric, arms]) => ({ metric, measure: arms.some((a) => a.measure === 'mean') ? 'mean' : 'rate', result: analyzeExperiment(arms, options) }));
      const { metric, result } = analyses[first];
      secondary = secondaryMetrics(data.arms, metric, result.control, result.alpha, result.correction);
    } catch (e) {
      return fail(`cannot analyse ${path}: ${(e as Error).message}`);
    }
    const results = analyses.map(({ metric, measure, result }) => ({ metric, measure, ...experimentJson(result) }));
    const top = results[first];
    const left = data.kind === 'experiment_users' && data.exclusions
      ? { rows: summary.rows, usedRows: summary.usedRows, excludedUsers: data.exclusions.usersInTwoVariants, exclusions: data.exclusions }
      : {};
    const note = summary.warnings.find((w) => w.key === 'warning.userExclusions');
    const warnings = [...(note ? [english(note)] : []), ...analyses[first].result.warnings.map(english)];
    printJson(results.length > 1 ? { ...top, warnings, ...left, secondary, metrics: results } : { ...top, warnings, ...left });
    return 0;
  });
}
