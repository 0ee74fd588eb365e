// The engine from Node, printing JSON. Exit 0 on success, 2 with a one-line message on stderr for unreadable
// input, bad usage or an unexpected error (`--debug` shows its stack). One file per command in src/cli/;
// src/cli/main.ts picks the command and holds the one top-level catch.
//   inspect FILE...   how each file reads: one object for one file, an array for several
//   attribute FILE    every attribution model side by side
//   experiment FILE   an A/B/n test: frequentist and Bayesian numbers, SRM
//   sample-size       users per arm for a planned test
//   budget            reallocation from a scenario or from spend + journeys
//   kpis FILE...      marketing, sales and customer KPIs per channel and period
//   mmm FILE [OUTCOME_FILE]  a marketing-mix model and the budget from its curves
//   sql [TEMPLATE]    the warehouse SQL templates: the list, or one template's SQL
import { runCli } from './cli/main';
import { lap, stageTimes } from './lib/util/stages';

// MITTARI_TIMINGS=1: each stage's wall time on stderr at the end (the bench's breakdown); the first stage starts
// with the process (performance.now() counts from there), so it holds Node's own start and loading this module.
if (process.env.MITTARI_TIMINGS === '1') {
  lap('start: node, module load');
  process.on('exit', () => {
    lap('exit (after the JSON: workers ended, buffers flushed)');
    const times = stageTimes();
    const total = performance.now();
    process.stderr.write(`${times.map(([name, ms]) => `${(ms / 1000).toFixed(3).padStart(7)} s  ${name}`).join('\n')}\n${(total / 1000).toFixed(3).padStart(7)} s  total (process start to exit)\n`);
  });
}

// `mittari attribute big.csv | head` closes the pipe early: the reader has what it wanted, so that is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
  process.exit(0);
});

runCli(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
