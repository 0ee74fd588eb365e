// Limits decided from the bytes before the work: a file whose shape would make the parse hang or take gigabytes
// is refused with a sentence instead. Measured on the hostile corpus of issue 18: one 50 MB line (17 million
// columns) took over 8.7 GB and 120 s; 200,000 columns in 1.2 MB took 1.28 GB and 25 s.

/** The longest line read: 4 MiB. The widest real export row (16,384 columns of ~100 characters) is 1.6 MB. */
export const MAX_LINE_BYTES = 4 * 1024 * 1024;

/** Columns read: 16,384, as many as an Excel sheet has; 10,000 load in about 0.3 s. */
export const MAX_COLUMNS = 16_384;

/**
 * The first line longer than `limit` bytes, with its 1-based number, or null. Lines end at LF; a stretch without
 * one is split at CR too (old Mac files). Runs on native indexOf: about 20 ms for 100 MB.
 */
export function overlongLine(bytes: Uint8Array, limit = MAX_LINE_BYTES): { bytes: number; line: number } | null {
  let line = 1;
  for (let from = 0; from < bytes.length; line++) {
    let end = bytes.indexOf(10, from);
    if (end < 0) end = bytes.length;
    if (end - from > limit) {
      const stretch = bytes.subarray(from, end);
      for (let s = 0; s < stretch.length; line++) {
        let e = stretch.indexOf(13, s);
        if (e < 0) e = stretch.length;
        if (e - s > limit) return { bytes: e - s, line };
        s = e + 1;
      }
      line--; // the LF that ends the stretch ends its last CR piece, not another line
    }
    from = end + 1;
  }
  return null;
}
