// @vitest-environment jsdom
// MmmState with a fake engine: which data it fits, progress while the fit runs, cancel, and re-allocation on a new budget.
import '../setup';
import { afterEach, describe, expect, it } from 'vitest';
import { MmmState } from '../../../src/ui/state/mmm.svelte';
import type { MmmOutcome } from '../../../src/lib/mmm/view';
import { FakeData, entry, rooted, settle } from '../state-helpers.svelte';
import { fakeEngine, mmmView } from './fixture';

let stops: (() => void)[] = [];
afterEach(() => {
  for (const stop of stops) stop();
  stops = [];
});

function setup(datasets = [entry('w', 'marketing_mix'), entry('s', 'spend', ['tv'])], open = () => true) {
  const fake = fakeEngine();
  const data = new FakeData(datasets);
  const { value: view, stop } = rooted(() => new MmmState({ engine: fake.engine, data, open }));
  stops.push(stop);
  return { ...fake, data, view };
}

describe('MmmState', () => {
  it('shows the mix model when weekly data is loaded, fits it by itself with progress, and keeps the answer', async () => {
    const { view, calls } = setup();
    expect([view.part, view.datasetId]).toEqual(['mmm', 'w']);
    await settle();
    expect(calls).toHaveLength(1);
    expect(calls[0].dataset).toBe('w');
    expect(calls[0].request.allocation).toEqual({ mode: { kind: 'budget' }, bounds: [0.5, 2] });
    expect(view.running).toBe(true);
    calls[0].progress({ stage: 'bootstrap', done: 0.6 });
    expect(view.progress).toEqual({ stage: 'bootstrap', done: 0.6 });
    const answer: MmmOutcome = { ok: true, view: mmmView() };
    calls[0].resolve(answer);
    await settle();
    expect([view.running, view.progress, view.outcome]).toEqual([false, null, answer]);
  });

  it('does not fit while the attribution part is chosen, nor without weekly data', async () => {
    const { view, calls } = setup();
    view.part = 'attribution';
    await settle();
    expect(calls).toHaveLength(0);
    const none = setup([entry('s', 'spend', ['tv'])]);
    await settle();
    expect([none.view.part, none.view.datasetId, none.calls.length]).toEqual(['attribution', null, 0]);
  });

  it('cancels the running fit: says so, stops the progress and fits again on request', async () => {
    const { view, calls, cancelled } = setup();
    await settle();
    view.cancel();
    await settle();
    expect(cancelled).toEqual([calls[0].job]);
    expect([view.running, view.progress, view.wasCancelled]).toEqual([false, null, true]);
    void view.run();
    await settle();
    expect(calls).toHaveLength(2);
    expect(view.running).toBe(true);
  });

  it('asks again with the new weekly budget, mode and bounds (the engine re-allocates its cached fit)', async () => {
    const { view, calls } = setup();
    await settle();
    calls[0].resolve({ ok: true, view: mmmView() });
    await settle();
    view.weekly = 12345;
    view.low = 0.8;
    void view.run();
    await settle();
    expect(calls[1].request.allocation).toEqual({ mode: { kind: 'budget', weekly: 12345 }, bounds: [0.8, 2] });
    view.mode = 'roas';
    view.targetRoas = 3;
    void view.run();
    await settle();
    expect(calls[2].request.allocation?.mode).toEqual({ kind: 'roas', target: 3 });
  });

  it('fits again when the data changes, and follows the chosen dataset', async () => {
    const { view, calls, data } = setup([entry('a', 'marketing_mix'), entry('b', 'marketing_mix')]);
    await settle();
    calls[0].resolve({ ok: true, view: mmmView() });
    await settle();
    data.change('a');
    await settle();
    expect(view.outcome).toBeNull();
    expect(calls.map((c) => c.dataset)).toEqual(['a', 'a']);
    view.datasetId = 'b';
    await settle();
    expect(calls.map((c) => c.dataset)).toEqual(['a', 'a', 'b']);
  });
});
