// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import ReadSettings from '../../src/ui/controls/ReadSettings.svelte';
import type { Delimiter, Encoding } from '../../src/lib/types';

type Request = { encoding?: Encoding; delimiter?: Delimiter };

function setup(bom = false) {
  const onchange = vi.fn<(request: Request) => void>();
  render(ReadSettings, { encoding: 'windows-1252', delimiter: ';', bom, onchange });
  return { onchange };
}

const select = (name: string) => screen.getByRole<HTMLSelectElement>('combobox', { name: new RegExp(`^${name}`) });

describe('ReadSettings', () => {
  it('shows the encoding and delimiter the file was read with', () => {
    setup();
    expect([select('Encoding').value, select('Delimiter').value]).toEqual(['windows-1252', ';']);
  });

  it.each([
    { name: 'Encoding', value: 'utf-8', request: { encoding: 'utf-8' } },
    { name: 'Encoding', value: 'utf-16le', request: { encoding: 'utf-16le' } },
    { name: 'Delimiter', value: ',', request: { delimiter: ',' } },
    { name: 'Delimiter', value: '\t', request: { delimiter: '\t' } },
  ] satisfies { name: string; value: string; request: Request }[])('choosing $name $value calls onchange($request)', async ({ name, value, request }) => {
    const { onchange } = setup();
    await fireEvent.change(select(name), { target: { value } });
    expect(onchange).toHaveBeenCalledExactlyOnceWith(request);
  });

  it.each([
    { bom: true, text: 'Byte-order mark found.' },
    { bom: false, text: 'Detected from the bytes.' },
  ])('says "$text" when bom=$bom', ({ bom, text }) => {
    setup(bom);
    expect(screen.getByText(new RegExp(`^${text}`))).toBeTruthy();
  });
});
