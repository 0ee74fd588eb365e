// Platform-reported conversions against the touchpoint log's last-touch credit, numbers computed by hand.
import { describe, expect, it } from 'vitest';
import { loadBytes } from '../../../src/lib/ingest/load';
import { reconcile } from '../../../src/lib/quality/reconcile';
import { english } from '../../../src/lib/messages';
import type { DatasetData, JourneySet, SpendRow } from '../../../src/lib/types';

async function data(name: string, csv: string): Promise<DatasetData> {
  const out = await loadBytes(name, new TextEncoder().encode(csv));
  if (!out.ok) throw new Error(english(out.problem.message));
  return out.dataset.data;
}

async function spendRows(csv: string): Promise<SpendRow[]> {
  const d = await data('ads.csv', csv);
  if (d.kind !== 'spend') throw new Error(`not spend: ${d.kind}`);
  return d.rows;
}

// Last touches: c1 Email (2 Mar), c2 Google Ads/Brand (1 Mar), c3 Meta Ads (3 Mar), c4 google_ads (4 Mar),
// c5 Google Ads (10 Mar), c6 Meta Ads (20 Feb). The log's conversions span 20 Feb – 10 Mar.
const LOG = `contact_id,timestamp,channel,campaign,converted
c1,2026-02-27T09:00:00Z,Google Ads,Brand,0
c1,2026-03-02T09:00:00Z,Email,News,1
c2,2026-03-01T08:00:00Z,Google Ads,Brand,0
c2,2026-03-01T12:00:00Z,Google Ads,Brand,1
c3,2026-03-03T10:00:00Z,Meta Ads,Spring,1
c4,2026-03-04T10:00:00Z,google_ads,Generic,1
c5,2026-03-10T10:00:00Z,Google Ads,Brand,1
c6,2026-02-20T10:00:00Z,Meta Ads,Spring,1
`;

async function journeys(): Promise<JourneySet> {
  const d = await data('log.csv', LOG);
  if (d.kind !== 'touchpoints') throw new Error(`not touchpoints: ${d.kind}`);
  return d.journeys;
}

describe('reconcile()', () => {
  it('sets the platform\'s conversions per channel against the log\'s last-touch credit over the days both cover', async () => {
    // 12 Mar lies after the log's last conversion: left out, so the range is 28 Feb – 4 Mar.
    const rows = await spendRows(`Day,Channel,Cost,Conversions
2026-02-28,Google Ads,10,2
2026-03-01,Google Ads,10,3
2026-03-02,Google Ads,10,1
2026-03-03,Meta Ads,5,4
2026-03-04,Google Ads,10,2
2026-03-12,Google Ads,10,5
2026-03-03,TikTok,3,1
`);
    const set = await journeys();
    const before = JSON.stringify(rows);
    const out = reconcile({ platformFile: 'ads.csv', rows, logFile: 'log.csv', journeys: set });
    if (!out.ok) throw new Error(english(out.reason));
    expect(out).toMatchObject({ model: 'last_touch', platformFile: 'ads.csv', logFile: 'log.csv' });
    expect(out.range.map((ms) => new Date(ms).toISOString().slice(0, 10))).toEqual(['2026-02-28', '2026-03-04']);
    // Google Ads: 2+3+1+2 = 8 reported; the log's last touches in range: c2 (Google Ads) and c4 (google_ads) = 2.
    expect(out.rows).toEqual([
      { name: 'Google Ads', match: 'channel', platform: 8, log: 2, difference: 6, ratio: 4 },
      { name: 'Meta Ads', match: 'channel', platform: 4, log: 1, difference: 3, ratio: 4 },
      { name: 'TikTok', match: 'none', platform: 1, log: 0, difference: 1, ratio: null },
    ]);
    expect(out.total).toEqual({ platform: 13, log: 3, difference: 10, ratio: 13 / 3 });
    expect(out.rowsOutside).toBe(1);
    expect(english(out.sentence)).toBe('From 2026-02-28 to 2026-03-04, the days both files cover, ads.csv reports 13 conversions and log.csv credits 3 to the same channels by last touch (333% more). Platforms count view-throughs and their own attribution windows, so their numbers usually run higher. No channel or campaign of the log matches "TikTok".');
    expect(JSON.stringify(rows)).toBe(before);
  });

  it('matches a campaign report\'s rows to the last touch\'s campaign when no channel has the name', async () => {
    const rows = await spendRows('Day,Campaign,Cost,Conversions\n2026-03-01,Brand,10,3\n2026-03-03,Spring,5,2\n');
    const out = reconcile({ platformFile: 'ads.csv', rows, logFile: 'log.csv', journeys: await journeys() });
    // Range 1–3 Mar: c2 (Brand, 1 Mar) and c3 (Spring, 3 Mar); c1's last touch is Email/News.
    expect(out.ok && out.rows).toEqual([
      { name: 'Brand', match: 'campaign', platform: 3, log: 1, difference: 2, ratio: 3 },
      { name: 'Spring', match: 'campaign', platform: 2, log: 1, difference: 1, ratio: 2 },
    ]);
  });

  it('says why there is nothing to compare: no conversions column, no common dates', async () => {
    const set = await journeys();
    const noConv = reconcile({ platformFile: 'spend.csv', rows: await spendRows('Day,Channel,Cost\n2026-03-01,Google Ads,10\n'), logFile: 'log.csv', journeys: set });
    expect(noConv.ok ? '' : english(noConv.reason)).toMatch(/^spend\.csv has no conversions column/);
    const later = reconcile({ platformFile: 'ads.csv', rows: await spendRows('Day,Channel,Cost,Conversions\n2026-05-01,Google Ads,10,1\n'), logFile: 'log.csv', journeys: set });
    expect(later.ok ? '' : english(later.reason)).toBe('ads.csv and log.csv cover no common dates, so their conversions cannot be compared. Export both for the same period.');
  });
});
