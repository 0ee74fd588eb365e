// Seeded pseudo-random numbers, so that generated examples and simulations are reproducible.

/** Mulberry32: a fast 32-bit PRNG with good enough statistics for simulation. Returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A uniform integer in [min, max], both included. */
export function intBetween(rng: () => number, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

/** A uniform element of a non-empty list. */
export function pick<T>(rng: () => number, items: readonly T[]): T {
  if (items.length === 0) throw new Error('pick: the list is empty');
  return items[Math.floor(rng() * items.length)];
}

/** An element chosen with probability proportional to its weight (weights need not sum to 1). */
export function weightedPick<T>(rng: () => number, items: readonly T[], weights: readonly number[]): T {
  if (items.length === 0 || items.length !== weights.length) {
    throw new Error(`weightedPick: ${items.length} items and ${weights.length} weights`);
  }
  const total = weights.reduce((s, w) => s + w, 0);
  let u = rng() * total;
  for (let i = 0; i < items.length; i++) {
    u -= weights[i];
    if (u < 0) return items[i];
  }
  return items[items.length - 1];
}

/** A normal draw (Box–Muller). */
export function normal(rng: () => number, mean = 0, sd = 1): number {
  const u = 1 - rng(); // (0, 1]: log(0) is avoided
  const v = rng();
  return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** An exponential draw with the given mean. */
export function exponential(rng: () => number, mean: number): number {
  return -mean * Math.log(1 - rng());
}
