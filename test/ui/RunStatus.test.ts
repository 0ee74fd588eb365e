// @vitest-environment jsdom
// RunStatus: a computation past 300 ms shows "Computing…" with its progress and a working Cancel; a stopped view offers Run again.
import './setup';
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import RunStatus from '../../src/ui/controls/RunStatus.svelte';
import { locale } from '../../src/ui/i18n/locale.svelte';

describe('RunStatus', () => {
  it('shows nothing for a quick answer, then Computing with its progress and Cancel; Run again once stopped', async () => {
    vi.useFakeTimers();
    locale.lang = 'en';
    const view = { running: true, runProgress: 0.25 as number | null, stopped: false, cancel: vi.fn(), run: vi.fn(async () => {}) };
    const { rerender } = render(RunStatus, { view });
    expect(screen.queryByText('Computing…')).toBeNull();
    await vi.advanceTimersByTimeAsync(300);
    expect(screen.getByRole('status').textContent).toMatch(/Computing…\s*25%/);
    await fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(view.cancel).toHaveBeenCalledTimes(1);
    await rerender({ view: { ...view, running: false, runProgress: null, stopped: true } });
    expect(screen.getByRole('status').textContent).toMatch(/Stopped/);
    await fireEvent.click(screen.getByRole('button', { name: 'Run again' }));
    expect(view.run).toHaveBeenCalledTimes(1);
    vi.useRealTimers();
  });
});
