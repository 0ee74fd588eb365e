// Helpers for the view-state tests: an effect root to construct states in, a workbench stand-in whose data the
// test changes by hand, and the real engine called in-process the way comlink calls it (every answer a promise).
import { createEngine, type DatasetEntry, type EngineApi } from '../../src/worker/api';
import type { Engine } from '../../src/worker/client';
import type { DataSource } from '../../src/ui/state/view.svelte';

/** Runs `make` inside `$effect.root`, as a component's script would; `stop` tears its effects down. */
export function rooted<T>(make: () => T): { value: T; stop: () => void } {
  let value!: T;
  const stop = $effect.root(() => {
    value = make();
  });
  return { value, stop };
}

/** The workbench as a view sees it: datasets, and a version per dataset the test moves with `change()`. */
export class FakeData implements DataSource {
  datasets = $state<DatasetEntry[]>([]);
  #versions = $state<Record<string, number>>({});

  constructor(datasets: DatasetEntry[] = []) {
    this.datasets = datasets;
  }

  versionOf(id: string): number {
    return this.#versions[id] ?? 0;
  }

  /** The dataset's data changed (read again, remapped). */
  change(id: string): void {
    this.#versions[id] = this.versionOf(id) + 1;
  }
}

/** A dataset entry with only what the views read: id, kind, mapping problem and channel names. */
export function entry(id: string, kind: DatasetEntry['kind'], channels: string[] = []): DatasetEntry {
  const stats = kind === 'spend' ? { type: 'spend', channels: channels.map((name) => ({ name })) } : { type: 'journeys', channels: channels.map((name) => ({ name })) };
  return { id, kind, file: `${id}.csv`, mappingProblem: null, stats } as unknown as DatasetEntry;
}

/** The engine of the worker called in-process; `calls` lists the methods called, in order. */
export function inProcess(api: EngineApi = createEngine()): { engine: () => Engine; calls: string[]; api: EngineApi } {
  const calls: string[] = [];
  const methods = api as unknown as Record<string, (...args: unknown[]) => unknown>;
  const remote = new Proxy({}, {
    // Not thenable: awaiting the remote itself must not call the engine.
    get: (_, name: string) => (name === 'then' ? undefined : async (...args: unknown[]) => {
      calls.push(name);
      return methods[name](...args);
    }),
  }) as Engine;
  return { engine: () => remote, calls, api };
}

/** Lets the worker's promises and the effects they start run. */
export const settle = async (): Promise<void> => {
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
};
