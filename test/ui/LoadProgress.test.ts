// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import LoadProgress from '../../src/ui/controls/LoadProgress.svelte';
import type { Job } from '../../src/ui/state/workbench.svelte';

const job = (progress: Job['progress']): Job => ({ id: 'job1', file: 'big.csv', progress });
const detailText = () => screen.getByText(/^\d+%/, { selector: 'span' }).textContent?.replace(/\s+/g, ' ').trim();

describe('LoadProgress', () => {
  it.each([
    { progress: null, text: 'Starting big.csv', detail: '0%', value: 0 },
    { progress: { phase: 'decoding', fraction: 0, rows: 0, rowsPerSecond: 0 }, text: 'Reading big.csv', detail: '0%', value: 0 },
    { progress: { phase: 'parsing', fraction: 0.424, rows: 123_456, rowsPerSecond: 61_728.4 }, text: 'Reading big.csv', detail: '42% · 123,456 rows · 61,728 rows/s', value: 42 },
    { progress: { phase: 'building', fraction: 0.9, rows: 250_000, rowsPerSecond: 100_000 }, text: 'Checking rows big.csv', detail: '90% · 250,000 rows · 100,000 rows/s', value: 90 },
  ] satisfies { progress: Job['progress']; text: string; detail: string; value: number }[])(
    'shows "$text" and "$detail" at $value%',
    ({ progress, text, detail, value }) => {
      render(LoadProgress, { job: job(progress), oncancel: () => {} });
      const group = screen.getByRole('group', { name: 'Loading big.csv' });
      expect(group.querySelector('strong')?.textContent).toBe(text);
      // Spacing around the first "·" is checked by the BUG test below.
      expect(detailText()?.replace(/\s*·\s*/g, ' · ')).toBe(detail);
      expect(screen.getByRole<HTMLProgressElement>('progressbar', { name: 'Loading big.csv' }).value).toBe(value);
    },
  );

  it('puts a space on both sides of the "·" after the percent', () => {
    render(LoadProgress, { job: job({ phase: 'parsing', fraction: 0.42, rows: 1000, rowsPerSecond: 500 }), oncancel: () => {} });
    expect(detailText()).toBe('42% · 1,000 rows · 500 rows/s');
  });

  it('calls oncancel when Cancel is pressed', async () => {
    const oncancel = vi.fn<() => void>();
    render(LoadProgress, { job: job(null), oncancel });
    await fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(oncancel).toHaveBeenCalledOnce();
  });
});
