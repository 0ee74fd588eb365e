// The command line's one entry and its one top-level catch: any error a command did not expect becomes exit 2 and
// one line on stderr; `--debug` (anywhere in the arguments) adds the stack trace below it.
import { inspectCommand } from './inspect';
import { attributeCommand } from './attribute';
import { experimentCommand } from './experiment';
import { sampleSizeCommand } from './sample-size';
import { budgetCommand } from './budget';
import { kpisCommand } from './kpis';
import { sqlCommand } from './sql';
import { mmmCommand } from './mmm';
import { reconcileCommand } from './reconcile';
import { printUsage } from './usage';
import { fail, NotFiniteError } from './io';

export type Command = (argv: readonly string[]) => number | Promise<number>;

export const COMMANDS: ReadonlyMap<string, Command> = new Map<string, Command>([
  ['inspect', inspectCommand],
  ['attribute', attributeCommand],
  ['experiment', experimentCommand],
  ['sample-size', sampleSizeCommand],
  ['budget', budgetCommand],
  ['kpis', kpisCommand],
  ['mmm', mmmCommand],
  ['reconcile', reconcileCommand],
  ['sql', sqlCommand],
]);

/** Runs the command named by the first argument; returns the exit code. Never throws. */
export async function runCli(argv: readonly string[], commands: ReadonlyMap<string, Command> = COMMANDS): Promise<number> {
  const debug = argv.includes('--debug');
  const [name, ...rest] = argv.filter((a) => a !== '--debug');
  try {
    const command = name === undefined ? undefined : commands.get(name);
    return await (command ? command(rest) : printUsage());
  } catch (e) {
    const error = e instanceof Error ? e : new Error(String(e));
    const code = fail(error instanceof NotFiniteError ? error.message
      : `unexpected error (${error.message}). This is a bug in Mittari; run the command again with --debug to see where it happened.`);
    if (debug) process.stderr.write(`${error.stack ?? error.message}\n`);
    return code;
  }
}
