// `mittari inspect FILE...`: how each file reads (kind, encoding, dialect, columns, row problems, totals), as one
// JSON object for one file and an array for several. A file that cannot be read gets one line on stderr, the
// others are still printed, and the exit code is 2.
import type { LoadOptions } from '../lib/ingest/load';
import { inspectJson } from './english';
import { parseCommand } from './args';
import { fail, guard, loadFile, loadOptionReaders, printJson } from './io';
import { printUsage, SEE_USAGE } from './usage';

/** Runs `inspect` with the arguments after the command name; returns the exit code. */
export function inspectCommand(argv: readonly string[]): Promise<number> {
  return guard(async () => {
    const { values, positionals: files } = parseCommand(argv, { values: loadOptionReaders, hint: { unknown: SEE_USAGE, missing: SEE_USAGE } });
    if (files.length === 0) return printUsage();
    const { sheet, ...options }: LoadOptions & { sheet?: string } = values;
    const results: Record<string, unknown>[] = [];
    let failed = false;
    for (const path of files) {
      const dataset = await loadFile(path, options, false, sheet);
      if (typeof dataset !== 'string') results.push(inspectJson(path, dataset.summary));
      else {
        fail(dataset);
        failed = true;
      }
    }
    if (results.length > 0) printJson(files.length === 1 ? results[0] : results);
    return failed ? 2 : 0;
  });
}
