import { describe, expect, it } from 'vitest';
import { loadBytes } from '../../../src/lib/ingest/load';
import { generateExample } from '../../../src/lib/example/generate';
import { attribute } from '../../../src/lib/attribution/attribute';
import { budgetView } from '../../../src/lib/budget/view';
import { validateScenario } from '../../../src/lib/budget/validate';
import { english } from '../../../src/lib/messages';

async function example() {
  const ex = generateExample();
  const spend = await loadBytes('spend.csv', new TextEncoder().encode(ex.spend));
  const touch = await loadBytes('touchpoints.csv', new TextEncoder().encode(ex.touchpoints));
  if (!spend.ok || spend.dataset.data.kind !== 'spend' || !touch.ok || touch.dataset.data.kind !== 'touchpoints') throw new Error('example did not load');
  return { rows: spend.dataset.data.rows, set: touch.dataset.data.journeys };
}

describe('budgetView()', () => {
  it('fits curves to the channels\' own weeks, keeps locked channels where they are, and still spends the budget', async () => {
    const { rows, set } = await example();
    const attribution = attribute(set, 'touchpoints');
    const out = budgetView(rows, attribution, { model: 'linear', locked: ['Email'] }, { set, source: 'touchpoints' });
    if (!out.ok) throw new Error(english(out.reason));
    const v = out.view;
    expect(v.fits.length).toBeGreaterThan(0);
    for (const f of v.fits) {
      expect(f.weeks).toBeGreaterThanOrEqual(12);
      expect(f.r2).toBeLessThanOrEqual(1);
    }
    // A fit replaces the one-point curve only where it explains the weeks (R² >= 0.25), and the notes say which.
    for (const f of v.fits) expect(f.used).toBe(f.r2 >= 0.25);
    expect(v.notes.map(english).some((n: string) => n.includes('follow their own weeks') || n.includes('no clear link to their spend'))).toBe(true);
    const email = v.result.channels.find((c) => c.name === 'Email');
    expect(email?.recommendedSpend).toBeCloseTo(email?.currentSpend ?? NaN, 6);
    const total = v.result.channels.reduce((a, c) => a + c.recommendedSpend, 0);
    expect(total).toBeCloseTo(v.result.totalBudget, 4);
    // The scenario, as the view saves it, is one the solver accepts again.
    expect(validateScenario(JSON.parse(JSON.stringify(v.scenario))).ok).toBe(true);
    // The recommendation is at least as good as today's allocation under the curves it optimises.
    expect(v.result.recommendedResponse).toBeGreaterThanOrEqual(v.result.currentResponse - 1e-9);
  });

  it('keeps each channel within its own bounds when the user sets them', async () => {
    const { rows, set } = await example();
    const out = budgetView(rows, attribute(set, 'touchpoints'), { model: 'linear', channelBounds: { 'Trade show': [1, 1.05] } }, { set, source: 'touchpoints' });
    if (!out.ok) throw new Error(english(out.reason));
    const t = out.view.result.channels.find((c) => c.name === 'Trade show');
    expect(t && t.recommendedSpend / t.currentSpend).toBeGreaterThanOrEqual(1 - 1e-9);
    expect(t && t.recommendedSpend / t.currentSpend).toBeLessThanOrEqual(1.05 + 1e-9);
  });

  it('uses one-point curves alone when the journeys have no times', async () => {
    const { rows, set } = await example();
    const untimed = { ...set, timed: false };
    const out = budgetView(rows, attribute(untimed, 'touchpoints'), {}, { set: untimed, source: 'touchpoints' });
    expect(out.ok && out.view.fits).toEqual([]);
  });
});
