// @vitest-environment jsdom
// Issue 18: a worker stuck in one step that never yields (one 50 MB line took it past 120 s) kept every later
// file from loading. A cancelled load that has not answered STUCK_MS later gets its worker replaced, and the
// datasets already loaded are read again, with the settings the user chose.
import './setup';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Remote } from 'comlink';
import { Workbench } from '../../src/ui/state/workbench.svelte';
import { createEngine, type EngineApi } from '../../src/worker/api';
import { CSV } from './datasets';

const file = (name: string, text: string) => new File([text], name, { type: 'text/csv' });

/** Engines as comlink would give them (every call a promise); a file named stuck.csv never answers. */
function engines() {
  let current = createEngine();
  let restarts = 0;
  const remote = new Proxy({}, {
    get: (_, method: string) => (...args: unknown[]) => {
      if (method === 'load' && args[1] === 'stuck.csv') return new Promise(() => {});
      return Promise.resolve((current as unknown as Record<string, (...a: unknown[]) => unknown>)[method](...args));
    },
  }) as Remote<EngineApi>;
  return {
    engine: () => remote,
    restart: () => {
      restarts++;
      current = createEngine();
    },
    get restarts() { return restarts; },
    get held() { return current.list().map((d) => [d.file, d.kind]); },
  };
}

beforeEach(() => localStorage.clear());

describe('Workbench.replaceEngine()', () => {
  it('loads the kept datasets again in a fresh worker, with their chosen kind and roles', async () => {
    const e = engines();
    const bench = new Workbench(e.engine, e.restart);
    await bench.addFiles([file('spend.csv', CSV.spend), file('unknown.csv', CSV.unknown)]);
    const unknown = bench.datasets[1];
    await bench.remap(unknown.id, 'spend', ['date', 'channel', 'spend']);
    await bench.replaceEngine();
    expect(e.restarts).toBe(1);
    expect(e.held).toEqual([['spend.csv', 'spend'], ['unknown.csv', 'spend']]);
    expect(bench.datasets.map((d) => [d.file, d.kind, d.columns.map((c) => c.role)])).toEqual([
      ['spend.csv', 'spend', ['date', 'channel', 'spend', 'clicks', 'impressions']],
      ['unknown.csv', 'spend', ['date', 'channel', 'spend']],
    ]);
    expect(bench.notices).toEqual(['The engine stopped answering, so it was restarted and your 2 datasets were loaded again. The file it was reading was not loaded.']);
  });

  it('a cancelled load that does not answer in time replaces the worker; the good file stays and later files load', async () => {
    const e = engines();
    const bench = new Workbench(e.engine, e.restart, 300);
    await bench.addFiles([file('spend.csv', CSV.spend)]);
    const stuck = bench.addFiles([file('stuck.csv', 'x'.repeat(100))]);
    await vi.waitFor(() => expect(bench.jobs.map((j) => j.file)).toEqual(['stuck.csv']));
    bench.cancel(bench.jobs[0].id);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(e.restarts).toBe(0);
    await stuck;
    await vi.waitFor(() => expect(bench.notices).toHaveLength(1));
    expect(e.restarts).toBe(1);
    expect(bench.jobs).toEqual([]);
    expect(bench.errors).toEqual([]);
    expect(bench.datasets.map((d) => d.file)).toEqual(['spend.csv']);
    await bench.addFiles([file('experiment.csv', CSV.experiment)]);
    expect(e.held).toEqual([['spend.csv', 'spend'], ['experiment.csv', 'experiment']]);
  });

  it('a cancelled load that answers in time keeps its worker', async () => {
    const e = engines();
    const bench = new Workbench(e.engine, e.restart, 300);
    await bench.addFiles([file('spend.csv', CSV.spend)]);
    const load = bench.addFiles([file('big.csv', CSV.spend + '2025-01-20,Bing,5\n'.repeat(200_000))]);
    await vi.waitFor(() => expect(bench.jobs).toHaveLength(1));
    bench.cancel(bench.jobs[0].id);
    await load;
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(e.restarts).toBe(0);
    expect(bench.datasets.map((d) => d.file)).toEqual(['spend.csv']);
    expect(bench.notices).toEqual(['Loading big.csv was cancelled.']);
  });
});
