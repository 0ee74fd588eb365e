// A File (or any Blob) as a ByteSource: each slice is read when the parse asks for it, so the whole file is never
// held as one byte array.
import type { ByteSource } from '../lib/ingest/source';

export function blobSource(blob: Blob): ByteSource {
  return { size: blob.size, read: async (start, end) => new Uint8Array(await blob.slice(start, end).arrayBuffer()) };
}
