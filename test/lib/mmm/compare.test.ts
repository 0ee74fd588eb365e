// The mix model's budget beside the attribution-based one: directions per channel and whether they agree.
import { describe, expect, it } from 'vitest';
import { directionOf, sideBySide } from '../../../src/lib/mmm/compare';
import { channelKey } from '../../../src/lib/attribution/cost';
import type { MmmAllocation } from '../../../src/lib/mmm/allocate';

const ch = (name: string, currentWeekly: number, recommendedWeekly: number, split: MmmAllocation['channels'][number]['split'] = []) =>
  ({ name, currentWeekly, recommendedWeekly, split }) as unknown as MmmAllocation['channels'][number];

describe('sideBySide()', () => {
  it('matches channels by name whatever the case and punctuation, and says where the two agree', () => {
    const rows = sideBySide({ channels: [ch('LinkedIn Ads', 100, 150), ch('Google Ads', 200, 100), ch('Email', 50, 51), ch('TV', 10, 20)] }, [
      { name: 'linkedin_ads', currentSpend: 1000, recommendedSpend: 1300 },
      { name: 'GOOGLE-ADS', currentSpend: 1000, recommendedSpend: 1200 },
      { name: 'email', currentSpend: 400, recommendedSpend: 390 },
    ]);
    expect(rows).toEqual([
      { channel: 'LinkedIn Ads', mmmChange: 0.5, mmm: 'up', attributionChange: expect.closeTo(0.3, 12), attribution: 'up', agree: true },
      { channel: 'Google Ads', mmmChange: -0.5, mmm: 'down', attributionChange: expect.closeTo(0.2, 12), attribution: 'up', agree: false },
      { channel: 'Email', mmmChange: expect.closeTo(0.02, 12), mmm: 'hold', attributionChange: expect.closeTo(-0.025, 12), attribution: 'hold', agree: true },
      { channel: 'TV', mmmChange: 1, mmm: 'up', attributionChange: null, attribution: null, agree: null },
    ]);
  });

  it('gives a group\'s members their own rows, and nothing when no channel matches', () => {
    const group = ch('a + b', 30, 15, [{ name: 'a', currentWeekly: 10, recommendedWeekly: 5 }, { name: 'b', currentWeekly: 20, recommendedWeekly: 10 }]);
    expect(sideBySide({ channels: [group] }, [{ name: 'B', currentSpend: 5, recommendedSpend: 2 }]).map((r) => [r.channel, r.mmm, r.attribution, r.agree]))
      .toEqual([['a', 'down', null, null], ['b', 'down', 'down', true]]);
    expect(sideBySide({ channels: [group] }, [{ name: 'c', currentSpend: 5, recommendedSpend: 2 }])).toEqual([]);
  });

  it('keys names as spend is matched to credit (letters and digits, accents dropped), and calls a move within the tolerance "hold"', () => {
    expect(channelKey(' Trade-show 2025 ')).toBe('tradeshow2025');
    expect(channelKey('Ääni_mainos')).toBe('aanimainos');
    expect([directionOf(0.06, 0.05), directionOf(-0.05, 0.05), directionOf(-0.051, 0.05)]).toEqual(['up', 'hold', 'down']);
  });
});
