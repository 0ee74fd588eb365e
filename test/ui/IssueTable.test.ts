// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import IssueTable from '../../src/ui/panels/IssueTable.svelte';
import { CSV, entryOf, fixture } from './datasets';

function rows(): string[][] {
  return within(screen.getByRole('table')).getAllByRole('row').slice(1).map((r) => within(r).getAllByRole('cell').map((c) => c.textContent ?? ''));
}

describe('IssueTable', () => {
  it('says "Every row of FILE was read." and shows no table when there are no issues', async () => {
    const { issues } = await entryOf('ads.csv', CSV.spend);
    render(IssueTable, { issues, file: 'ads.csv' });
    expect(screen.getByText('Every row of ads.csv was read.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('lists the row, column, value and reason of each problem', async () => {
    const { issues } = await entryOf('bad.csv', CSV.badRows);
    render(IssueTable, { issues, file: 'bad.csv' });
    expect(rows()).toEqual([
      ['3', 'spend', 'abc', 'Not a number'],
      ['5', 'spend', 'n/a?', 'Not a number'],
    ]);
    expect(screen.getByRole('table', { name: 'First 2 of 2 problems in bad.csv' })).toBeTruthy();
  });

  it('shows a line that belongs to no column with a dash, as the footer of an Excel export', async () => {
    const { issues } = await entryOf('fi.csv', fixture('fi-spend-cp1252.csv'));
    render(IssueTable, { issues, file: 'fi.csv' });
    expect(rows()).toEqual([['6', '—', 'Yhteensä', 'Total or footer line (ignored)']]);
    expect(screen.getByText(/total or footer line \(ignored\)/).textContent).toBe('1 total or footer line (ignored)');
  });

  it('lists only the first 50 problems and says how many there are', async () => {
    const lines = Array.from({ length: 60 }, (_, i) => `2025-01-${String((i % 28) + 1).padStart(2, '0')},Ads,${i % 2 ? 'x' : '10'}`);
    const { issues } = await entryOf('many.csv', `date,channel,spend\n${[...lines, ...lines].join('\n')}\n`);
    render(IssueTable, { issues, file: 'many.csv' });
    expect(rows()).toHaveLength(50);
    expect(screen.getByText(/^Showing the first 50 of 60\./)).toBeTruthy();
  });
});
