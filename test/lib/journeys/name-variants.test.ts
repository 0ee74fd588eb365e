import { describe, expect, it } from 'vitest';
import { nameKey, nameVariants } from '../../../src/lib/journeys/name-variants';

describe('nameVariants()', () => {
  it('groups the spellings the measurement guides name: case, spacing, underscores and UTM source / medium', () => {
    expect(nameVariants(['google ads', 'Google Ads', 'google_ads', 'google / cpc', 'Email', 'email', 'LinkedIn'])).toEqual([
      ['google ads', 'Google Ads', 'google_ads', 'google / cpc'], ['Email', 'email'],
    ]);
  });

  it('keeps paid and organic apart: LinkedIn Ads is not LinkedIn, google / organic is not Google Ads', () => {
    expect(nameVariants(['LinkedIn Ads', 'LinkedIn', 'google / organic', 'Google Ads', 'linkedin / paid social'])).toEqual([['LinkedIn Ads', 'linkedin / paid social']]);
    expect(nameKey('google / organic')).toBe('google');
    expect(nameKey('Paid-Search')).toBe('paid search');
  });

  it('returns no group for distinct names, and lists a name once however often it comes', () => {
    expect(nameVariants(['A', 'B', 'A', 'a'])).toEqual([['A', 'a']]);
    expect(nameVariants([])).toEqual([]);
  });
});

describe('merged names when a file is read', () => {
  const aliases = new Map([['google_ads', 'Google Ads'], ['google / cpc', 'Google Ads']]);
  const load = async (csv: string) => {
    const { loadBytes } = await import('../../../src/lib/ingest/load');
    const r = await loadBytes('f.csv', new TextEncoder().encode(csv), { aliases });
    if (!r.ok) throw new Error(r.problem.code);
    return r.dataset.summary.stats;
  };

  it('counts the touches of every spelling under the chosen name, in touchpoints, path tables and spend', async () => {
    const touch = await load('journey_id,channel,converted\nA,google_ads,0\nA,Google Ads,1\nB,google / cpc,1\nB,Email,0\n');
    expect(touch.type === 'journeys' && touch.channels.map((c) => [c.name, c.touches])).toEqual([['Google Ads', 3], ['Email', 1]]);
    const paths = await load('path,total_conversions,total_null\ngoogle_ads > Email,2,1\nGoogle Ads,1,0\n');
    expect(paths.type === 'journeys' && paths.channels.map((c) => c.name).sort()).toEqual(['Email', 'Google Ads']);
    const spend = await load('date,channel,spend\n2025-01-06,google_ads,10\n2025-01-06,Google Ads,5\n');
    expect(spend.type === 'spend' && spend.channels).toEqual([{ name: 'Google Ads', spend: 15, clicks: 0, impressions: 0 }]);
  });
});
