// Ad-platform exports with the headers their documentation and public datasets show (test/fixtures/wild/), read
// with no hand mapping: the spend column by its real name, breakdowns as segments, ids as text. Every total is
// checked against a brute-force reading of the same text.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadBytes, remapDataset, type Dataset } from '../../../src/lib/ingest/load';
import { english } from '../../../src/lib/messages';
import { namesAnId } from '../../../src/lib/schema/ids';

const path = (name: string) => `test/fixtures/wild/${name}`;

async function load(name: string): Promise<Dataset> {
  const result = await loadBytes(name, new Uint8Array(readFileSync(path(name))));
  if (!result.ok) throw new Error(english(result.problem.message));
  return result.dataset;
}

/** Rows of `name` from its header line on, split on commas outside quotes, quotes removed. */
function table(name: string, header: string): Record<string, string>[] {
  const lines = readFileSync(path(name), 'utf8').replace(/^\uFEFF/, '').split('\n');
  const split = (line: string) => (line.match(/("([^"]*)"|[^,]*)(,|$)/g) ?? []).slice(0, -1).map((c) => c.replace(/,$/, '').replace(/^"|"$/g, ''));
  const at = lines.findIndex((l) => l.replace(/"/g, '').startsWith(header));
  const head = split(lines[at]);
  return lines.slice(at + 1).filter((l) => l.trim() !== '').map(split).filter((cells) => cells.length === head.length)
    .map((cells) => Object.fromEntries(head.map((h, i) => [h, cells[i]])));
}

const money = (s: string) => Number(s.replace(/,/g, ''));
const roles = (d: Dataset) => Object.fromEntries(d.summary.columns.filter((c) => c.role !== 'ignore').map((c) => [c.name, c.role]));
/** Σ spend by the value of `key`, from the reference rows. */
function sumBy(rows: Record<string, string>[], key: string, spend: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of rows) out.set(r[key], (out.get(r[key]) ?? 0) + money(r[spend]));
  return out;
}
const close = (got: Record<string, number> | undefined, want: Map<string, number>) => {
  expect(Object.keys(got ?? {}).sort()).toEqual([...want.keys()].sort());
  for (const [k, v] of want) expect(got?.[k]).toBeCloseTo(v, 9);
};

function spendStats(d: Dataset) {
  if (d.summary.stats.type !== 'spend') throw new Error(`expected spend, got ${d.summary.stats.type}`);
  const s = d.summary.stats;
  return {
    byChannel: Object.fromEntries(s.channels.map((c) => [c.name, c.spend])),
    bySegment: Object.fromEntries((s.segments ?? []).map((g) => [g.column, Object.fromEntries(g.values.map((v) => [v.name, v.spend]))])),
  };
}

describe('ad-platform exports from the wild', () => {
  it('reads Meta Ads Manager: Amount spent (EUR), Results as conversions, Age and Gender as segments, 17-digit ids as text', async () => {
    const d = await load('meta-ads-manager.csv');
    expect(d.summary.kind).toBe('spend');
    expect(roles(d)).toEqual({
      'Campaign name': 'campaign', Day: 'date', Age: 'segment', Gender: 'segment', 'Amount spent (EUR)': 'spend',
      Impressions: 'impressions', 'Link clicks': 'clicks', Results: 'conversions',
    });
    const rows = table('meta-ads-manager.csv', 'Reporting starts');
    const s = spendStats(d);
    close(s.byChannel, sumBy(rows, 'Campaign name', 'Amount spent (EUR)'));
    close(s.bySegment.Age, sumBy(rows, 'Age', 'Amount spent (EUR)'));
    close(s.bySegment.Gender, sumBy(rows, 'Gender', 'Amount spent (EUR)'));
    expect(d.summary.currency?.codes).toEqual(['EUR']);
    for (const id of ['Campaign ID', 'Ad set ID', 'Ad ID']) expect(d.summary.columns.find((c) => c.name === id)?.type).toBe('text');
    // Mapped as the campaign, the ids stay as written: 23851234567890123 is above 2^53 and would round as a number.
    const byId = remapDataset(d, 'spend', d.summary.columns.map((c) => (c.name === 'Campaign ID' ? 'campaign' : c.role === 'campaign' ? 'ignore' : c.role)));
    expect(Object.keys(spendStats(byId).byChannel).sort()).toEqual(['23851234567890123', '23851234567891111']);
  });

  it('reads the public Facebook ads dataset: Spent as spend, its campaign id as the campaign, age/gender/interest as segments', async () => {
    const d = await load('facebook-ads-dataset.csv');
    expect(d.summary.kind).toBe('spend');
    expect(roles(d)).toEqual({
      xyz_campaign_id: 'campaign', age: 'segment', gender: 'segment', interest: 'segment', Impressions: 'impressions',
      Clicks: 'clicks', Spent: 'spend', Total_Conversion: 'conversions',
    });
    const rows = table('facebook-ads-dataset.csv', 'ad_id');
    const s = spendStats(d);
    close(s.byChannel, sumBy(rows, 'xyz_campaign_id', 'Spent'));
    close(s.bySegment.interest, sumBy(rows, 'interest', 'Spent'));
    expect(d.summary.columns.filter((c) => /_id$/.test(c.name)).map((c) => c.type)).toEqual(['text', 'text', 'text']);
    if (d.data.kind !== 'spend') throw new Error(d.data.kind);
    expect(d.data.rows.reduce((a, r) => a + (r.conversions ?? 0), 0)).toBe(rows.reduce((a, r) => a + Number(r.Total_Conversion), 0));
  });

  it('reads LinkedIn Campaign Manager: Total Spent, Campaign Name, Start Date (in UTC) month first, the Total row skipped', async () => {
    const d = await load('linkedin-campaign-manager.csv');
    expect(roles(d)).toMatchObject({ 'Start Date (in UTC)': 'date', 'Campaign Name': 'campaign', 'Total Spent': 'spend' });
    const rows = table('linkedin-campaign-manager.csv', 'Start Date').filter((r) => r['Start Date (in UTC)'] !== 'Total');
    close(spendStats(d).byChannel, sumBy(rows, 'Campaign Name', 'Total Spent'));
    expect(d.summary.issues.byReason).toEqual({ preamble: 3, footer: 1 });
    expect(d.summary.dateRange).toEqual([Date.UTC(2026, 2, 2), Date.UTC(2026, 2, 13)]);
  });

  it('reads Microsoft Ads: its report header lines and © footer skipped, TimePeriod, CampaignName, Spend, DeviceType as a segment', async () => {
    const d = await load('microsoft-ads.csv');
    expect(roles(d)).toEqual({
      TimePeriod: 'date', CampaignName: 'campaign', DeviceType: 'segment', Impressions: 'impressions', Clicks: 'clicks',
      Spend: 'spend', Conversions: 'conversions', Revenue: 'value',
    });
    expect(d.summary.issues.byReason).toEqual({ preamble: 9, blank: 1, footer: 1 });
    const rows = table('microsoft-ads.csv', 'TimePeriod');
    const s = spendStats(d);
    close(s.byChannel, sumBy(rows, 'CampaignName', 'Spend'));
    close(s.bySegment.DeviceType, sumBy(rows, 'DeviceType', 'Spend'));
  });

  it('reads TikTok Ads: By Day, Campaign name, Cost; its 16-digit campaign id is text, not an epoch date', async () => {
    const d = await load('tiktok-ads.csv');
    expect(roles(d)).toMatchObject({ 'By Day': 'date', 'Campaign name': 'campaign', Cost: 'spend', 'Clicks (destination)': 'clicks' });
    expect(d.summary.columns.find((c) => c.name === 'Campaign ID')?.type).toBe('text');
    close(spendStats(d).byChannel, sumBy(table('tiktok-ads.csv', 'By Day'), 'Campaign name', 'Cost'));
  });

  it('tells an id header from a word that ends in the letters i, d', () => {
    expect(['Campaign ID', 'ad_id', 'CampaignId', 'AdGroupId', 'Record ID', 'user_pseudo_id', 'userid'].map(namesAnId)).toEqual([true, true, true, true, true, true, true]);
    expect(['Paid', 'Valid', 'Android users', 'Spent', 'idea'].map(namesAnId)).toEqual([false, false, false, false, false]);
  });
});
