// A parse worker of the command line (worker_threads): reads one part of a file from disk and posts back its
// columns, the same parsePart() the browser's parse workers run. See src/cli/pool.ts.
import { parentPort } from 'node:worker_threads';
import { parsePart, type PartJob } from '../lib/ingest/part';
import { fileSource } from './file-source';

parentPort?.on('message', async ({ path, job }: { path: string; job: PartJob }) => {
  const source = fileSource(path);
  try {
    const result = await parsePart(source, job, { onProgress: (bytes, rows) => parentPort?.postMessage({ progress: { bytes, rows } }) });
    const buffers = 'notUtf8' in result ? [] : [result.rows.buffer, ...result.columns.flatMap((c) => (c.codes ? [c.codes.buffer] : []))];
    parentPort?.postMessage({ result }, buffers as ArrayBuffer[]);
  } catch (e) {
    parentPort?.postMessage({ error: e instanceof Error ? e.stack ?? e.message : String(e) });
  } finally {
    source.close();
  }
});
