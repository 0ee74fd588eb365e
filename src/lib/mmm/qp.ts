// Least squares with some coefficients held at or above 0, solved exactly on the normal equations by an active set
// (Lawson & Hanson's NNLS, with free coefficients always in the passive set). The model has a few dozen columns at
// most, so each step is a small Cholesky solve.

/** Solves G_PP z = c_P for the first m indices of P (G symmetric positive definite, row-major n×n) into z. False if not PD. */
function solveSubset(G: Float64Array, n: number, c: ArrayLike<number>, P: Int32Array, m: number, L: Float64Array, z: Float64Array): boolean {
  for (let i = 0; i < m; i++) {
    const gi = P[i] * n;
    for (let j = 0; j <= i; j++) {
      let s = G[gi + P[j]];
      for (let k = 0; k < j; k++) s -= L[i * n + k] * L[j * n + k];
      if (i === j) {
        if (!(s > 0)) return false;
        L[i * n + i] = Math.sqrt(s);
      } else L[i * n + j] = s / L[j * n + j];
    }
  }
  for (let i = 0; i < m; i++) {
    let s = c[P[i]];
    for (let k = 0; k < i; k++) s -= L[i * n + k] * z[k];
    z[i] = s / L[i * n + i];
  }
  for (let i = m - 1; i >= 0; i--) {
    let s = z[i];
    for (let k = i + 1; k < m; k++) s -= L[k * n + i] * z[k];
    z[i] = s / L[i * n + i];
  }
  return true;
}

/**
 * Minimises b'Gb - 2c'b subject to b_i >= 0 where `nonNegative[i]`; G must be positive definite (a ridge term makes
 * it so). Returns b, exact up to rounding: the KKT conditions hold (gradient 0 on the free and positive coefficients,
 * pointing outward at the ones held at 0).
 */
export function boundedLeastSquares(G: Float64Array, c: ArrayLike<number>, nonNegative: readonly boolean[]): Float64Array {
  const n = nonNegative.length;
  const b = new Float64Array(n), full = new Float64Array(n), L = new Float64Array(n * n), zs = new Float64Array(n);
  const P = new Int32Array(n);
  const inP = nonNegative.map((nn) => !nn);
  let scale = 1e-300;
  for (let i = 0; i < n; i++) scale = Math.max(scale, Math.abs(c[i]));
  // Solves on the passive set into `full` (zeros elsewhere).
  const solve = (): void => {
    let m = 0;
    for (let i = 0; i < n; i++) if (inP[i]) P[m++] = i;
    if (!solveSubset(G, n, c, P, m, L, zs)) throw new Error('boundedLeastSquares: the normal matrix is not positive definite (add a ridge term)');
    full.fill(0);
    for (let k = 0; k < m; k++) full[P[k]] = zs[k];
  };
  if (inP.some(Boolean)) { solve(); b.set(full); }
  for (let outer = 0; outer < 3 * n + 10; outer++) {
    // Gradient of -(objective)/2: w = c - G b; a held coefficient with w > 0 would lower the objective if freed.
    let best = -1, bestW = 1e-12 * scale;
    for (let i = 0; i < n; i++) {
      if (inP[i]) continue;
      let w = c[i];
      for (let k = 0; k < n; k++) w -= G[i * n + k] * b[k];
      if (w > bestW) { bestW = w; best = i; }
    }
    if (best < 0) break;
    inP[best] = true;
    for (let inner = 0; inner < 3 * n + 10; inner++) {
      solve();
      let step = 1;
      for (let i = 0; i < n; i++) {
        if (inP[i] && nonNegative[i] && full[i] <= 0) step = Math.min(step, b[i] / (b[i] - full[i]));
      }
      if (step >= 1) { b.set(full); break; }
      for (let i = 0; i < n; i++) b[i] += step * (full[i] - b[i]);
      for (let i = 0; i < n; i++) {
        if (inP[i] && nonNegative[i] && b[i] <= 1e-15 * scale) { inP[i] = false; b[i] = 0; }
      }
    }
  }
  return b;
}
