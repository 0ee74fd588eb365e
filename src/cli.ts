// The engine from Node, printing JSON. Exit 0 on success, 2 with a one-line message on stderr for unreadable
// input or bad usage. One file per command in src/cli/; this file only picks the command.
//   inspect FILE...   how each file reads: one object for one file, an array for several
//   attribute FILE    every attribution model side by side
//   experiment FILE   an A/B/n test: frequentist and Bayesian numbers, SRM
//   sample-size       users per arm for a planned test
//   budget            reallocation from a scenario or from spend + journeys
//   kpis FILE...      marketing, sales and customer KPIs per channel and period
//   mmm FILE [OUTCOME_FILE]  a marketing-mix model and the budget from its curves
//   sql [TEMPLATE]    the warehouse SQL templates: the list, or one template's SQL
import { inspectCommand } from './cli/inspect';
import { attributeCommand } from './cli/attribute';
import { experimentCommand } from './cli/experiment';
import { sampleSizeCommand } from './cli/sample-size';
import { budgetCommand } from './cli/budget';
import { kpisCommand } from './cli/kpis';
import { sqlCommand } from './cli/sql';
import { mmmCommand } from './cli/mmm';
import { printUsage } from './cli/usage';

const COMMANDS = new Map<string, (argv: readonly string[]) => number | Promise<number>>([
  ['inspect', inspectCommand],
  ['attribute', attributeCommand],
  ['experiment', experimentCommand],
  ['sample-size', sampleSizeCommand],
  ['budget', budgetCommand],
  ['kpis', kpisCommand],
  ['mmm', mmmCommand],
  ['sql', sqlCommand],
]);

async function main([name, ...argv]: readonly string[]): Promise<number> {
  const command = name === undefined ? undefined : COMMANDS.get(name);
  return command ? command(argv) : printUsage();
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
