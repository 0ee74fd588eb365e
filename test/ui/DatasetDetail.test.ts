// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import DatasetDetail from '../../src/ui/panels/DatasetDetail.svelte';
import type { ColumnRole, DatasetKind, Delimiter, Encoding } from '../../src/lib/types';
import type { DatasetEntry } from '../../src/worker/api';
import { CSV, entryOf, fixture } from './datasets';

function setup(entry: DatasetEntry) {
  const onremap = vi.fn<(kind: DatasetKind, mapping?: ColumnRole[]) => void>();
  const onreload = vi.fn<(request: { encoding?: Encoding; delimiter?: Delimiter }) => void>();
  render(DatasetDetail, { entry, onremap, onreload });
  return { onremap, onreload };
}

describe('DatasetDetail', () => {
  it('names the file and its kind, and says how many rows were read and used', async () => {
    setup(await entryOf('bad.csv', CSV.badRows));
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('bad.csv Spend');
    expect(screen.getByText(/rows read/).textContent).toBe('5 rows read, 3 used · header on row 1');
  });

  it('shows the key numbers, the column mapper and the row problems of a usable dataset', async () => {
    setup(await entryOf('fi.csv', fixture('fi-spend-cp1252.csv')));
    expect(screen.getByRole('table', { name: 'Spend by channel' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Columns of fi.csv' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Skipped lines and row problems' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('clears a mapping problem as soon as the edited roles fix it, before Apply (issue 14, part 8)', async () => {
    const { createEngine } = await import('../../src/worker/api');
    const engine = createEngine();
    const loaded = await engine.load('j', 'mystery.csv', new TextEncoder().encode(CSV.unknown));
    if (!loaded.ok) throw new Error('not loaded');
    const entry = engine.remap(loaded.entry.id, 'spend', ['date', 'channel', 'ignore']);
    setup(entry);
    expect(screen.getByRole('alert').textContent).toMatch(/spend/i);
    await fireEvent.change(screen.getByLabelText('Role of column c'), { target: { value: 'spend' } });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('These roles are complete: choose Apply mapping to read the file with them.');
    // Undoing the edit brings the file's own problem back.
    await fireEvent.click(screen.getByRole('button', { name: 'Undo changes' }));
    expect(screen.getByRole('alert').textContent).toMatch(/spend/i);
  });

  it('shows the mapping problem as an alert, and no key numbers, when the kind is unknown', async () => {
    setup(await entryOf('mystery.csv', CSV.unknown));
    expect(screen.getByRole('alert').textContent).toMatch(/^Mittari could not tell what kind of data mystery.csv holds/);
    expect(screen.queryByText('Total spend')).toBeNull();
  });

  it('reads the file again with the delimiter the user picks', async () => {
    const { onreload } = setup(await entryOf('fi.csv', fixture('fi-spend-cp1252.csv')));
    await fireEvent.change(screen.getByRole('combobox', { name: /^Delimiter/ }), { target: { value: ',' } });
    expect(onreload).toHaveBeenCalledExactlyOnceWith({ delimiter: ',' });
  });

  it('passes the kind the user picks in the column mapper to onremap', async () => {
    const { onremap } = setup(await entryOf('mystery.csv', CSV.unknown));
    await fireEvent.change(screen.getByRole('combobox', { name: /^Kind of data/ }), { target: { value: 'spend' } });
    expect(onremap).toHaveBeenCalledExactlyOnceWith('spend');
  });
});
