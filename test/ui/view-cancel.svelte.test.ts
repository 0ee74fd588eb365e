// @vitest-environment jsdom
// Cancel on any view (issue 18): the answer is dropped, the engine is asked to stop the job, the view waits for
// run(), and an engine that never answers is replaced (the datasets are kept by the workbench).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import { ViewState, versioned, type ViewOptions } from '../../src/ui/state/view.svelte';
import type { Engine } from '../../src/worker/client';
import { entry, FakeData, rooted, settle } from './state-helpers.svelte';

/** A view whose computation waits for release() (or forever), reporting progress under a job id. */
class Slow extends ViewState<string> {
  started = 0;
  #release: (() => void)[] = [];
  report: ((p: { done: number; total?: number }) => void) | null = null;
  jobId: string | null = null;
  protected get dataKey(): string | null {
    const d = this.data.datasets[0];
    return d ? versioned(this.data, d.id) : null;
  }
  protected compute(): Promise<string> {
    const job = this.job();
    this.jobId = job.id;
    this.report = job.onProgress;
    this.started++;
    return new Promise((resolve) => this.#release.push(() => resolve(`answer ${this.started}`)));
  }
  release(): void {
    for (const r of this.#release.splice(0)) r();
  }
  protected failed(message: string): string {
    return message;
  }
}

let stops: (() => void)[] = [];
afterEach(() => {
  for (const stop of stops) stop();
  stops = [];
  vi.useRealTimers();
});

function setup(options: Partial<ViewOptions> = {}) {
  const cancelled: string[] = [];
  const engine = () => ({ cancel: async (id: string) => void cancelled.push(id) }) as unknown as Engine;
  const data = new FakeData([entry('a', 'deals')]);
  const { value: view, stop } = rooted(() => new Slow({ engine, data, ...options }));
  stops.push(stop);
  return { view, data, cancelled };
}

describe('ViewState cancel', () => {
  it('shows the job progress while it runs, drops the answer when cancelled, and waits for run()', async () => {
    const { view, data, cancelled } = setup();
    flushSync();
    expect(view.running).toBe(true);
    view.report?.({ done: 3, total: 12 });
    expect(view.runProgress).toBe(0.25);
    view.cancel();
    expect([view.running, view.stopped, view.runProgress, cancelled]).toEqual([false, true, null, [view.jobId]]);
    view.release();
    await settle();
    expect(view.outcome).toBeNull();
    // New data does not start it again by itself: the user stopped it.
    data.change('a');
    await settle();
    expect(view.started).toBe(1);
    const again = view.run();
    expect(view.stopped).toBe(false);
    view.release();
    await again;
    expect(view.outcome).toBe('answer 2');
  });

  it('replaces an engine that has not answered a cancel after stuckMs, and not one that answered', async () => {
    vi.useFakeTimers();
    const replace = vi.fn();
    const { view } = setup({ replace, stuckMs: 1000 });
    flushSync();
    view.cancel();
    vi.advanceTimersByTime(999);
    expect(replace).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    await vi.runAllTimersAsync();
    expect(replace).toHaveBeenCalledTimes(1);

    const second = setup({ replace, stuckMs: 1000 });
    flushSync();
    second.view.cancel();
    second.view.release();
    await vi.advanceTimersByTimeAsync(2000);
    expect(replace).toHaveBeenCalledTimes(1);
  });
});
