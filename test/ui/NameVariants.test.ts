// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import NameVariants from '../../src/ui/panels/NameVariants.svelte';
import { entryOf } from './datasets';

const touch = 'journey_id,channel,converted\nA,google_ads,1\nB,Google Ads,1\nC,Email,0\n';
const spend = 'date,channel,spend\n2025-01-06,google / cpc,10\n2025-01-06,email,5\n';

describe('NameVariants', () => {
  it('offers the spellings of one channel across files for merging, under the name the user picks', async () => {
    const onmerge = vi.fn();
    render(NameVariants, { datasets: [await entryOf('touch.csv', touch, 'd1'), await entryOf('spend.csv', spend, 'd2')], onmerge });
    expect(screen.getByRole('region', { name: 'Names that look like one channel' })).toBeTruthy();
    const group = screen.getByText(/google \/ cpc.*\(in /).textContent ?? '';
    expect(group.replace(/ \(.*$/, '').split(' · ').sort()).toEqual(['Google Ads', 'google / cpc', 'google_ads']);
    expect(group).toMatch(/\(in touch\.csv, spend\.csv\)$/);
    const [pick] = screen.getAllByRole('combobox', { name: 'Call them' });
    await fireEvent.change(pick, { target: { value: 'Google Ads' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Merge as Google Ads' }));
    expect(onmerge.mock.calls[0][0].sort()).toEqual(['Google Ads', 'google / cpc', 'google_ads']);
    expect(onmerge.mock.calls[0][1]).toBe('Google Ads');
    expect(screen.getByRole('button', { name: 'Merge as Email' })).toBeTruthy();
  });

  it('shows nothing when no two names look alike', async () => {
    render(NameVariants, { datasets: [await entryOf('spend.csv', 'date,channel,spend\n2025-01-06,Google Ads,10\n', 'd1')], onmerge: () => undefined });
    expect(screen.queryByRole('region')).toBeNull();
  });
});
