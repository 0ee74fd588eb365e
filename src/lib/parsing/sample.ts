/**
 * Picks up to `max` non-empty, trimmed values spread evenly over the column, so type votes see the whole
 * file (a CRM export's first rows are often the oldest and tidiest) at a fixed cost.
 */
export function sampleValues(values: readonly string[], max = 2000): string[] {
  const n = values.length;
  const step = n > max ? n / max : 1;
  const out: string[] = [];
  for (let k = 0; k < max; k++) {
    const end = Math.min(n, Math.floor((k + 1) * step));
    // Take the first non-empty value of each window, so sparse columns still yield a sample.
    for (let i = Math.floor(k * step); i < end; i++) {
      const v = (values[i] ?? '').trim();
      if (v !== '') {
        out.push(v);
        break;
      }
    }
    if (end >= n) break;
  }
  return out;
}
