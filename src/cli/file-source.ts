// A file on disk as a ByteSource: read a slice at a time at its offset, never whole.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { ByteSource } from '../lib/ingest/source';

/** Opens `path` for reading in slices; close() when done. Throws as fs.openSync does (ENOENT, EISDIR...). */
export function fileSource(path: string): ByteSource & { close(): void } {
  const fd = openSync(path, 'r');
  let size: number;
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw Object.assign(new Error(`EISDIR: illegal operation on a directory, read '${path}'`), { code: 'EISDIR' });
    size = stat.size;
  } catch (e) {
    closeSync(fd);
    throw e;
  }
  return {
    size,
    // Synchronous reads: a slice of 1 MiB from the page cache takes well under a millisecond, and the parse waits for it anyway.
    async read(start, end) {
      const out = new Uint8Array(end - start);
      let at = 0;
      while (at < out.length) {
        const n = readSync(fd, out, at, out.length - at, start + at);
        if (n === 0) break;
        at += n;
      }
      return at === out.length ? out : out.subarray(0, at);
    },
    close: () => closeSync(fd),
  };
}
