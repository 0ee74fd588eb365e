// Main-thread side of the worker bridge: lazy start, typed remote. Only the API's *type* is imported,
// so no engine code reaches the UI bundle.
import * as Comlink from 'comlink';
import type { EngineApi } from './api';

let remote: Comlink.Remote<EngineApi> | null = null;

/** The engine in its worker, started on first use and kept (it holds the loaded data). */
export function engine(): Comlink.Remote<EngineApi> {
  if (!remote) {
    const worker = new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module', name: 'mittari-engine' });
    remote = Comlink.wrap<EngineApi>(worker);
  }
  return remote;
}

/** Wraps a callback so the worker can call it back across the thread boundary. */
export const callback = Comlink.proxy;
