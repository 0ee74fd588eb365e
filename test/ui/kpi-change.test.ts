// A KPI's change against the previous period: points for rates and NPS, relative for the rest (cards and scorecard).
import { afterEach, describe, expect, it } from 'vitest';
import { formatChange } from '../../src/ui/kpi/format';
import { locale } from '../../src/ui/i18n/locale.svelte';

afterEach(() => { locale.lang = 'en'; });

describe('formatChange', () => {
  it('says a rate\'s change in percentage points, not relative to the rate', () => {
    // 10.9% → 8.6%: −2.3 points (relative: −21%).
    expect(formatChange('ratio', 0.086 - 0.109, 0.086 / 0.109 - 1)).toBe('−2.3 pts');
    locale.lang = 'fi';
    expect(formatChange('ratio', 0.086 - 0.109, 0.086 / 0.109 - 1)).toBe('−2,3 %-yks.');
  });

  it('says NPS in points, and counts, money and days relative', () => {
    expect(formatChange('nps', 20.7 - 42.4, -0.51)).toBe('−21.7 pts');
    expect(formatChange('count', -237, -0.79)).toBe('−79%');
    expect(formatChange('money', 98, 0.95)).toBe('+95%');
    locale.lang = 'fi';
    expect(formatChange('nps', 5, 0.2)).toBe('+5 pist.');
  });

  it('is empty without a previous period', () => {
    expect(formatChange('ratio', null, null)).toBe('');
    expect(formatChange('count', 3, null)).toBe('');
  });
});
