// The command line's parse on every core: a file of 8 MiB or more is cut into one part per core; this thread reads
// the first part while worker_threads read the others (src/cli/parse-worker.ts), and the parts are joined as in the
// browser (lib/ingest/merge.ts).
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { ParallelParse } from '../lib/ingest/load';
import { parsePart, type PartJob } from '../lib/ingest/part';
import type { ByteSource } from '../lib/ingest/source';

/** At most this many parts: beyond it, joining the parts costs more than the cores save. */
const MAX_PARTS = 8;

/** The worker's file beside this module: TypeScript when run from the source (tsx), JavaScript when built. */
function workerUrl(): URL {
  const name = import.meta.url.endsWith('.ts') ? './parse-worker.ts' : './parse-worker.js';
  return new URL(name, import.meta.url);
}

/**
 * From the source (`npm run mittari`, the tests), the worker is TypeScript: it registers tsx's loader first, as a
 * worker does not run the `--import` hooks of its parent.
 */
function typeScriptWorker(url: URL): Worker {
  const api = import.meta.resolve('tsx/esm/api');
  const code = `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); });`;
  return new Worker(code, { eval: true });
}

/** Runs one part in a new worker thread. */
function inWorker(path: string, job: PartJob, onProgress?: (bytes: number, rows: number) => void) {
  const url = workerUrl();
  const worker = url.pathname.endsWith('.ts') ? typeScriptWorker(url) : new Worker(url);
  worker.postMessage({ path, job });
  return new Promise<Awaited<ReturnType<typeof parsePart>>>((resolve, reject) => {
    worker.on('message', (m: { progress?: { bytes: number; rows: number }; result?: Awaited<ReturnType<typeof parsePart>>; error?: string }) => {
      if (m.progress) onProgress?.(m.progress.bytes, m.progress.rows);
      else if (m.error !== undefined) reject(new Error(`parse worker: ${m.error}`));
      else if (m.result) resolve(m.result);
    });
    worker.on('error', reject);
    worker.on('exit', (code) => reject(new Error(`parse worker stopped (exit ${code})`)));
  }).finally(() => void worker.terminate());
}

/**
 * Parallel parse of the file at `path` (open as `source`): `parts` defaults to the cores this process may use.
 * The first part is read in this thread, which would otherwise only wait.
 */
export function nodeParallel(path: string, source: ByteSource, parts = Math.min(MAX_PARTS, availableParallelism()), minBytes?: number): ParallelParse {
  return {
    parts,
    minBytes,
    // The first part (the one that starts with the header) here, the others in workers.
    run: (job, hooks) => (job.header === null ? parsePart(source, job, hooks) : inWorker(path, job, hooks.onProgress)),
  };
}
