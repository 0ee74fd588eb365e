// The parse on every core, in the browser: for a big File, the engine's worker reads the first part itself and
// starts one parse worker per other part (src/worker/parse.worker.ts), each reading its own slices of the File.
// Cancel stops every one of them at once: a parse worker is terminated, the engine's own part stops at its next
// slice. The parts are joined in lib/ingest/merge.ts.
import * as Comlink from 'comlink';
import type { ParallelParse } from '../lib/ingest/load';
import { parsePart } from '../lib/ingest/part';
import { cancelledPart } from '../lib/ingest/rows';
import type { ParseApi } from './parse.worker';
import { blobSource } from './blob-source';

/** At most this many parse threads: beyond it, joining the parts costs more than the cores save. */
const MAX_THREADS = 8;

/** Parse threads for this device: every core but one, which stays for the page; at least one. */
export function parseThreads(cores = globalThis.navigator?.hardwareConcurrency || 2): number {
  return Math.max(1, Math.min(MAX_THREADS, cores - 1));
}

/** How often a parse worker's load checks for a Cancel. */
const CANCEL_POLL_MS = 50;

export function browserParallel(file: Blob, threads: number): ParallelParse {
  return {
    parts: threads,
    run(job, hooks) {
      if (job.header === null) return parsePart(blobSource(file), job, hooks);
      const worker = new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module', name: 'mittari-parse' });
      const remote = Comlink.wrap<ParseApi>(worker);
      let poll: ReturnType<typeof setInterval> | undefined;
      const cancelled = new Promise<ReturnType<typeof cancelledPart>>((resolve) => {
        poll = setInterval(() => {
          if (hooks.isCancelled?.()) resolve(cancelledPart());
        }, CANCEL_POLL_MS);
      });
      // A worker whose script cannot load (offline before it was ever cached) fires `error`: its part is read here.
      const failed = new Promise<never>((_, reject) => worker.addEventListener('error', (e) => reject(e), { once: true }));
      const parsed = Promise.race([remote.parse(file, job, hooks.onProgress && Comlink.proxy(hooks.onProgress)), failed])
        .catch(() => parsePart(blobSource(file), job, hooks));
      return Promise.race([parsed, cancelled]).finally(() => {
        clearInterval(poll);
        remote[Comlink.releaseProxy]();
        worker.terminate();
      });
    },
  };
}
