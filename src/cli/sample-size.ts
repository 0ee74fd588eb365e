// `mittari sample-size`: users per arm for a planned test, by Evan Miller's and by the pooled formula, as JSON.
import { daysNeeded, sampleSize } from '../lib/experiments/power';
import { above, between, nonZero, numberIn, parseCommand, UsageError } from './args';
import { guard, printJson } from './io';
import { english } from '../lib/messages';
import { USAGE } from './usage';

const READERS = {
  baseline: numberIn(between(0, 1)),
  mde: numberIn(nonZero),
  alpha: numberIn(between(0, 1)),
  power: numberIn(between(0, 1)),
  'daily-users': numberIn(above(0)),
};

/** Runs `sample-size` with the arguments after the command name; returns the exit code. */
export function sampleSizeCommand(argv: readonly string[]): number {
  return guard(() => {
    const { values: v, switches, positionals } = parseCommand(argv, { values: READERS, switches: ['relative'] });
    if (positionals.length > 0 || v.baseline === undefined || v.mde === undefined) throw new UsageError(USAGE.sampleSize);
    const { baseline, mde, alpha, power, 'daily-users': daily } = v;
    const out = rangeIsUsage(() => {
      const plan = sampleSize({ baseline, mde, relative: switches.has('relative'), alpha, power });
      const shown = { ...plan, why: english(plan.why) };
      return daily === undefined ? shown : { ...shown, days: daysNeeded(plan.evanMiller, 2, daily) };
    });
    printJson(out);
    return 0;
  });
}

/** The engine refuses an impossible plan (a baseline plus effect outside 0..1) with a RangeError: bad usage here. */
function rangeIsUsage<T>(run: () => T): T {
  try {
    return run();
  } catch (e) {
    if (e instanceof RangeError) throw new UsageError(e.message);
    throw e;
  }
}
