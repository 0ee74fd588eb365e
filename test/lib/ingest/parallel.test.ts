// The streamed parse (a file read in slices) and the parallel parse (the file cut into parts, each read apart, then
// joined) give what the old whole-file parse gave (reference/load.ts), to the last field: on the example files, the
// broken-file corpus and ChannelAttribution's paths. The parts run in this thread here (the same code the workers
// run); test/cli/pool.test.ts runs them in worker_threads. Slices of a few bytes cut records, quoted cells, CRLF
// pairs and UTF-8 characters at every place.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSource, type LoadOptions, type LoadResult } from '../../../src/lib/ingest/load';
import { bytesSource } from '../../../src/lib/ingest/source';
import { parsePart, type PartJob } from '../../../src/lib/ingest/part';
import { scanSource } from '../../../src/lib/ingest/scan';
import { overlongLine } from '../../../src/lib/ingest/limits';
import { CASES, nameOf } from '../../fixtures/broken/expected';
import { bytesOf } from '../../fixtures/broken/make';
import { CHANNELATTRIBUTION_PATHS } from '../../shared';
import { referenceLoad } from './reference/load';

/** Parts read by the last load(). */
let partsRead = 0;

/** Loads through the new path: `parts` parts read in this thread, `slice` bytes at a time. */
function load(name: string, bytes: Uint8Array, parts: number, slice?: number, options: LoadOptions = {}): Promise<LoadResult> {
  const source = bytesSource(bytes);
  partsRead = 0;
  const run = (job: PartJob, hooks: Parameters<typeof parsePart>[2]) => {
    partsRead++;
    return parsePart(source, job, hooks);
  };
  return loadSource(name, source, { ...options, sliceBytes: slice, parallel: { parts, run, minBytes: 0 } });
}

/** Datasets compared whole; a problem by its code and message. */
const view = (r: LoadResult) => (r.ok ? r.dataset : r.problem);

const examples = readdirSync('public/examples').map((f) => [f, new Uint8Array(readFileSync(join('public/examples', f)))] as const);

describe('the streamed and parallel parse equal the whole-file parse', () => {
  it.each(examples)('example %s, in 1 to 4 parts and in slices of 1 MiB and 4 KiB', async (name, bytes) => {
    const want = view(await referenceLoad(name, bytes));
    for (const [parts, slice] of [[1, undefined], [2, 4096], [4, 4096]] as const) {
      expect(view(await load(name, bytes, parts, slice))).toEqual(want);
      if (parts > 1) expect(partsRead).toBeGreaterThan(1); // the file was really cut
    }
  });

  it("ChannelAttribution's 10,000 paths, in 3 parts and slices of 7 bytes", async () => {
    const bytes = new Uint8Array(readFileSync(CHANNELATTRIBUTION_PATHS));
    const want = view(await referenceLoad('paths.csv', bytes));
    expect(view(await load('paths.csv', bytes, 3, 7))).toEqual(want);
    expect(partsRead).toBe(3);
  });

  it.each(CASES.filter((c) => bytesOf(c).length < 2_000_000).map((c) => [nameOf(c), c] as const))('broken file %s, in 1 and 3 parts, slices of 5 bytes', async (name, c) => {
    const bytes = bytesOf(c);
    const want = view(await referenceLoad(name, bytes));
    expect(view(await load(name, bytes, 1, 5))).toEqual(want);
    expect(view(await load(name, bytes, 3, 5))).toEqual(want);
  });

  it('a file over 2 MB of the corpus, in 3 parts and 64 KiB slices', async () => {
    for (const c of CASES.filter((x) => bytesOf(x).length >= 2_000_000)) {
      const bytes = bytesOf(c);
      expect(view(await load(nameOf(c), bytes, 3, 1 << 16))).toEqual(view(await referenceLoad(nameOf(c), bytes)));
    }
  });
});

describe('scanSource()', () => {
  const enc = (s: string) => new TextEncoder().encode(s);

  it('finds the line overlongLine() finds, with the same length and line number, across slices', async () => {
    const texts = ['ab\r\ncd\ref\n' + 'x'.repeat(50) + '\n', 'a\n' + 'y'.repeat(20) + '\r' + 'z'.repeat(30) + '\rq\n', 'a\r\r\n\n' + 'w'.repeat(41), 'short\nlines\r\nonly\r'];
    for (const t of texts) {
      for (const slice of [1, 3, 8, 1000]) {
        const scan = await scanSource(bytesSource(enc(t)), { limit: 25, sliceBytes: slice });
        expect([t, slice, scan.long]).toEqual([t, slice, overlongLine(enc(t), 25)]);
      }
    }
  });

  it('cuts at a line break outside quotes, never inside a quoted cell', async () => {
    const text = 'a,b\n"x\ny",1\n"p\n\nq",2\n3,4\n';
    const scan = await scanSource(bytesSource(enc(text)), { limit: 1000, sliceBytes: 3, cuts: { from: 0, delimiter: ',', targets: [5, 14] } });
    expect(scan.cuts).toEqual([text.indexOf('1\n') + 1, text.indexOf('2\n') + 1]);
  });

  it('does not cut a file with a quote inside an unquoted cell, or a quote that never closes', async () => {
    for (const text of ['a,b\n5" screen,1\n3,4\n5,6\n', 'a,b\n"x"y,1\n3,4\n5,6\n', 'a,b\n1,2\n"open,3\n4,5\n']) {
      const scan = await scanSource(bytesSource(enc(text)), { limit: 1000, cuts: { from: 0, delimiter: ',', targets: [9, 14] } });
      expect(scan.cuts).toBeNull();
    }
  });
});
