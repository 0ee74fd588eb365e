// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import FileDrop from '../../src/ui/controls/FileDrop.svelte';

const csv = (name: string) => new File(['a,b\n1,2\n'], name, { type: 'text/csv' });

function setup(busy = false) {
  const onfiles = vi.fn<(files: File[]) => void>();
  const onexample = vi.fn<() => void>();
  render(FileDrop, { onfiles, onexample, busy });
  return { onfiles, onexample };
}

describe('FileDrop', () => {
  it('calls onfiles with the files chosen in the "Add CSV files" picker', async () => {
    const { onfiles } = setup();
    const files = [csv('a.csv'), csv('b.csv')];
    await fireEvent.change(screen.getByLabelText('Add CSV files'), { target: { files } });
    expect(onfiles).toHaveBeenCalledExactlyOnceWith(files);
  });

  it('does not call onfiles when the picker closes with nothing chosen', async () => {
    const { onfiles } = setup();
    await fireEvent.change(screen.getByLabelText('Add CSV files'), { target: { files: [] } });
    expect(onfiles).not.toHaveBeenCalled();
  });

  it('accepts several CSV, TSV and text files in the picker', () => {
    setup();
    const input = screen.getByLabelText<HTMLInputElement>('Add CSV files');
    expect(input.type).toBe('file');
    expect(input.multiple).toBe(true);
    expect(input.accept.split(',')).toEqual(expect.arrayContaining(['.csv', '.tsv', '.txt', '.zip', '.gz']));
  });

  it('calls onfiles with the files dropped on the "Add data" region', async () => {
    const { onfiles } = setup();
    const files = [csv('dropped.csv')];
    await fireEvent.drop(screen.getByRole('region', { name: 'Add data' }), { dataTransfer: { files } });
    expect(onfiles).toHaveBeenCalledExactlyOnceWith(files);
  });

  it('ignores a drop that carries no files (dragged text)', async () => {
    const { onfiles } = setup();
    await fireEvent.drop(screen.getByRole('region', { name: 'Add data' }), { dataTransfer: { files: [] } });
    expect(onfiles).not.toHaveBeenCalled();
  });

  it('highlights the drop region while a file is dragged over it', async () => {
    setup();
    const region = screen.getByRole('region', { name: 'Add data' });
    await fireEvent.dragOver(region);
    expect(region.classList.contains('over')).toBe(true);
    await fireEvent.dragLeave(region);
    expect(region.classList.contains('over')).toBe(false);
  });

  it.each([
    { busy: false, disabled: false, calls: 1 },
    { busy: true, disabled: true, calls: 0 },
  ])('"Load example data" is disabled=$disabled when busy=$busy', async ({ busy, disabled, calls }) => {
    const { onexample } = setup(busy);
    const button = screen.getByRole<HTMLButtonElement>('button', { name: 'Load example data' });
    expect(button.disabled).toBe(disabled);
    button.click(); // HTMLElement.click() does nothing on a disabled control, as a user's click does
    expect(onexample).toHaveBeenCalledTimes(calls);
  });
});
