// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import ColumnMapper from '../../src/ui/controls/ColumnMapper.svelte';
import type { ColumnRole, DatasetKind } from '../../src/lib/types';
import { CSV, entryOf } from './datasets';

async function setup(csv: string = CSV.spend) {
  const entry = await entryOf('ads.csv', csv);
  const onapply = vi.fn<(kind: DatasetKind, mapping?: ColumnRole[]) => void>();
  render(ColumnMapper, { entry, onapply });
  return { entry, onapply };
}

const button = (name: string) => screen.getByRole<HTMLButtonElement>('button', { name });
const roleSelect = (column: string) => screen.getByRole<HTMLSelectElement>('combobox', { name: `Role of column ${column}` });

describe('ColumnMapper', () => {
  it('names itself after the file', async () => {
    await setup();
    expect(screen.getByRole('heading', { name: 'Columns of ads.csv' })).toBeTruthy();
  });

  it('shows one row per column with its type and sample values', async () => {
    await setup();
    const table = screen.getByRole('table', { name: 'Role of each column' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['date', 'channel', 'spend', 'clicks', 'impressions']);
    const cells = (r: HTMLElement) => within(r).getAllByRole('cell').slice(0, 2).map((c) => c.textContent?.trim());
    expect(rows.map(cells)).toEqual([
      ['date (ISO 8601)', '2025-01-06 · 2025-01-13'],
      ['text', 'Google Ads · LinkedIn'],
      ['number', '1000.50 · 500 · 250'],
      ['number', '100 · 25'],
      ['number', '5000 · 1000'],
    ]);
  });

  it('separates the type from its format with a space: "date (d.m.yyyy)", "number (decimal comma)"', async () => {
    await setup('day;cost\n6.1.2025;1,5\n13.1.2025;2,25\n');
    const types = within(screen.getByRole('table')).getAllByRole('row').slice(1).map((r) => within(r).getAllByRole('cell')[0].textContent?.trim());
    expect(types).toEqual(['date (d.m.yyyy)', 'number (decimal comma)']);
  });

  it.each([
    ['date', 'date'],
    ['channel', 'channel'],
    ['spend', 'spend'],
    ['clicks', 'clicks'],
  ])('the select "Role of column %s" starts at the detected role %s', async (column, role) => {
    await setup();
    expect(roleSelect(column).value).toBe(role);
  });

  it('offers the roles of the dataset kind in each role select', async () => {
    await setup();
    const options = within(roleSelect('spend')).getAllByRole<HTMLOptionElement>('option').map((o) => o.value);
    expect(options).toEqual(expect.arrayContaining(['ignore', 'date', 'channel', 'spend', 'clicks', 'impressions']));
    expect(options).not.toContain('journey_id');
  });

  it('enables "Apply mapping" and "Undo changes" only after a role changes', async () => {
    await setup();
    expect([button('Apply mapping').disabled, button('Undo changes').disabled]).toEqual([true, true]);
    await fireEvent.change(roleSelect('clicks'), { target: { value: 'ignore' } });
    expect([button('Apply mapping').disabled, button('Undo changes').disabled]).toEqual([false, false]);
  });

  it('"Apply mapping" calls onapply with the kind and every role, the changed one included', async () => {
    const { onapply } = await setup();
    await fireEvent.change(roleSelect('clicks'), { target: { value: 'ignore' } });
    await fireEvent.click(button('Apply mapping'));
    expect(onapply).toHaveBeenCalledExactlyOnceWith('spend', ['date', 'channel', 'spend', 'ignore', 'impressions']);
  });

  it('"Undo changes" puts back the dataset\'s roles and disables both buttons', async () => {
    const { onapply } = await setup();
    await fireEvent.change(roleSelect('clicks'), { target: { value: 'ignore' } });
    await fireEvent.click(button('Undo changes'));
    expect(roleSelect('clicks').value).toBe('clicks');
    expect([button('Apply mapping').disabled, button('Undo changes').disabled]).toEqual([true, true]);
    expect(onapply).not.toHaveBeenCalled();
  });

  it('changing "Kind of data" calls onapply with the new kind and no mapping', async () => {
    const { onapply } = await setup();
    const kind = screen.getByRole<HTMLSelectElement>('combobox', { name: /Kind of data/ });
    expect(kind.value).toBe('spend');
    await fireEvent.change(kind, { target: { value: 'deals' } });
    expect(onapply).toHaveBeenCalledExactlyOnceWith('deals');
  });

  it('keeps a column\'s current role selectable when the kind does not offer it', async () => {
    const entry = { ...(await entryOf('ads.csv', CSV.spend)), kind: 'deals' as const };
    render(ColumnMapper, { entry, onapply: () => {} });
    const options = within(roleSelect('spend')).getAllByRole<HTMLOptionElement>('option').map((o) => o.value);
    expect(options).toEqual(['ignore', 'deal_id', 'created', 'closed', 'amount', 'stage', 'won', 'channel', 'source', 'campaign', 'spend']);
    expect(roleSelect('spend').value).toBe('spend');
  });
});
