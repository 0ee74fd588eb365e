// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import PathExplorer from '../../src/ui/attribution/PathExplorer.svelte';
import { pathStats, type PathStats } from '../../src/lib/attribution/path-stats';
import { formatInt } from '../../src/lib/util/format';
import { loadBytes } from '../../src/lib/ingest/load';
import { exampleSet } from '../lib/attribution/rule-helpers';
import { CHANNELATTRIBUTION_PATHS } from '../shared';

async function pathsSet() {
  const r = await loadBytes('paths.csv', new Uint8Array(readFileSync(CHANNELATTRIBUTION_PATHS)));
  if (!r.ok || !('journeys' in r.dataset.data)) throw new Error('paths.csv did not load as journeys');
  return r.dataset.data.journeys;
}

let example: PathStats;
let paths: PathStats;
beforeAll(async () => {
  example = pathStats(await exampleSet());
  paths = pathStats(await pathsSet());
});

describe('PathExplorer', () => {
  it('lists converting paths apart from paths without a conversion', () => {
    render(PathExplorer, { stats: example, format: formatInt });
    const converting = screen.getByRole('table', { name: /^Most common converting paths: 20 of [\d,]+ paths with a conversion$/ });
    const conv = within(converting).getAllByRole('row').slice(1).map((r) => Number(r.querySelectorAll('td')[3].textContent!.replace(/\D/g, '')));
    expect(conv.every((c) => c > 0)).toBe(true);
    expect(conv).toEqual([...conv].sort((a, b) => b - a));
    const none = screen.getByRole('table', { name: /^Most common paths without a conversion: 20 of [\d,]+ paths$/ });
    expect(within(none).getAllByRole('columnheader').map((h) => h.textContent)).toContain('Journeys without a conversion');
  });

  it('lists the top converting paths as chips with journeys, conversions and conversion rate', () => {
    render(PathExplorer, { stats: paths, format: formatInt });
    const table = screen.getByRole('table', { name: /^Most common converting paths: 20 of/ });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(21);
    const first = paths.topConverting[0];
    expect([...rows[1].querySelectorAll('.chip')].map((c) => c.textContent)).toEqual(first.path);
    expect(rows[1].querySelector('.path')?.textContent?.trim()).toBe(first.path.join(' → '));
    expect([...rows[1].querySelectorAll('td')].slice(2).map((td) => td.textContent)).toEqual([
      formatInt(first.journeys), formatInt(first.conversions), `${(first.conversionRate * 100).toFixed(1)}%`,
    ]);
  });

  it('draws the path-length distribution with a table alternative, and says the path table has no times', () => {
    render(PathExplorer, { stats: paths, format: formatInt });
    const svg = screen.getByRole('img', { name: 'Journeys and conversions by number of touches' });
    expect(svg.querySelectorAll('rect:not(.legend rect)').length).toBeGreaterThanOrEqual(2 * paths.lengths.length);
    const table = screen.getByRole('table', { name: 'Journeys and conversions by path length' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(12);
    expect(rows[11].querySelector('th')?.textContent).toBe('More than 10');
    expect(screen.getByText('Time to conversion needs timestamps; this data has none.')).toBeTruthy();
    expect(screen.queryByRole('img', { name: 'Conversions by days from the first touch' })).toBeNull();
  });

  it('draws the time to conversion in day ranges with the median, when the data is timed', () => {
    render(PathExplorer, { stats: example, format: formatInt });
    const svg = screen.getByRole('img', { name: 'Conversions by days from the first touch' });
    const bars = [...svg.querySelectorAll('rect.bar')];
    const total = example.timeToConversion!.reduce((a, r) => a + r.conversions, 0);
    const table = screen.getByRole('table', { name: 'Conversions by days from the first touch' });
    const counts = within(table).getAllByRole('row').slice(1).map((r) => Number(r.querySelector('td')!.textContent!.replace(/,/g, '')));
    expect(bars).toHaveLength(counts.length);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(total);
    expect(screen.getByText(/Half of the conversions came within/).textContent).toContain(`${Math.round(example.medianDaysToConversion! * 10) / 10} days`);
    expect(screen.getAllByRole('button', { name: 'Export PNG' })).toHaveLength(2);
  });
});
