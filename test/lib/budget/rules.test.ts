import { describe, expect, it } from 'vitest';
import { applyRules, type RuleChannel } from '../../../src/lib/budget/rules';

const channels: RuleChannel[] = [
  { name: 'Google Ads', spend: 1000, conversions: 20, value: 9000 },
  { name: 'LinkedIn Ads', spend: 3000, conversions: 15, value: 6000 },
  { name: 'Email', spend: 200, conversions: 0, value: 0 },
  { name: 'Direct', spend: 0, conversions: 30, value: 12000 },
];

describe('applyRules()', () => {
  it('raises channels whose CPA beats the threshold by x% and cuts those that miss it by y%', () => {
    const r = applyRules(channels, { metric: 'cpa', threshold: 100, increase: 0.25, decrease: 0.1 });
    expect(r.moves.map((m) => [m.name, m.verdict, m.newSpend])).toEqual([
      ['Google Ads', 'beats', 1250], ['LinkedIn Ads', 'misses', 2700], ['Email', 'misses', 180], ['Direct', 'no spend', 0],
    ]);
    expect(r.moves[0].metric).toBe(50);
    expect(r.moves[2].metric).toBe(Infinity);
    expect([r.total, r.newTotal]).toEqual([4200, 4130]);
  });

  it('pauses the channels that miss when asked', () => {
    const r = applyRules(channels, { threshold: 100, pause: true });
    expect(r.moves.map((m) => m.newSpend)).toEqual([1200, 0, 0, 0]);
  });

  it('judges ROAS the other way round: higher is better', () => {
    const r = applyRules(channels, { metric: 'roas', threshold: 3 });
    expect(r.moves.map((m) => m.verdict)).toEqual(['beats', 'misses', 'misses', 'no spend']);
    expect(r.moves[0].metric).toBe(9);
  });

  it('uses the blended figure of the paid channels when no threshold is given', () => {
    const r = applyRules(channels, { metric: 'cpa' });
    expect(r.threshold).toBe(4200 / 35);
    expect(r.moves[0].verdict).toBe('beats');
  });

  it('counts a tie as beating the threshold', () => {
    expect(applyRules(channels, { threshold: 50 }).moves[0].verdict).toBe('beats');
  });

  it('does not mutate its input', () => {
    const before = JSON.stringify(channels);
    applyRules(Object.freeze(channels.map((c) => Object.freeze(c))), { pause: true });
    expect(JSON.stringify(channels)).toBe(before);
  });
});
