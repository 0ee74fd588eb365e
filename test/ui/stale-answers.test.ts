// @vitest-environment jsdom
// Overlapping requests to the worker: only the newest may write its answer. An older answer arriving late once
// redrew the A/B chart for the test chosen before (charts.e2e caught it as a 1-row chart exported for a 2-row one).
import './setup';
import { describe, expect, it } from 'vitest';
import type { EngineApi } from '../../src/worker/api';
import type { Engine } from '../../src/worker/client';
import { ExperimentState } from '../../src/ui/state/experiment.svelte';
import { KpiState } from '../../src/ui/state/kpi.svelte';
import { Latest } from '../../src/ui/state/latest';
import { entry, FakeData, rooted } from './state-helpers.svelte';

/** A promise the test settles by hand, so answers can arrive in any order. */
function deferred<T>() {
  let resolve!: (v: T) => void, reject!: (e: Error) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

/** An engine whose `method` answers only when the test says so, one pending answer per call. */
function slowEngine(method: keyof EngineApi) {
  const pending: ReturnType<typeof deferred<unknown>>[] = [];
  const engine = { [method]: () => { const d = deferred<unknown>(); pending.push(d); return d.promise; } } as unknown as Engine;
  return { engine: () => engine, pending };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

/** Two A/B tests, and a view that runs only when the test says (closed: it does not compute by itself). */
const tests = () => new FakeData([entry('users', 'experiment_users'), entry('three-arms', 'experiment')]);

describe('Latest', () => {
  it('says only the newest request is current, and none after drop()', () => {
    const latest = new Latest();
    const a = latest.begin();
    expect(a()).toBe(true);
    const b = latest.begin();
    expect([a(), b()]).toEqual([false, true]);
    latest.drop();
    expect(b()).toBe(false);
  });
});

describe('view states keep the newest answer', () => {
  it('an experiment answer for the test chosen before does not replace the answer for the test chosen now', async () => {
    const { engine, pending } = slowEngine('experiment');
    const view = rooted(() => new ExperimentState({ engine, data: tests(), open: () => false })).value;
    view.datasetId = 'users';
    const first = view.run();
    view.datasetId = 'three-arms';
    const second = view.run();
    pending[1].resolve({ ok: true, tag: 'three-arms' });
    await tick();
    expect(view.outcome).toEqual({ ok: true, tag: 'three-arms' });
    expect(view.running).toBe(false);
    pending[0].resolve({ ok: true, tag: 'users' });
    await Promise.all([first, second]);
    expect(view.outcome).toEqual({ ok: true, tag: 'three-arms' });
  });

  it('stays running until the newest answer comes, and an old failure sets no error', async () => {
    const { engine, pending } = slowEngine('experiment');
    const view = rooted(() => new ExperimentState({ engine, data: tests(), open: () => false })).value;
    view.datasetId = 'users';
    const first = view.run();
    const second = view.run();
    pending[0].reject(new Error('old'));
    await first;
    expect(view.running).toBe(true);
    expect(view.error).toBeNull();
    pending[1].resolve({ ok: true });
    await second;
    expect(view.running).toBe(false);
  });

  it('after the data changed an answer still on its way is dropped', async () => {
    const { engine, pending } = slowEngine('kpis');
    const data = new FakeData([entry('deals', 'deals')]);
    const view = rooted(() => new KpiState({ engine, data, open: () => false })).value;
    const run = view.run();
    data.change('deals');
    expect(view.running).toBe(false);
    pending[0].resolve({ kpis: {} });
    await run;
    expect(view.outcome).toBeNull();
  });
});
