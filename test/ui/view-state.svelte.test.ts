// @vitest-environment jsdom
// ViewState: a view computes by itself while open, keeps the newest answer, and knows which data it answered for.
import { afterEach, describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { ViewState, versioned, type ViewOptions } from '../../src/ui/state/view.svelte';
import type { Engine } from '../../src/worker/client';
import { entry, FakeData, rooted, settle } from './state-helpers.svelte';

/** A view of the first dataset whose "engine" answers with the dataset's key, or fails when told to. */
class Echo extends ViewState<string> {
  computed: string[] = [];
  fail = false;
  constructor(options: ViewOptions) {
    super(options);
  }
  protected get dataKey(): string | null {
    const d = this.data.datasets[0];
    return d ? versioned(this.data, d.id) : null;
  }
  protected async compute(): Promise<string> {
    const key = this.dataKey as string;
    this.computed.push(key);
    if (this.fail) throw new Error('boom');
    return `answer for ${key}`;
  }
  protected failed(message: string): string {
    return `failed: ${message}`;
  }
}

const engine = () => ({}) as Engine;
let stops: (() => void)[] = [];
afterEach(() => {
  for (const stop of stops) stop();
  stops = [];
});

function setup(datasets = [entry('a', 'deals')], opened = true) {
  const data = new FakeData(datasets);
  let open = $state(opened);
  const { value: view, stop } = rooted(() => new Echo({ engine, data, open: () => open }));
  stops.push(stop);
  return { view, data, setOpen: (o: boolean) => (open = o) };
}

describe('ViewState', () => {
  it('computes by itself when open and there is data, once', async () => {
    const { view } = setup();
    flushSync();
    expect(view.running).toBe(true);
    await settle();
    expect([view.outcome, view.running, view.stale, view.computed]).toEqual(['answer for a@0', false, false, ['a@0']]);
  });

  it('computes nothing while closed, and starts when opened', async () => {
    const { view, setOpen } = setup(undefined, false);
    await settle();
    expect([view.computed, view.outcome, view.stale]).toEqual([[], null, true]);
    setOpen(true);
    setOpen(false);
    setOpen(true);
    await settle();
    expect(view.computed).toEqual(['a@0']);
  });

  it('has nothing to compute without data', async () => {
    const { view } = setup([]);
    await settle();
    await view.run();
    expect([view.computed, view.outcome, view.stale, view.running]).toEqual([[], null, false, false]);
  });

  it('reads its outcome as null once the data changed, and computes again by itself', async () => {
    const { view, data } = setup();
    await settle();
    data.change('a');
    expect([view.outcome, view.stale]).toEqual([null, true]);
    await settle();
    expect([view.outcome, view.computed]).toEqual(['answer for a@1', ['a@0', 'a@1']]);
  });

  it('reads its outcome as null once its data is gone', async () => {
    const { view, data } = setup();
    await settle();
    data.datasets = [];
    expect([view.outcome, view.stale, view.running]).toEqual([null, false, false]);
  });

  it('does not compute again when reopened on the same data', async () => {
    const { view, setOpen } = setup();
    await settle();
    setOpen(false);
    await settle();
    setOpen(true);
    await settle();
    expect(view.computed).toEqual(['a@0']);
  });

  it('a closed view notices changed data when it is opened', async () => {
    const { view, data, setOpen } = setup();
    await settle();
    setOpen(false);
    data.change('a');
    await settle();
    expect(view.computed).toEqual(['a@0']);
    setOpen(true);
    await settle();
    expect([view.outcome, view.computed]).toEqual(['answer for a@1', ['a@0', 'a@1']]);
  });

  it('keeps a failure as its error and does not retry by itself; the next answer clears it', async () => {
    const { view } = setup();
    view.fail = true;
    await settle();
    expect([view.error, view.running, view.computed]).toEqual(['failed: boom', false, ['a@0']]);
    view.fail = false;
    await view.run();
    expect([view.error, view.outcome]).toEqual([null, 'answer for a@0']);
  });

  it('run() computes again on the same data (a setting changed)', async () => {
    const { view } = setup();
    await settle();
    await view.run();
    expect(view.computed).toEqual(['a@0', 'a@0']);
  });
});
