// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import DatasetList from '../../src/ui/panels/DatasetList.svelte';
import type { DatasetEntry } from '../../src/worker/api';
import { CSV, entryOf, fixture } from './datasets';

async function setup(datasets: DatasetEntry[], selectedId: string | null = null) {
  const onselect = vi.fn<(id: string) => void>();
  const onremove = vi.fn<(id: string) => void>();
  render(DatasetList, { datasets, selectedId, onselect, onremove });
  return { onselect, onremove };
}

/** The text of each cell of the data row of `file`. */
function cellsOf(file: string): string[] {
  const row = screen.getByRole('button', { name: file }).closest('tr') as HTMLElement;
  return within(row).getAllByRole('cell').map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim());
}

describe('DatasetList', () => {
  it('is a table with a header row and one row per dataset', async () => {
    await setup([await entryOf('touch.csv', CSV.touchpoints, 'd1'), await entryOf('ads.csv', CSV.spend, 'd2')]);
    const table = screen.getByRole('table');
    expect(table.tagName).toBe('TABLE');
    const [header, ...rows] = within(table).getAllByRole('row');
    expect(within(header).getAllByRole('columnheader').map((h) => h.textContent?.trim())).toEqual(['File', 'Kind', 'Rows', 'Read as', 'Issues', 'Actions']);
    expect(rows).toHaveLength(2);
  });

  it('shows the kind, rows and how each file was read', async () => {
    await setup([await entryOf('fi.csv', fixture('fi-spend-cp1252.csv'))]);
    expect(cellsOf('fi.csv').slice(1, 4)).toEqual(['Spend', '4', 'WINDOWS-1252 · semicolon · decimal “,”']);
  });

  it.each([
    { what: 'a usable dataset', file: 'ads.csv', csv: CSV.spend, issues: 'OK' },
    { what: 'a dataset whose kind is unknown', file: 'mystery.csv', csv: CSV.unknown, issues: 'Needs mapping' },
    { what: 'a dataset with two rows that are not numbers', file: 'bad.csv', csv: CSV.badRows, issues: '2 rows skipped' },
  ])('says "$issues" in the Issues column for $what', async ({ file, csv, issues }) => {
    await setup([await entryOf(file, csv)]);
    expect(cellsOf(file)[4]).toBe(issues);
  });

  it('counts a footer line as an ignored non-data line, not as a skipped row', async () => {
    await setup([await entryOf('fi.csv', fixture('fi-spend-cp1252.csv'))]);
    expect(cellsOf('fi.csv')[4]).toBe('OK 1 non-data line ignored');
  });

  it.each([
    { button: 'Remove ads.csv', handler: 'onremove' as const },
    { button: 'Map columns of ads.csv', handler: 'onselect' as const },
    { button: 'ads.csv', handler: 'onselect' as const },
  ])('"$button" calls $handler with the dataset id', async ({ button, handler }) => {
    const calls = await setup([await entryOf('touch.csv', CSV.touchpoints, 'd1'), await entryOf('ads.csv', CSV.spend, 'd2')]);
    await fireEvent.click(screen.getByRole('button', { name: button }));
    expect(calls[handler]).toHaveBeenCalledExactlyOnceWith('d2');
    expect(calls[handler === 'onremove' ? 'onselect' : 'onremove']).not.toHaveBeenCalled();
  });

  it('marks the selected dataset\'s name button as pressed', async () => {
    await setup([await entryOf('touch.csv', CSV.touchpoints, 'd1'), await entryOf('ads.csv', CSV.spend, 'd2')], 'd2');
    const pressed = (name: string) => screen.getByRole('button', { name }).getAttribute('aria-pressed');
    expect([pressed('touch.csv'), pressed('ads.csv')]).toEqual(['false', 'true']);
  });
});
