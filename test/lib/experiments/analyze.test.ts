import { describe, expect, it } from 'vitest';
import { analyzeExperiment, armsProblem } from '../../../src/lib/experiments/analyze';
import { english } from '../../../src/lib/messages';
import { findControl } from '../../../src/lib/experiments/control';
import { holm } from '../../../src/lib/experiments/multiple';
import type { AnalyzeOptions } from '../../../src/lib/experiments/types';
import type { ArmStats } from '../../../src/lib/types';

/** armsProblem()'s sentence in English, or null. */
const validateArms = (arms: readonly ArmStats[], options?: AnalyzeOptions) => {
  const problem = armsProblem(arms, options);
  return problem && english(problem);
};
import { mulberry32, intBetween } from '../../../src/lib/util/random';
import { expectPrinted, expectRel } from './close';

const AB: ArmStats[] = [{ variant: 'A', users: 1030, conversions: 206 }, { variant: 'B', users: 1030, conversions: 258 }];

/** Every number in a nested value, to check none is NaN. */
function numbers(x: unknown): number[] {
  if (typeof x === 'number') return [x];
  if (Array.isArray(x)) return x.flatMap(numbers);
  if (x && typeof x === 'object') return Object.values(x).flatMap(numbers);
  return [];
}

describe('findControl', () => {
  const cases = [
    { names: ['B', 'A'], wanted: undefined, control: 1 }, { names: ['Variant', 'Control'], wanted: undefined, control: 1 },
    { names: ['uusi', 'Kontrolli'], wanted: undefined, control: 1 }, { names: ['new', ' Original '], wanted: undefined, control: 1 },
    { names: ['v1', 'BASELINE'], wanted: undefined, control: 1 }, { names: ['v1', 'v2'], wanted: undefined, control: 0 },
    { names: ['Control', 'v2'], wanted: 'V2', control: 1 },
  ];
  it.each(cases)('picks arm $control of $names (wanted: $wanted)', ({ names, wanted, control }) => {
    expect(findControl(names, wanted)).toBe(control);
  });

  it('throws when the wanted control is not an arm', () => expect(() => findControl(['a', 'b'], 'c')).toThrow(/no variant named "c"/));
});

describe('analyzeExperiment', () => {
  const r = analyzeExperiment(AB);
  const [c] = r.comparisons;

  it('compares each non-control arm with the control: z-test p = 0.0060956 and P(B > A) = 0.996947', () => {
    expect([r.control, c.variant, c.control]).toEqual(['A', 'B', 'A']);
    expectRel(c.pValue, 0.0060956, 1e-5);
    expectRel(c.probBeatControl, 0.996947, 1e-6);
    expect([c.pValueHolm, c.pValueAdjusted, c.significant, c.enoughData, c.bayesMethod]).toEqual([c.pValue, c.pValue, true, true, 'exact']);
    expectRel(r.variants[1].probBest, 0.996947, 1e-6);
  });

  it('writes a verdict in plain words that names each method', () => {
    expect(english(c.verdict)).toBe('B converts 25% better than A (95% CI +5.0% to +45%, z-test p = 0.006); 99.7% chance that B is better (Bayesian).');
  });

  it('does not call a winner below 100 users and 25 conversions per arm', () => {
    const small = analyzeExperiment([{ variant: 'A', users: 28, conversions: 14 }, { variant: 'B', users: 30, conversions: 16 }]);
    expect(small.comparisons[0].enoughData).toBe(false);
    expect(english(small.comparisons[0].verdict)).toMatch(/^Too early to call: each arm needs at least 100 users and 25 conversions .*B has 30 users/);
  });

  it('says "no clear winner" when the difference is not significant, naming a loss as "worse"', () => {
    const flat = analyzeExperiment([{ variant: 'A', users: 2000, conversions: 400 }, { variant: 'B', users: 2000, conversions: 390 }]);
    expect(english(flat.comparisons[0].verdict)).toBe('No clear winner yet: B converts 2.5% worse than A (95% CI -15% to +9.7%, z-test p = 0.69); 34.6% chance that B is better (Bayesian).');
  });

  it('adjusts p-values over several arms (Holm by default, BH on request) and warns about SRM in plain words', () => {
    const arms: ArmStats[] = [
      { variant: 'Control', users: 6000, conversions: 600 }, { variant: 'B', users: 5000, conversions: 560 }, { variant: 'C', users: 6100, conversions: 640 },
    ];
    const three = analyzeExperiment(arms);
    expect(three.comparisons.map((x) => x.pValueHolm)).toEqual(holm(three.comparisons.map((x) => x.pValue)));
    expect(english(three.comparisons[0].verdict)).toMatch(/Holm-adjusted p = /);
    expect(three.srm.flagged).toBe(true);
    expect(three.srm.warning && english(three.srm.warning)).toMatch(/^Sample ratio mismatch \(SRM\): the split of users between variants is not what was planned \(planned 33\.3% \/ 33\.3% \/ 33\.3%, observed Control 35\.1%, B 29\.2%, C 35\.7%; chi-square p < 0\.001\)\. This usually means a bug in assignment or tracking; do not trust the results until it is explained\.$/);
    expect(analyzeExperiment(arms, { weights: [6, 5, 6.1] }).srm.flagged).toBe(false);
    const bh = analyzeExperiment(arms, { correction: 'bh' });
    expect(bh.comparisons.map((x) => x.pValueAdjusted)).toEqual(bh.comparisons.map((x) => x.pValueBh));
  });

  it('compares revenue per user with Welch when every arm has sums and sums of squares (GrowthBook vector)', () => {
    const rev = analyzeExperiment([
      { variant: 'A', users: 3407, conversions: 300, revenue: 1396.87, revenueSquares: 52377.9767 },
      { variant: 'B', users: 3461, conversions: 320, revenue: 2422.7, revenueSquares: 134698.29 },
    ]);
    const w = rev.comparisons[0].revenue;
    expectPrinted(w?.pValue, '0.02016');
    expectPrinted(w?.absCi[0], '0.04538');
    expectPrinted(w?.relCi?.[1], '1.44989');
    expectRel(rev.variants[0].revenueMean, 0.41, 1e-12);
  });

  it('adds CUPED when every arm has pre-period sums', () => {
    const arm = (variant: string, shift: number): ArmStats => ({
      variant, users: 4, conversions: 2, revenue: 10 + shift, revenueSquares: 30 + 5 * shift, pre: 8, preSquares: 20, preRevenue: 24 + 2 * shift,
    });
    const cu = analyzeExperiment([arm('A', 0), arm('B', 1)]).comparisons[0].cuped;
    expect(cu).toBeDefined();
    expect(numbers(cu).some(Number.isNaN)).toBe(false);
  });

  it('never returns NaN for valid random inputs and never mutates them', () => {
    const rng = mulberry32(7);
    for (let k = 0; k < 30; k++) {
      const arms = Array.from({ length: intBetween(rng, 2, 4) }, (_, i) => {
        const users = intBetween(rng, 1, 3000);
        return Object.freeze({ variant: `v${i}`, users, conversions: intBetween(rng, 0, users) });
      });
      const before = JSON.stringify(arms);
      const out = analyzeExperiment(arms);
      expect(numbers(out).filter(Number.isNaN)).toEqual([]);
      expect(JSON.stringify(arms)).toBe(before);
    }
  });

  const invalid = [
    { arms: AB.slice(0, 1), options: {}, message: /at least 2 variants/ },
    { arms: [AB[0], { ...AB[1], variant: 'a' }], options: {}, message: /appears twice/ },
    { arms: [AB[0], { ...AB[1], conversions: 2000 }], options: {}, message: /B: conversions must be a whole number from 0 to users/ },
    { arms: AB, options: { weights: [1] }, message: /1 weights for 2 variants/ },
    { arms: AB, options: { alpha: 0 }, message: /alpha/ },
    { arms: AB, options: { control: 'Z' }, message: /no variant named "Z"/ },
  ];
  it.each(invalid)('throws an Error saying what is wrong: $message', ({ arms, options, message }) => {
    expect(validateArms(arms, options)).toMatch(message);
    expect(() => analyzeExperiment(arms, options)).toThrow(message);
  });
});
