// Media transforms of the model: geometric adstock, Hill saturation, and the steady-state weekly curve they imply.
// FORMULAS.md, Marketing-mix model: A_t = x_t + theta A_{t-1}; Hill(A) = A^alpha / (A^alpha + gamma^alpha).
import type { HillCurve } from '../budget/response';
import type { ChannelShape } from './types';

/** Geometric adstock of `x` into `out` (same length; may be a fresh array). Returns `out`. */
export function adstock(x: ArrayLike<number>, theta: number, out: Float64Array = new Float64Array(x.length)): Float64Array {
  let carry = 0;
  for (let t = 0; t < x.length; t++) {
    carry = x[t] + theta * carry;
    out[t] = carry;
  }
  return out;
}

/** Hill(a) = a^alpha / (a^alpha + gamma^alpha) of every element, in place. Returns `a`. */
export function hillInPlace(a: Float64Array, alpha: number, gamma: number): Float64Array {
  const ga = gamma ** alpha;
  for (let t = 0; t < a.length; t++) {
    const v = a[t];
    if (v <= 0) { a[t] = 0; continue; }
    const va = v ** alpha;
    a[t] = va / (va + ga);
  }
  return a;
}

/**
 * The weekly response to a weekly spend x held constant until the carryover settles: adstock reaches x / (1 - theta),
 * so the response is beta Hill(x / (1 - theta)) = a Hill curve in x with half-saturation gamma (1 - theta).
 */
export function steadyCurve(beta: number, shape: ChannelShape): HillCurve {
  return { beta, alpha: shape.alpha, gamma: shape.gamma * (1 - shape.theta) };
}

/** Weeks until half of a week's adstock has decayed: ln 0.5 / ln theta (0 without carryover). */
export function halfLife(theta: number): number {
  return theta > 0 ? Math.log(0.5) / Math.log(theta) : 0;
}
