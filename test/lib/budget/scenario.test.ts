import { describe, expect, it } from 'vitest';
import { solveScenario } from '../../../src/lib/budget/scenario';
import { validateScenario } from '../../../src/lib/budget/validate';
import type { Scenario } from '../../../src/lib/budget/types';
import { english } from '../../../src/lib/messages';
import { engineText } from '../../../src/ui/i18n/engine/text';
import { hill, marginal } from '../../../src/lib/budget/response';

const example = (): Scenario => ({
  mode: 'max_response',
  totalBudget: 20000,
  channels: [
    { name: 'LinkedIn Ads', currentSpend: 10000, curve: { beta: 200000, alpha: 1, gamma: 15000 } },
    { name: 'Google Ads', currentSpend: 10000, curve: { beta: 150000, alpha: 1, gamma: 25000 } },
  ],
});

describe('solveScenario()', () => {
  it('prints the issue\'s output contract, here for the FORMULAS.md worked example', () => {
    const out = solveScenario(example());
    expect(Object.keys(out)).toEqual(['status', 'lambda', 'totalBudget', 'allocated', 'unallocated', 'currentResponse',
      'recommendedResponse', 'channels', 'warnings']);
    expect(Object.keys(out.channels[0])).toEqual(['name', 'currentSpend', 'recommendedSpend', 'currentResponse',
      'recommendedResponse', 'currentRoi', 'recommendedRoi', 'currentMroi', 'recommendedMroi', 'bound']);
    expect(out).toMatchObject({ status: 'ok', totalBudget: 20000, unallocated: 0 });
    expect(out.lambda).toBeCloseTo(3.73839, 5);
    expect(out.channels[0].recommendedSpend).toBeCloseTo(13328.16, 2);
    expect(out.channels[1].recommendedSpend).toBeCloseTo(6671.84, 2);
    const c = out.channels[0], curve = example().channels[0].curve;
    expect(c.currentResponse).toBe(hill(curve, 10000));
    expect(c.currentRoi).toBe(hill(curve, 10000) / 10000);
    expect(c.currentMroi).toBe(marginal(curve, 10000));
    expect(c.recommendedMroi! / out.lambda!).toBeCloseTo(1, 9);
    expect(out.recommendedResponse).toBeGreaterThan(out.currentResponse);
    expect(out.channels.map((ch) => ch.bound)).toEqual(['interior', 'interior']);
  });

  it('defaults the budget to the current total and reads bounds as ratios of current spend', () => {
    const s = example();
    delete s.totalBudget;
    s.channels[0].maxRatio = 1.2;
    s.channels[1].minRatio = 0.8;
    const out = solveScenario(s);
    expect(out.totalBudget).toBe(20000);
    expect(out.channels.map((c) => [c.recommendedSpend, c.bound])).toEqual([[12000, 'upper'], [8000, 'lower']]);
  });

  it('prefers absolute bounds and reports infeasible and unallocated budgets with a warning', () => {
    const s = example();
    s.channels[0].min = 15000;
    s.channels[1].min = 9000;
    expect(solveScenario(s)).toMatchObject({ status: 'infeasible', lambda: null });
    const t = example();
    t.channels.forEach((c) => (c.max = 5000));
    const out = solveScenario(t);
    expect(out).toMatchObject({ status: 'unallocated', allocated: 10000, unallocated: 10000 });
    expect(english(out.warnings[0])).toMatch(/^Unallocated/);
  });

  it('solves target marginal ROI and target ROAS scenarios', () => {
    const m = solveScenario({ ...example(), mode: 'target_mroi', targetMroi: 2, totalBudget: undefined });
    expect(m.lambda).toBe(2);
    expect(m.totalBudget).toBeCloseTo(m.allocated, 9);
    for (const c of m.channels) expect(c.recommendedMroi).toBeCloseTo(2, 9);
    const r = solveScenario({ ...example(), mode: 'target_roas', targetRoas: 4, totalBudget: undefined });
    expect(r.recommendedResponse / r.allocated).toBeCloseTo(4, 6);
    expect(r.status).toBe('ok');
  });

  it('warns when a target needs more than the total budget', () => {
    const m = solveScenario({ ...example(), mode: 'target_mroi', targetMroi: 1 });
    expect(m.allocated).toBeGreaterThan(20000);
    expect(english(m.warnings.at(-1)!)).toMatch(/^The target needs .* more than the total budget of 20,000.00/);
  });

  it('does not mutate the scenario', () => {
    const s = example();
    const before = JSON.stringify(s);
    solveScenario(s);
    expect(JSON.stringify(s)).toBe(before);
  });
});

describe('validateScenario()', () => {
  it('accepts a valid scenario and returns a copy', () => {
    const s = example();
    const check = validateScenario(s);
    expect(check).toEqual({ ok: true, scenario: s });
    if (check.ok) expect(check.scenario).not.toBe(s);
  });

  it('returns every problem as a sentence naming the field', () => {
    const check = validateScenario({
      mode: 'target_mroi', totalBudget: -5, budget: 1,
      channels: [
        { name: 'A', currentSpend: 100, curve: { beta: 10, alpha: -1, gamma: 5 }, min: 10, minRatio: 0.5 },
        { currentSpend: '100', curve: { beta: 10, alpha: 1, gamma: 5, shape: 2 }, min: 90, max: 20 },
        { name: 'A', currentSpend: 5, curve: null },
      ],
    });
    expect(check.ok).toBe(false);
    if (!check.ok) {
      expect(check.problems.map(english)).toEqual([
        'budget is not a scenario field (allowed: mode, totalBudget, targetMroi, targetRoas, channels)',
        'totalBudget must be at least 0, not -5',
        'targetMroi is missing: it must be a number',
        'channels[0].curve.alpha must be above 0, not -1',
        'channels[0].min and channels[0].minRatio are both given; give one',
        'channels[1].name must be a non-empty text, not undefined',
        'channels[1].currentSpend must be a finite number, not "100"',
        'channels[1].curve.shape is not a scenario field (allowed: beta, alpha, gamma, carryover)',
        'channels[1].min (90) is above channels[1].max (20)',
        'channels[2].name "A" appears twice; channel names must be unique',
        'channels[2].curve must be an object {beta, alpha, gamma, carryover?}, not null',
      ]);
    }
  });

  it('refuses a non-object and an empty channel list', () => {
    const problems = (input: unknown) => {
      const c = validateScenario(input);
      return c.ok ? [] : c.problems.map(english);
    };
    expect(problems([])).toEqual(['the scenario must be a JSON object, not []']);
    expect(problems({ mode: 'max_response', channels: [] })).toEqual(['channels must be a non-empty array of channels, not []']);
    expect(problems({ mode: 'fastest', channels: [{ name: 'x', currentSpend: 1, curve: { beta: 1, alpha: 1, gamma: 1 } }] }))
      .toEqual(['mode must be one of max_response, target_mroi, target_roas, not "fastest"']);
  });

  it('says each problem in Finnish too, naming the same JSON fields', () => {
    const c = validateScenario({ mode: 'max_response', budget: 1, channels: [{ name: 'A', currentSpend: 5, curve: { beta: 1, alpha: 1, gamma: 1 }, min: 9, max: 2 }] });
    expect(c.ok ? [] : c.problems.map((m) => engineText(m, 'fi'))).toEqual([
      'budget ei ole skenaarion kenttä (sallitut: mode, totalBudget, targetMroi, targetRoas, channels)',
      'channels[0].min (9) on suurempi kuin channels[0].max (2)',
    ]);
  });
});
