// Where a file's bytes come from: a File in the browser, a file on disk in Node, bytes in memory in the tests.
// Each is read slice by slice, so no reader holds the whole file. The engine never sees a Blob or a file handle
// (it compiles without DOM or Node types): the worker and the command line give it a ByteSource.

export interface ByteSource {
  /** The file's size in bytes. */
  readonly size: number;
  /** Bytes [start, end) of the file; end is at most size. */
  read(start: number, end: number): Promise<Uint8Array>;
}

/** A ByteSource over bytes already in memory (tests, the example data, small inputs). */
export function bytesSource(bytes: Uint8Array): ByteSource {
  return { size: bytes.length, read: async (start, end) => bytes.subarray(start, end) };
}

/** Bytes read per slice: 1 MiB keeps one slice's parse near 15 ms, so a Cancel is answered fast. */
export const SLICE_BYTES = 1 << 20;
