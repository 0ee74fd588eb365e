// Every chart finding reads in Finnish: no English word left, Finnish numbers (decimal comma, space before %).
import { describe, expect, it } from 'vitest';
import { english, msg, MESSAGE_KEYS, type Msg } from '../../src/lib/messages';
import { engineText } from '../../src/ui/i18n/engine/text';

const FINDINGS: Msg[] = [
  msg('budget.findingMove', { amount: 1500, currency: 'EUR', from: 'Display', to: 'Search', mostly: true, gain: 12.5, share: 0.042, kpi: 'conversions' }),
  msg('budget.findingSpend', { change: -800, currency: 'EUR', gain: -3, share: -0.01, kpi: 'value' }),
  msg('budget.findingSaturation', { channel: 'Search', reached: 0.78 }),
  msg('budget.findingSaturationEven', { reached: 0.5, channels: 5 }),
  msg('budget.findingMarginal', { best: 'Search', worst: 'Display', bestReturn: 12.5, worstReturn: 2.5, per: 1000, currency: 'EUR', kpi: 'conversions' }),
  msg('experiment.findingWinner', { variant: 'B', control: 'A', lift: 0.125, chance: 0.987 }),
  msg('experiment.findingLoser', { variant: 'B', control: 'A', lift: -0.08, chance: 0.99 }),
  msg('experiment.findingNoLift', { variants: ['B', 'C'], control: 'A' }),
  msg('experiment.findingOpen', { variant: 'B', control: 'A', lift: 0.032, chance: 0.71, more: 12345 }),
  msg('experiment.findingBest', { variant: 'B', chance: 0.9 }),
  msg('mmm.findingFit', { r2: 0.873, mape: 0.062, holdout: { mape: 0.081, weeks: 8 } }),
  msg('mmm.findingContribution', { channel: 'TV', share: 0.3, roi: 2.5, interval: { low: 1.5, high: 3.25 } }),
  msg('mmm.findingRoi', { best: 'Search', bestRoi: 4, interval: null, worst: 'Social', worstRoi: 0.5 }),
  msg('mmm.findingDecomposition', { media: 0.35 }),
  msg('mmm.findingMove', { channel: 'TV', from: 1000, to: 1500.5, gain: 30.5 }),
  msg('mmm.findingStay', { channel: 'TV', weekly: 1000, held: true }),
  msg('attribution.findingRemoval', { channel: 'Search', share: 0.345 }),
  msg('attribution.findingLengths', { multi: 0.75, fewest: 1 }),
  msg('attribution.findingLengths', { multi: 1, fewest: 5 }),
  msg('attribution.findingTime', { days: 12.5 }),
  msg('attribution.findingTransition', { channel: 'Search', p: 0.23 }),
  msg('budget.findingFit', { channel: 'Search', r2: 0.12, used: false, min: 0.25 }),
  msg('kpi.findingFunnel', { from: 'lead', to: 'mql', rate: 0.234, lost: 1200 }),
  msg('kpi.findingCycle', { median: 42.5, p90: 120, count: 80, sales: true }),
  msg('kpi.findingCycle', { median: 12, p90: 30.5, count: 5, sales: false }),
];
const ENGLISH = /(?<![\p{L}\d])(the|and|than|with|is|of|to|in|from|by|its|more|less|chance|better|worse|users|spend|share|week|outcome|most|least|add|lose)(?![\p{L}\d])/giu;

describe('chart findings in Finnish', () => {
  it('covers every finding key', () => {
    const keys = MESSAGE_KEYS.filter((k) => /\.finding[A-Z]/.test(k));
    expect([...new Set(FINDINGS.map((m) => m.key))].sort()).toEqual(keys.sort());
  });

  it.each(FINDINGS.map((m) => [m.key, m] as const))('%s says it in Finnish, with Finnish numbers', (_, m) => {
    const fi = engineText(m, 'fi');
    const names = /Search|Display|Social|TV|\bA\b|\bB\b|\bC\b/g;
    expect([...fi.replace(names, '').matchAll(ENGLISH)].map((x) => x[0]), fi).toEqual([]);
    expect(fi).not.toBe(english(m));
    expect(fi).not.toMatch(/\d\.\d|\d%/);
  });
});
