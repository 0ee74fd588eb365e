// Properties of the experiment statistics: valid input never yields NaN; invalid input is refused with a message.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyzeExperiment, armsProblem } from '../../src/lib/experiments/analyze';
import { english } from '../../src/lib/messages';
import type { ArmStats } from '../../src/lib/types';

/** armsProblem()'s sentence in English, or null. */
const validateArms = (arms: readonly ArmStats[]) => {
  const problem = armsProblem(arms);
  return problem && english(problem);
};
import { sampleSize } from '../../src/lib/experiments/power';

/** Every number anywhere in a value, with its path. */
function numbers(value: unknown, path = '$'): [string, number][] {
  if (typeof value === 'number') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => numbers(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => numbers(v, `${path}.${k}`));
  return [];
}

const arm = (i: number) =>
  fc.integer({ min: 1, max: 200_000 }).chain((users) =>
    fc.record({
      variant: fc.constant(i === 0 ? 'Control' : `Variant ${i}`),
      users: fc.constant(users),
      conversions: fc.integer({ min: 0, max: users }),
    }),
  );

describe('experiment statistics on random valid tests', () => {
  it('never return NaN, for 2 to 4 arms and any counts', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 4 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => arm(i)))), (arms) => {
        expect(validateArms(arms)).toBeNull();
        const result = analyzeExperiment(arms);
        const nan = numbers(result).filter(([, v]) => Number.isNaN(v));
        expect(nan).toEqual([]);
        for (const c of result.comparisons) {
          expect(c.pValue).toBeGreaterThanOrEqual(0);
          expect(c.pValue).toBeLessThanOrEqual(1);
          expect(c.probBeatControl).toBeGreaterThanOrEqual(0);
          expect(c.probBeatControl).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 200, seed: 9 },
    );
  }, 30_000); // ~4 s alone on 2 cores (exact Bayesian sums on large arms); the default 5 s failed under load

  it('refuse impossible counts with a sentence instead of numbers', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 1, max: 1000 }), (users, extra) => {
        const bad = [{ variant: 'A', users, conversions: users + extra }, { variant: 'B', users, conversions: 0 }];
        const reason = validateArms(bad);
        expect(reason).toMatch(/\w+/);
      }),
      { numRuns: 50, seed: 1 },
    );
  });

  it('plans a finite sample size for any valid baseline and effect', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 0.9, noNaN: true }), fc.double({ min: 0.001, max: 0.09, noNaN: true }), (baseline, mde) => {
        const s = sampleSize({ baseline, mde });
        expect(Number.isFinite(s.evanMiller) && s.evanMiller > 0).toBe(true);
        expect(Number.isFinite(s.pooled) && s.pooled > 0).toBe(true);
      }),
      { numRuns: 200, seed: 2 },
    );
  });
});
