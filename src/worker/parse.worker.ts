// A parse worker, started by the engine's worker for a big file (src/worker/pool.ts): reads one part of the File
// itself, a slice at a time, and posts back its columns (their typed arrays transferred, not copied).
import * as Comlink from 'comlink';
import { parsePart, type PartJob } from '../lib/ingest/part';
import { blobSource } from './blob-source';

const api = {
  async parse(file: Blob, job: PartJob, onProgress?: (bytes: number, rows: number) => void) {
    const result = await parsePart(blobSource(file), job, { onProgress: onProgress && ((bytes, rows) => void onProgress(bytes, rows)) });
    if ('notUtf8' in result) return result;
    const buffers = [result.rows.buffer, ...result.columns.flatMap((c) => (c.codes ? [c.codes.buffer] : []))] as ArrayBuffer[];
    return Comlink.transfer(result, buffers);
  },
};

export type ParseApi = typeof api;

Comlink.expose(api);
