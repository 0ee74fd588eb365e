// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import KindStats from '../../src/ui/panels/KindStats.svelte';
import { CSV, entryOf, fixture } from './datasets';

/** The value shown in the tile with this label (a tile is two divs: label, value). */
const tile = (label: string) => screen.getByText(label, { selector: 'div' }).nextElementSibling?.textContent;

/** Every body row of the table with this caption, as cell texts. */
function rowsOf(caption: string): string[][] {
  const table = screen.getByRole('table', { name: caption });
  return within(table).getAllByRole('row').slice(1).map((r) => within(r).getAllByRole('cell').map((c) => c.textContent ?? ''));
}

describe('KindStats', () => {
  it('shows journeys, conversions, value, rate, channels, touches and dates of a touchpoint file', async () => {
    render(KindStats, { entry: await entryOf('touch.csv', CSV.touchpoints) });
    expect(Object.fromEntries(['Journeys', 'Conversions', 'Conversion value', 'Conversion rate', 'Channels', 'Touches', 'First date', 'Last date'].map((l) => [l, tile(l)]))).toEqual({
      Journeys: '3',
      Conversions: '2',
      'Conversion value': '€150.00',
      'Conversion rate': '66.7%',
      Channels: '3',
      Touches: '5',
      'First date': '2025-01-01',
      'Last date': '2025-01-03',
    });
  });

  it('lists touches and journeys reached per channel in a "Touches by channel" table', async () => {
    render(KindStats, { entry: await entryOf('touch.csv', CSV.touchpoints) });
    expect(rowsOf('Touches by channel')).toEqual([
      ['Email', '2', '2', ''],
      ['Search', '2', '2', ''],
      ['Social', '1', '1', ''],
    ]);
  });

  it('counts every converting and non-converting journey of a path table', async () => {
    render(KindStats, { entry: await entryOf('paths.csv', CSV.paths) });
    expect([tile('Journeys (converting + not)'), tile('Conversions'), tile('Conversion value'), tile('Conversion rate')]).toEqual(['10', '3', '€40.50', '30.0%']);
    expect(rowsOf('Touches by channel').map((r) => r.slice(0, 3))).toEqual([['Email', '9', '9'], ['Search', '6', '6'], ['Social', '4', '4']]);
  });

  it('shows the total spend, channels and periods of a spend file, and spend by channel', async () => {
    render(KindStats, { entry: await entryOf('ads.csv', CSV.spend) });
    expect([tile('Total spend'), tile('Channels'), tile('Periods')]).toEqual(['€1,750.50', '2', '2']);
    expect(rowsOf('Spend by channel')).toEqual([
      ['Google Ads', '€1,250.50', '71.4%', '125', '6,000', '€10.00'],
      ['LinkedIn', '€500.00', '28.6%', '—', '—', '—'],
    ]);
  });

  it('lists the arms of an aggregated A/B test with their conversion rates', async () => {
    render(KindStats, { entry: await entryOf('test.csv', CSV.experiment) });
    expect(rowsOf('Test arms')).toEqual([
      ['conversion', 'control', '1,000', '50', '5.00%', '€2,500.00'],
      ['conversion', 'treatment', '1,000', '65', '6.50%', '€3,100.00'],
    ]);
    expect(screen.queryByText('Journeys')).toBeNull();
  });

  it('counts what a per-user test left out, and shows a value metric as a plain sum, not money (issue 16)', async () => {
    render(KindStats, { entry: await entryOf('ab-test-classic.csv', fixture('wild/ab-test-classic.csv')) });
    expect(['Users in two variants (left out)', 'Rows repeated exactly (not counted)', 'Users with several rows (merged)', 'Rows without a variant (not used)'].map(tile)).toEqual(['3', '1', '2', '2']);
  });

  it('lists the value metric of a mobile-game test as a plain number', async () => {
    render(KindStats, { entry: await entryOf('cookie-cats.csv', fixture('wild/cookie-cats.csv')) });
    const rows = rowsOf('Test arms');
    expect(rows.map((r) => r[0])).toEqual(['retention_1', 'retention_1', 'retention_7', 'retention_7', 'sum_gamerounds', 'sum_gamerounds']);
    expect(rows[0][5]).toBe('—');
    expect(rows[4][5]).toMatch(/^[\d,]+$/);
  });

  it('shows an ad report\'s breakdowns as segments of its spend, not as channels (issue 16)', async () => {
    render(KindStats, { entry: await entryOf('meta.csv', fixture('wild/meta-ads-manager.csv')) });
    expect(rowsOf('Spend by channel').map((r) => r[0])).toEqual(['Kevät – Liidit', 'Uudelleenmarkkinointi']);
    expect(rowsOf('Spend by Age (a breakdown of the same spend, not channels)')).toEqual([['35-44', '€2,335.50', '85.1%'], ['45-54', '€409.10', '14.9%']]);
    expect(rowsOf('Spend by Gender (a breakdown of the same spend, not channels)').map((r) => r[0])).toEqual(['female', 'male']);
  });

  it('shows no kind tiles and no table for a dataset that needs mapping', async () => {
    render(KindStats, { entry: await entryOf('mystery.csv', CSV.unknown) });
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByText('Journeys')).toBeNull();
  });

  it('shows a USD report\'s money in dollars and says where the currency was read, in Finnish too (issue 14, part 3)', async () => {
    const usd = 'Day,Campaign,Currency code,Cost,Impr.,Clicks\n2025-06-02,Brand US,USD,"1,234.56",45000,1200\n2025-06-02,Generic US,USD,"10,371.21",120000,2100\n';
    const entry = await entryOf('google-ads.csv', usd);
    const { unmount } = render(KindStats, { entry });
    expect(tile('Total spend')).toBe('US$11,605.77');
    expect(tile('Currency (from Currency code)')).toBe('USD');
    unmount();
    const { locale } = await import('../../src/ui/i18n/locale.svelte');
    locale.set('fi');
    render(KindStats, { entry });
    // Not "103 606,77 €": the report's own dollars.
    expect(tile('Mediakulut yhteensä')?.replace(/\s/g, ' ')).toBe('11 605,77 $');
    locale.set('en');
  });
});
