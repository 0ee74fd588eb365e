// A small, seeded differential evolution (Storn & Price 1997; DE/rand-to-best/1/bin with a dithered F) on the
// unit cube. Deterministic for a seed: one PRNG drives every choice, and candidates are evaluated in order.
import { mulberry32 } from '../util/random';

export interface EvolveOptions {
  /** Population size. */
  population: number;
  /** Objective evaluations in all (the initial population included). */
  evaluations: number;
  seed: number;
  /** Crossover rate. @default 0.9 */
  crossover?: number;
  /** Points placed in the initial population before the random ones (clipped to the cube). */
  start?: readonly (readonly number[])[];
  /** Spread of random points around start[0] instead of uniform on the cube (0 for uniform). @default 0 */
  around?: number;
  /** Called once per generation with the share of evaluations done; true stops the search. */
  step?: (done: number) => boolean | void;
}

export interface EvolveResult {
  best: number[];
  value: number;
  /** The final population, best first: a warm start for a related problem. */
  population: number[][];
  evaluations: number;
}

const clip = (v: number) => (v < 0 ? 0 : v > 1 ? 1 : v);

/** Minimises f over [0, 1]^dims. */
export function evolve(f: (x: number[]) => number, dims: number, options: EvolveOptions): EvolveResult {
  const steps = evolveSteps(f, dims, options);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * The same search one generation at a time: yields the share of evaluations done after each generation, so a caller
 * can pause between generations (the worker yields to its message loop there, which lets a cancel in).
 */
export function* evolveSteps(f: (x: number[]) => number, dims: number, options: EvolveOptions): Generator<number, EvolveResult, void> {
  const { population: np, evaluations, seed, crossover = 0.9, start = [], around = 0, step } = options;
  if (!(dims >= 1 && np >= 4 && evaluations >= np)) throw new Error(`invalid evolve setup: dims ${dims}, population ${np}, evaluations ${evaluations}`);
  const rng = mulberry32(seed);
  const centre = start[0];
  const pop: number[][] = Array.from({ length: np }, (_, i) => {
    if (i < start.length) return start[i].map(clip);
    if (around > 0 && centre) return centre.map((c) => clip(c + around * (2 * rng() - 1)));
    return Array.from({ length: dims }, () => rng());
  });
  const val = pop.map((x) => f(x));
  let used = np, bestI = val.indexOf(Math.min(...val));
  while (used + np <= evaluations) {
    for (let i = 0; i < np; i++) {
      let r1 = Math.floor(rng() * np), r2 = Math.floor(rng() * np);
      while (r1 === i) r1 = Math.floor(rng() * np);
      while (r2 === i || r2 === r1) r2 = Math.floor(rng() * np);
      const F = 0.4 + 0.5 * rng(), K = rng();
      const jr = Math.floor(rng() * dims), x = pop[i], b = pop[bestI];
      const trial = x.map((xi, j) => {
        if (j !== jr && rng() > crossover) return xi;
        const v = xi + K * (b[j] - xi) + F * (pop[r1][j] - pop[r2][j]);
        // Out of the cube: land between the parent and the wall, keeping diversity near the bounds.
        return v < 0 ? xi * rng() : v > 1 ? xi + (1 - xi) * rng() : v;
      });
      const fv = f(trial);
      if (fv <= val[i]) {
        pop[i] = trial;
        val[i] = fv;
        if (fv < val[bestI]) bestI = i;
      }
    }
    used += np;
    if (step?.(used / evaluations)) break;
    yield used / evaluations;
  }
  const order = val.map((_, i) => i).sort((a, b) => val[a] - val[b] || a - b);
  return { best: pop[bestI].slice(), value: val[bestI], population: order.map((i) => pop[i].slice()), evaluations: used };
}
