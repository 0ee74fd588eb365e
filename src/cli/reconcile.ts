// `mittari reconcile PLATFORM TOUCHPOINTS`: the conversions an ad platform's report claims per channel (or campaign)
// against the touchpoint log's last-touch credit over the days both files cover, as JSON.
import { english } from '../lib/messages';
import { reconcile } from '../lib/quality/reconcile';
import { parseCommand } from './args';
import { fail, guard, loadFile, printJson } from './io';
import { USAGE } from './usage';

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Runs `reconcile` with the arguments after the command name; returns the exit code. */
export function reconcileCommand(argv: readonly string[]): Promise<number> {
  return guard(async () => {
    const { positionals } = parseCommand(argv, { values: {}, hint: { unknown: ` (${USAGE.reconcile})`, missing: ` (${USAGE.reconcile})` } });
    if (positionals.length !== 2) return fail(USAGE.reconcile);
    const [platformPath, logPath] = positionals;
    const [platform, log] = await Promise.all([loadFile(platformPath, {}, true), loadFile(logPath, {}, true)]);
    if (typeof platform === 'string') return fail(platform);
    if (typeof log === 'string') return fail(log);
    if (platform.data.kind !== 'spend') return fail(`${platformPath}: it holds ${platform.summary.kind} data, not an ad platform's report (spend with conversions)`);
    if (log.data.kind !== 'touchpoints') return fail(`${logPath}: it holds ${log.summary.kind} data, not a touchpoint log`);
    const out = reconcile({ platformFile: platformPath, rows: platform.data.rows, logFile: logPath, journeys: log.data.journeys });
    if (!out.ok) return fail(english(out.reason));
    printJson({
      platform: out.platformFile, log: out.logFile, model: out.model, from: day(out.range[0]), to: day(out.range[1]),
      rows: out.rows, total: out.total, platformRowsOutside: out.rowsOutside, summary: english(out.sentence),
    });
    return 0;
  });
}
