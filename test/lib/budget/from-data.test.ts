import { describe, expect, it } from 'vitest';
import type { AttributionResult } from '../../../src/lib/attribution/attribute';
import { defaultAttributionOptions } from '../../../src/lib/attribution/types';
import type { SpendRow } from '../../../src/lib/types';
import { scenarioFromData, spendTotals } from '../../../src/lib/budget/from-data';
import { robustInputFromData } from '../../../src/lib/budget/robust-data';
import { elasticity, hill } from '../../../src/lib/budget/response';
import { english } from '../../../src/lib/messages';

const rows: SpendRow[] = [
  { channel: 'LinkedIn Ads', period: '2025-W01', spend: 1000 },
  { channel: 'linkedin-ads', period: '2025-W02', spend: 500 },
  { channel: 'Google Ads', period: '2025-W01', spend: 800 },
  { channel: 'Email', period: '2025-W01', spend: 100 },
  { channel: 'TV', period: '2025-W02', spend: 3000 },
];

const attribution: AttributionResult = {
  journeys: 100, conversions: 40, conversionValue: 80000, unattributed: 0,
  channels: ['LinkedIn Ads', 'Google Ads', 'Email', 'Direct'],
  models: {
    markov: { conversions: [12, 18, 0, 10], value: [30000, 20000, 0, 30000] },
    linear: { conversions: [20, 10, 4, 6], value: [40000, 15000, 5000, 20000] },
  },
  markov: null, unavailable: { shapley: { key: 'attribution.markovNoTouches', params: {} } }, notes: [], options: { ...defaultAttributionOptions },
};

describe('scenarioFromData()', () => {
  it('gives each channel with spend and credit a one-point curve through (spend, credit), bounded +-30%', () => {
    const r = scenarioFromData(rows, attribution, { model: 'markov' });
    if (!r.ok) throw new Error(english(r.reason));
    expect(r.scenario.mode).toBe('max_response');
    expect(r.scenario.totalBudget).toBe(2300);
    expect(r.scenario.channels.map((c) => [c.name, c.currentSpend, c.minRatio, c.maxRatio])).toEqual([
      ['LinkedIn Ads', 1500, 0.7, 1.3], ['Google Ads', 800, 0.7, 1.3],
    ]);
    const li = r.scenario.channels[0].curve;
    expect(hill(li, 1500)).toBeCloseTo(12, 9);
    expect(elasticity(li, 1500)).toBeCloseTo(0.5, 9);
  });

  it('lists the channels it leaves out, with the reason', () => {
    const r = scenarioFromData(rows, attribution, { model: 'markov' });
    if (!r.ok) throw new Error(english(r.reason));
    expect(r.excluded.map((e) => [e.name, english(e.reason)])).toEqual([
      ['Email', 'spend 100.00 but no credited conversions in the markov model: no curve can be drawn; its spend stays as it is, outside the budget'],
      ['Direct', 'credited 10 conversions but has no spend: nothing to reallocate'],
      ['TV', 'spend 3,000.00 but no attribution channel of this name: its spend stays as it is, outside the budget'],
    ]);
    expect(english(r.notes[0])).toBe('Spend covers 2 periods (2025-W01 to 2025-W02); curves, spends and responses are totals over them.');
    expect(english(r.notes[1])).toMatch(/not incrementality/);
  });

  it('uses value, the total, the bounds and the elasticity it is given', () => {
    const r = scenarioFromData(rows, attribution, { model: 'linear', kpi: 'value', total: 5000, bounds: [0.5, 2], elasticity: 0.3 });
    if (!r.ok) throw new Error(english(r.reason));
    expect(r.scenario.totalBudget).toBe(5000);
    const email = r.scenario.channels.find((c) => c.name === 'Email')!;
    expect(hill(email.curve, 100)).toBeCloseTo(5000, 6);
    expect(elasticity(email.curve, 100)).toBeCloseTo(0.3, 9);
    expect([email.minRatio, email.maxRatio]).toEqual([0.5, 2]);
  });

  it('refuses a model the attribution did not compute, saying why', () => {
    const reason = (r: ReturnType<typeof scenarioFromData>) => (r.ok ? null : english(r.reason));
    expect(reason(scenarioFromData(rows, attribution, { model: 'shapley' }))).toBe('the shapley model does not apply to this data: No journey has a touch, so there are no paths for the Markov model.');
    expect(reason(scenarioFromData(rows, attribution, { model: 'first' }))).toBe('the first model was not computed');
  });

  it('does not mutate its inputs', () => {
    const before = JSON.stringify([rows, attribution]);
    scenarioFromData(rows, attribution, { model: 'linear' });
    robustInputFromData(rows, attribution);
    expect(JSON.stringify([rows, attribution])).toBe(before);
  });

  it('spendTotals() sums spend per channel name as written', () => {
    expect(spendTotals(rows)).toEqual([
      { name: 'LinkedIn Ads', spend: 1000 }, { name: 'linkedin-ads', spend: 500 }, { name: 'Google Ads', spend: 800 },
      { name: 'Email', spend: 100 }, { name: 'TV', spend: 3000 },
    ]);
  });
});

describe('robustInputFromData()', () => {
  it('aligns the channels across models and gives a flat curve where a model credits a channel nothing', () => {
    const r = robustInputFromData(rows, attribution);
    if (!r.ok) throw new Error(JSON.stringify(r.skipped));
    expect(r.models.map((m) => m.model)).toEqual(['markov', 'linear']);
    expect(r.channels.map((c) => [c.name, c.currentSpend, c.min, c.max])).toEqual([
      ['LinkedIn Ads', 1500, 1050, 1950], ['Google Ads', 800, 560, 1040], ['Email', 100, 70, 130],
    ]);
    expect(r.models[0].curves[2].beta).toBe(0);
    expect(r.budget).toBe(2400);
    expect(Object.keys(r.excluded)).toEqual(['markov', 'linear']);
  });
});
