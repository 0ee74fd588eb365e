// Normal, Student t and chi-square distributions, built on special.ts. Tails are computed directly (never
// as 1 - CDF) so small p-values keep their relative precision.
import { betaInc, gammaP, gammaQ, logGamma } from './special';

const SQRT2 = Math.SQRT2;
const SQRT_2PI = Math.sqrt(2 * Math.PI);

/** erfc(x) = Q(1/2, x²) for x ≥ 0; reflected for x < 0. */
export function erfc(x: number): number {
  if (x < 0) return 2 - erfc(-x);
  return gammaQ(0.5, x * x);
}

/** Standard normal density. */
export function normalPdf(x: number): number {
  return Math.exp(-0.5 * x * x) / SQRT_2PI;
}

/** Φ(x), the standard normal CDF. */
export function normalCdf(x: number): number {
  return 0.5 * erfc(-x / SQRT2);
}

/** 1 - Φ(x), accurate in the upper tail. */
export function normalSf(x: number): number {
  return 0.5 * erfc(x / SQRT2);
}

// Acklam's rational approximation (relative error 1.15e-9), then Halley steps on the exact CDF.
const A = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
const B = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
const C = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
const D = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];

/** Φ⁻¹(p), the standard normal quantile, for 0 < p < 1 (about 1e-15 relative). */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) {
    if (p === 0) return -Infinity;
    if (p === 1) return Infinity;
    throw new RangeError(`normalQuantile needs 0 < p < 1, not ${p}`);
  }
  if (p > 0.5) return -normalQuantile(1 - p); // work in the lower tail, where p has full precision
  let x: number;
  if (p < 0.02425) {
    const q = Math.sqrt(-2 * Math.log(p));
    x = (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5]) / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
  } else {
    const q = p - 0.5, r = q * q;
    x = ((((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q) /
      (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
  }
  for (let i = 0; i < 2; i++) {
    const e = normalCdf(x) - p;
    const u = e * SQRT_2PI * Math.exp(0.5 * x * x);
    x -= u / (1 + 0.5 * x * u);
  }
  return x;
}

/** P(T > t) for Student's t with df > 0 degrees of freedom (df may be fractional, e.g. Welch). */
export function studentTSf(t: number, df: number): number {
  if (!(df > 0)) throw new RangeError(`Student t needs df > 0, not ${df}`);
  if (df === Infinity) return normalSf(t);
  const tail = 0.5 * betaInc(df / (df + t * t), df / 2, 0.5);
  return t >= 0 ? tail : 1 - tail;
}

/** P(T ≤ t) for Student's t. */
export function studentTCdf(t: number, df: number): number {
  return studentTSf(-t, df);
}

/** Student t density. */
function studentTPdf(t: number, df: number, logNorm: number): number {
  return Math.exp(logNorm - ((df + 1) / 2) * Math.log1p((t * t) / df));
}

/** The t quantile for 0 < p < 1: Newton steps on the upper tail from the normal quantile (monotone there). */
export function studentTQuantile(p: number, df: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`studentTQuantile needs 0 < p < 1, not ${p}`);
  if (!(df > 0)) throw new RangeError(`Student t needs df > 0, not ${df}`);
  if (p === 0.5) return 0;
  if (df === Infinity) return normalQuantile(p);
  const q = Math.min(p, 1 - p); // solve P(T > t) = q for t > 0
  const logNorm = logGamma((df + 1) / 2) - logGamma(df / 2) - 0.5 * Math.log(df * Math.PI);
  let t = Math.max(-normalQuantile(q), 0);
  for (let i = 0; i < 500; i++) {
    const step = (studentTSf(t, df) - q) / studentTPdf(t, df, logNorm);
    t += step;
    if (Math.abs(step) <= 1e-15 * Math.max(1, t)) break;
  }
  return p > 0.5 ? t : -t;
}

/** P(X ≤ x) for chi-square with k degrees of freedom. */
export function chiSquareCdf(x: number, k: number): number {
  return gammaP(k / 2, x / 2);
}

/** P(X > x) for chi-square with k degrees of freedom (the p-value of a chi-square statistic). */
export function chiSquareSf(x: number, k: number): number {
  return gammaQ(k / 2, x / 2);
}
