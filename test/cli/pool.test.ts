// The command line's parallel parse in real worker_threads (src/cli/pool.ts): the same dataset as the whole-file
// parse of before (test/lib/ingest/reference/), with the file cut into 3 parts, two of them read by workers.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadSource, type LoadResult } from '../../src/lib/ingest/load';
import { fileSource } from '../../src/cli/file-source';
import { nodeParallel } from '../../src/cli/pool';
import { CHANNELATTRIBUTION_PATHS } from '../shared';
import { referenceLoad } from '../lib/ingest/reference/load';

const view = (r: LoadResult) => (r.ok ? r.dataset : r.problem);

/** Parts read by worker threads in the last viaWorkers(). */
let inWorkers = 0;

async function viaWorkers(path: string): Promise<LoadResult> {
  const source = fileSource(path);
  const parallel = nodeParallel(path, source, 3, 0);
  inWorkers = 0;
  try {
    return await loadSource('file.csv', source, { parallel: { ...parallel, run: (job, hooks) => (job.header && inWorkers++, parallel.run(job, hooks)) } });
  } finally {
    source.close();
  }
}

describe('nodeParallel()', () => {
  it.each([['public/examples/touchpoints.csv'], ['test/fixtures/fi-spend-cp1252.csv'], [CHANNELATTRIBUTION_PATHS]])('reads %s in 3 parts, two in worker threads, as one pass would', async (path) => {
    const want = view(await referenceLoad('file.csv', new Uint8Array(readFileSync(path))));
    expect(view(await viaWorkers(path))).toEqual(want);
    expect(inWorkers).toBe(2);
  });
});
