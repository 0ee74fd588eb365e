// Will a file fit? Estimated from its size before a byte is read, so a file too big for the tab stops with a
// clear message instead of crashing it.

/**
 * Memory a load takes per byte of file: decoded text, papaparse's row arrays, typed columns and journeys.
 * Measured on the 1M-row benchmark file (73 MB): about 1.07 GB peak, so 14 bytes per byte, rounded up.
 */
export const BYTES_PER_FILE_BYTE = 15;

/** What one tab can hold: Chromium's default JavaScript heap limit on 64-bit desktops is about 4 GB. */
export const TAB_MEMORY_BYTES = 3.5 * 1024 ** 3;

import { msg, type Msg } from '../messages';

/** A sentence saying the file is too big and what to do, or null when it should fit. */
export function capacityProblem(name: string, size: number, budget = TAB_MEMORY_BYTES): Msg | null {
  const need = size * BYTES_PER_FILE_BYTE;
  if (need <= budget) return null;
  return msg('file.tooBig', { file: name, size, need, budget });
}

