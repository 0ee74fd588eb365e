// @vitest-environment jsdom
import './setup';
import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import type { Remote } from 'comlink';
import DataPanel from '../../src/ui/panels/DataPanel.svelte';
import { Workbench } from '../../src/ui/state/workbench.svelte';
import { createEngine, type EngineApi } from '../../src/worker/api';
import { CSV } from './datasets';

/** The workbench on the real engine, called in-process instead of through the worker. */
function setup() {
  const engine = createEngine();
  const bench = new Workbench(() => engine as unknown as Remote<EngineApi>);
  render(DataPanel, { bench });
  return bench;
}

const pick = (...files: File[]) => fireEvent.change(screen.getByLabelText('Add CSV files'), { target: { files } });

beforeEach(() => localStorage.clear());

describe('DataPanel', () => {
  it('lists a picked CSV file, shows its detail, and says why a workbook was not loaded', async () => {
    setup();
    await pick(new File([CSV.spend], 'ads.csv'), new File(['PK\x03\x04'], 'book.xlsx'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/book\.xlsx is an Excel workbook/);
    const list = screen.getByRole('region', { name: 'Loaded data' });
    expect(within(list).getByRole('button', { name: 'ads.csv' })).toBeTruthy();
    expect(screen.getByRole('table', { name: 'Spend by channel' })).toBeTruthy();
  });

  it('"Map columns" shows that file\'s mapper and puts the focus on its first role (issue 14, part 8)', async () => {
    setup();
    await pick(new File([CSV.spend], 'ads.csv'), new File([CSV.unknown], 'mystery.csv'));
    await fireEvent.click(await screen.findByRole('button', { name: 'Map columns of mystery.csv' }));
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Columns of mystery.csv' })).toBeTruthy());
    const mapper = screen.getByRole('heading', { name: 'Columns of mystery.csv' }).closest('section') as HTMLElement;
    await waitFor(() => expect(document.activeElement).toBe(mapper.querySelector('select')));
  });

  it('asks before "Forget all data", and a cancel keeps everything', async () => {
    const bench = setup();
    await pick(new File([CSV.spend], 'ads.csv'));
    await fireEvent.click(await screen.findByRole('button', { name: 'Forget all data' }));
    expect(screen.getByRole('alertdialog').textContent).toMatch(/^Forget all 1 file, remembered column mappings/);
    await fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(bench.datasets).toHaveLength(1);
    await fireEvent.click(screen.getByRole('button', { name: 'Forget all data' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Forget everything' }));
    await waitFor(() => expect(bench.datasets).toHaveLength(0));
  });

  it('removes a dataset and its detail with "Remove FILE"', async () => {
    setup();
    await pick(new File([CSV.spend], 'ads.csv'));
    await fireEvent.click(await screen.findByRole('button', { name: 'Remove ads.csv' }));
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Loaded data' })).toBeNull());
    expect(screen.queryByRole('heading', { name: 'Columns of ads.csv' })).toBeNull();
  });

  it('applies the kind chosen for an unknown file and shows its key numbers', async () => {
    setup();
    await pick(new File([CSV.unknown], 'mystery.csv'));
    const kind = await screen.findByRole('combobox', { name: /^Kind of data/ });
    expect(screen.getByRole('alert').textContent).toMatch(/could not tell what kind of data mystery\.csv holds/);
    await fireEvent.change(kind, { target: { value: 'spend' } });
    await screen.findByRole('heading', { name: /mystery\.csv Spend/ });
  });
});
