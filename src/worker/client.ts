// Main-thread side of the worker bridge: lazy start and a typed remote. Only the API's *type* is imported, so no
// engine code reaches the UI bundle, and this is the one file on the page side that knows comlink: the UI talks
// to an `Engine` and passes callbacks through `progress()`.
import * as Comlink from 'comlink';
import type { EngineApi } from './api';
import type { Progress } from '../lib/ingest/load';

/** The engine as the page sees it: every method of the worker's API, answering with a promise. */
export type Engine = Comlink.Remote<EngineApi>;

let remote: Engine | null = null;
let worker: Worker | null = null;
let onCrash: (() => void) | null = null;

/** The engine in its worker, started on first use and kept (it holds the loaded data). */
export function engine(): Engine {
  if (!remote) {
    const w = new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module', name: 'mittari-engine' });
    // An error that escapes every call (out of memory, a stack overflow outside a call) leaves a worker that cannot
    // be trusted: it is replaced, and the workbench loads its datasets again (onEngineCrash).
    w.addEventListener('error', () => {
      if (worker !== w) return;
      restartEngine();
      onCrash?.();
    });
    worker = w;
    remote = Comlink.wrap<EngineApi>(w);
    // `?parse-threads=N` in the page address sets how many threads parse a big file (tests and benchmarks; the
    // default is every core but one).
    const forced = Number(new URLSearchParams(globalThis.location?.search ?? '').get('parse-threads'));
    if (forced > 0) void remote.setParseThreads(forced);
  }
  return remote;
}

/** What to do after the worker failed outside any call and was replaced: load the datasets again. */
export function onEngineCrash(handler: () => void): void {
  onCrash = handler;
}

/**
 * Terminates a worker that stopped answering, with everything it holds; the next engine() call starts a fresh
 * one. The workbench then loads its datasets again from the files it kept (see Workbench.replaceEngine).
 */
export function restartEngine(): void {
  worker?.terminate();
  worker = null;
  remote = null;
}

/**
 * A progress callback the worker can call across the thread boundary. Functions cannot be cloned into a worker;
 * the proxy sends each call back as a message, so a load reports its progress as it goes (no polling).
 */
export function progress<P = Progress>(onProgress: (p: P) => void): (p: P) => void {
  return Comlink.proxy(onProgress);
}
