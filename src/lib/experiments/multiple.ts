// Multiple-comparison adjustments of p-values. Both return the adjusted values in the input order.

export type Correction = 'holm' | 'bh';

function checked(pValues: readonly number[]): void {
  const bad = pValues.find((p) => !(p >= 0 && p <= 1));
  if (bad !== undefined) throw new RangeError(`p-values must be between 0 and 1, not ${bad}`);
}

/** Holm's step-down: sort ascending, p_(i) * (m - i + 1) (i from 1), running maximum, capped at 1. */
export function holm(pValues: readonly number[]): number[] {
  checked(pValues);
  const m = pValues.length;
  const order = pValues.map((_, i) => i).sort((a, b) => pValues[a] - pValues[b]);
  const out = new Array<number>(m);
  let running = 0;
  order.forEach((index, rank) => {
    running = Math.max(running, Math.min(1, pValues[index] * (m - rank)));
    out[index] = running;
  });
  return out;
}

/** Benjamini–Hochberg: sort ascending, p_(i) * m / i, running minimum from the largest, capped at 1. */
export function benjaminiHochberg(pValues: readonly number[]): number[] {
  checked(pValues);
  const m = pValues.length;
  const order = pValues.map((_, i) => i).sort((a, b) => pValues[a] - pValues[b]);
  const out = new Array<number>(m);
  let running = 1;
  for (let rank = m - 1; rank >= 0; rank--) {
    const index = order[rank];
    running = Math.min(running, (pValues[index] * m) / (rank + 1));
    out[index] = running;
  }
  return out;
}

export function adjust(pValues: readonly number[], correction: Correction): number[] {
  return correction === 'bh' ? benjaminiHochberg(pValues) : holm(pValues);
}
