// Linear algebra for absorbing Markov chains: solves x = Q x + b, i.e. (I - Q) x = b, where Q is the
// substochastic transient-to-transient matrix and b the one-step absorption probability (or value rate).
// Small chains (order 1: ~12 states, order 2: ~150) use dense LU with partial pivoting: exact to rounding.
// Large chains (order 3-4: thousands of states, a few per cent of them linked) use Gauss–Seidel on the
// sparse rows, which converges for any absorbing chain (spectral radius of Q < 1) and is stopped when a sweep
// changes no component by more than 1e-15 of the largest one (measured on the ChannelAttribution file at
// orders 2 and 3: every removal effect within 1e-14 of the dense LU answer).

/** A square sparse matrix in compressed rows: row i is cols/vals[start[i] .. start[i + 1]). */
export interface SparseRows {
  n: number;
  start: Int32Array;
  cols: Int32Array;
  vals: Float64Array;
}

/** Above this many free states the dense O(n^3) factorisation gives way to Gauss–Seidel. */
export const DENSE_LIMIT = 400;

/** LU factors of a dense n x n matrix (row-major) with the row permutation of partial pivoting. */
export interface LU {
  n: number;
  lu: Float64Array;
  perm: Int32Array;
}

/** Factorises a dense row-major n x n matrix with partial pivoting. Does not modify `a`. */
export function luFactor(a: Float64Array, n: number): LU {
  if (a.length !== n * n) throw new Error(`luFactor: expected ${n * n} entries for n = ${n}, you passed ${a.length}`);
  const lu = a.slice();
  const perm = Int32Array.from({ length: n }, (_, i) => i);
  for (let k = 0; k < n; k++) {
    let p = k;
    for (let i = k + 1; i < n; i++) if (Math.abs(lu[i * n + k]) > Math.abs(lu[p * n + k])) p = i;
    if (lu[p * n + k] === 0) throw new Error(`luFactor: the matrix is singular (column ${k})`);
    if (p !== k) {
      for (let j = 0; j < n; j++) [lu[k * n + j], lu[p * n + j]] = [lu[p * n + j], lu[k * n + j]];
      [perm[k], perm[p]] = [perm[p], perm[k]];
    }
    const pivot = lu[k * n + k];
    for (let i = k + 1; i < n; i++) {
      const f = (lu[i * n + k] /= pivot);
      if (f === 0) continue;
      for (let j = k + 1; j < n; j++) lu[i * n + j] -= f * lu[k * n + j];
    }
  }
  return { n, lu, perm };
}

/** Solves A x = b with the factors of A. */
export function luSolve({ n, lu, perm }: LU, b: ArrayLike<number>): Float64Array {
  const x = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = b[perm[i]];
    for (let j = 0; j < i; j++) s -= lu[i * n + j] * x[j];
    x[i] = s;
  }
  for (let i = n - 1; i >= 0; i--) {
    let s = x[i];
    for (let j = i + 1; j < n; j++) s -= lu[i * n + j] * x[j];
    x[i] = s / lu[i * n + i];
  }
  return x;
}

/** Indices of the states that are not fixed at zero. */
function freeStates(n: number, zero?: Uint8Array): Int32Array {
  const out: number[] = [];
  for (let i = 0; i < n; i++) if (!zero?.[i]) out.push(i);
  return Int32Array.from(out);
}

function solveDense(q: SparseRows, rhs: readonly Float64Array[], free: Int32Array): Float64Array[] {
  const m = free.length;
  const index = new Int32Array(q.n).fill(-1);
  free.forEach((s, i) => (index[s] = i));
  const a = new Float64Array(m * m);
  for (let i = 0; i < m; i++) {
    const s = free[i];
    a[i * m + i] += 1;
    for (let e = q.start[s]; e < q.start[s + 1]; e++) {
      const j = index[q.cols[e]];
      if (j >= 0) a[i * m + j] -= q.vals[e];
    }
  }
  const f = luFactor(a, m);
  return rhs.map((b) => {
    const x = luSolve(f, Array.from(free, (s) => b[s]));
    const out = new Float64Array(q.n);
    free.forEach((s, i) => (out[s] = x[i]));
    return out;
  });
}

function solveIterative(q: SparseRows, b: Float64Array, free: Int32Array, guess?: Float64Array): Float64Array {
  const x = new Float64Array(q.n);
  if (guess) free.forEach((s) => (x[s] = guess[s]));
  for (let sweep = 0; sweep < 1_000_000; sweep++) {
    let change = 0, size = 0;
    for (const s of free) {
      let sum = b[s], diag = 1;
      for (let e = q.start[s]; e < q.start[s + 1]; e++) {
        const t = q.cols[e];
        if (t === s) diag -= q.vals[e];
        else sum += q.vals[e] * x[t]; // states fixed at zero hold 0 in x
      }
      const v = sum / diag;
      change = Math.max(change, Math.abs(v - x[s]));
      size = Math.max(size, Math.abs(v));
      x[s] = v;
    }
    if (change <= 1e-15 * size) return x;
  }
  throw new Error('solveAbsorbing: Gauss–Seidel did not converge (is every state transient?)');
}

/**
 * Solves x = Q x + b for every right-hand side b, with the states marked in `zero` fixed at x = 0 (states made
 * absorbing to a zero-value sink, as a removed channel is). `guess` (one per b, optional) starts the iteration
 * from a known upper bound, e.g. the solution without removal. Returns full-length vectors; inputs untouched.
 */
export function solveAbsorbing(q: SparseRows, rhs: readonly Float64Array[], zero?: Uint8Array, guess?: readonly Float64Array[]): Float64Array[] {
  const free = freeStates(q.n, zero);
  if (free.length <= DENSE_LIMIT) return solveDense(q, rhs, free);
  return rhs.map((b, i) => solveIterative(q, b, free, guess?.[i]));
}
