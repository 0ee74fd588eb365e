// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import ErrorList from '../../src/ui/controls/ErrorList.svelte';
import type { FileError } from '../../src/ui/state/workbench.svelte';

const errors: FileError[] = [
  { id: 7, file: 'book.xlsx', message: 'book.xlsx is an Excel workbook, not a CSV file.' },
  { id: 9, file: 'empty.csv', message: 'empty.csv is empty. Export it again from the source tool.' },
];

function setup(notices: string[] = []) {
  const ondismiss = vi.fn<(id: number) => void>();
  const ondismissnotices = vi.fn<() => void>();
  render(ErrorList, { errors, notices, ondismiss, ondismissnotices });
  return { ondismiss, ondismissnotices };
}

describe('ErrorList', () => {
  it('shows each error as an alert with its message', () => {
    setup();
    expect(screen.getAllByRole('alert').map((a) => a.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'Not loaded: book.xlsx is an Excel workbook, not a CSV file. Dismiss',
      'Not loaded: empty.csv is empty. Export it again from the source tool. Dismiss',
    ]);
  });

  it.each([
    ['book.xlsx', 7],
    ['empty.csv', 9],
  ])('"Dismiss the message about %s" calls ondismiss(%i)', async (file, id) => {
    const { ondismiss } = setup();
    await fireEvent.click(screen.getByRole('button', { name: `Dismiss the message about ${file}` }));
    expect(ondismiss).toHaveBeenCalledExactlyOnceWith(id);
  });

  it('shows no status when there are no notices', () => {
    setup();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('shows the notices in one status whose Dismiss calls ondismissnotices', async () => {
    const { ondismissnotices, ondismiss } = setup(['Loading a.csv was cancelled.', 'Loading b.csv was cancelled.']);
    const status = screen.getByRole('status');
    expect(status.textContent).toContain('Loading a.csv was cancelled. Loading b.csv was cancelled.');
    await fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(ondismissnotices).toHaveBeenCalledOnce();
    expect(ondismiss).not.toHaveBeenCalled();
  });
});
