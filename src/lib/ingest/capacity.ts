// Will a file fit? Estimated from its size before a byte is read, so a file too big for the tab stops with a
// clear message instead of crashing it.

/**
 * JavaScript heap a load takes per byte of file. The file is read in slices (ingest/source.ts), so neither its
 * bytes nor its text are ever held whole: what stays is the columns (each distinct cell once, and the cells of
 * columns that do not repeat) and the journeys. Measured in Chromium with `npm run bench:browser` (peak used heap
 * of the page and its worker): 2.85 at 1M rows (73 MB file, 208 MB heap), 2.6 at 3M (221 MB, 574 MB) and 2.24 at
 * 14M (1,040 MB, 2,325 MB); 2.5 holds where the limit bites. Before the file was streamed it was 15 bytes of
 * memory per byte, with the file's bytes and its text held whole.
 */
export const BYTES_PER_FILE_BYTE = 2.5;

/**
 * What one tab's JavaScript can hold: V8 keeps a renderer's JavaScript objects in one 4 GB space on 64-bit
 * desktops (pointer compression); 3.5 GB leaves room for the page. Typed arrays (journeys, codes) live outside it.
 */
export const TAB_MEMORY_BYTES = 3.5 * 1024 ** 3;

import { msg, type Msg } from '../messages';

/** A sentence saying the file is too big and what to do, or null when it should fit. */
export function capacityProblem(name: string, size: number, budget = TAB_MEMORY_BYTES): Msg | null {
  const need = size * BYTES_PER_FILE_BYTE;
  if (need <= budget) return null;
  return msg('file.tooBig', { file: name, size, need, budget });
}
