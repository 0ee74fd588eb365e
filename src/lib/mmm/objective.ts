// For one set of channel shapes, the exact linear part and the search's objective.
// Inner: min ||W^(1/2)(y - Z b - H beta)||^2 + lambda sum_c v_c (beta_c - beta0_c)^2 + a tiny ridge on the baseline,
// with beta >= 0 and level >= 0 (boundedLeastSquares). v_c is the channel's weighted variance, so lambda is the prior's
// weight relative to the data's (lambda = 1: as strong as the data). beta0_c is where the channel's ROI equals the
// prior median m0. Outer (what the search minimises): the profile negative log posterior,
// (n/2) ln(penalised SSE / n) + sum_c ln(beta_c / beta0_c)^2 / (2 sigma^2): a lognormal ROI prior, because ROI_c /
// m0 = beta_c / beta0_c. Without it a channel whose curve saturates early soaks up the baseline (issue 13).
// Lift tests (./calibrate) add (beta_c a_k - L_k)^2 / (2 se_k^2) to the outer objective; the inner solve takes them
// with weight sigma^2 / se_k^2, sigma^2 from a first solve without them, which is where both objectives agree.
import type { LiftTerm } from './calibrate';
import { boundedLeastSquares } from './qp';
import { adstock, hillInPlace } from './transform';
import type { Design } from './design';
import type { ChannelShape, MmmOptions } from './types';

/** ROI floor of the prior's log, as a share of the prior median: keeps a zero effect at a finite penalty (5.5 nats at sigma 0.9). */
const FLOOR = 0.05;


export interface Solution {
  value: number;
  shapes: ChannelShape[];
  /** Baseline coefficients (scaled outcome units), in the order of design.Z. */
  base: Float64Array;
  /** Media coefficients (scaled outcome units per unit of Hill). */
  beta: Float64Array;
  /** Hill of the adstocked spend per channel and week (0..1). */
  H: Float64Array[];
}

export type Ranges = Pick<MmmOptions, 'maxTheta' | 'minAlpha' | 'maxAlpha' | 'minGamma' | 'maxGamma' | 'alphaPriorSd' | 'gammaPriorSd'>;

/** Channel shapes from a point of the unit cube (three coordinates per channel); gamma on a log scale. */
export function decodeShapes(d: Design, x: readonly number[], r: Ranges, into?: Float64Array[]): { shapes: ChannelShape[]; H: Float64Array[]; shapePrior: number } {
  const shapes: ChannelShape[] = [], H: Float64Array[] = [];
  let shapePrior = 0;
  d.media.forEach((m, c) => {
    const theta = x[3 * c] * r.maxTheta, alpha = r.minAlpha + x[3 * c + 1] * (r.maxAlpha - r.minAlpha);
    const h = adstock(m, theta, into?.[c]);
    let mean = 0;
    for (const v of h) mean += v;
    mean /= h.length;
    const g = r.minGamma * (r.maxGamma / r.minGamma) ** x[3 * c + 2];
    hillInPlace(h, alpha, g * mean);
    shapePrior += Math.log(alpha) ** 2 / (2 * r.alphaPriorSd ** 2) + Math.log(g) ** 2 / (2 * r.gammaPriorSd ** 2);
    // gamma in spend units: the model's scaled spend times the channel's mean weekly spend.
    shapes.push({ theta, alpha, gamma: g * mean * d.spendScale[c] });
    H.push(h);
  });
  return { shapes, H, shapePrior };
}

const dot = (a: Float64Array, b: Float64Array) => {
  let s = 0;
  for (let t = 0; t < a.length; t++) s += a[t] * b[t];
  return s;
};

/** An evaluator of the objective for given week weights (0 leaves a week out; bootstrap counts repeat it). */
export function makeObjective(d: Design, weights: Float64Array, lambda: number, sigma: number, r: Ranges, lifts: readonly LiftTerm[] = []) {
  const q = d.Z.length, C = d.media.length, p = q + C;
  const n = weights.reduce((a, b) => a + b, 0);
  const wZ = d.Z.map((z) => z.map((v, t) => v * weights[t]));
  const wy = d.y.map((v, t) => v * weights[t]);
  const yy = dot(wy, d.y);
  const baseRidge = 1e-4 * n;
  const G0 = new Float64Array(p * p), c0 = new Float64Array(p);
  for (let i = 0; i < q; i++) {
    c0[i] = dot(wZ[i], d.y);
    for (let j = 0; j < q; j++) G0[i * p + j] = dot(wZ[i], d.Z[j]);
  }
  const nonNegative = Array.from({ length: p }, (_, i) => i === 0 || i >= q);

  // Scratch space for the search's many evaluations; solve() for a kept result allocates its own.
  const scratchH = d.media.map(() => new Float64Array(d.T)), wh = new Float64Array(d.T);
  const G = new Float64Array(p * p), cd = new Float64Array(p), Gp = new Float64Array(p * p), cp = new Float64Array(p);
  const v = new Float64Array(C), beta0 = new Float64Array(C);

  function solve(x: readonly number[], keep = true): Solution {
    const { shapes, H, shapePrior } = decodeShapes(d, x, r, keep ? undefined : scratchH);
    G.set(G0); cd.set(c0);
    for (let c = 0; c < C; c++) {
      const h = H[c];
      for (let t = 0; t < h.length; t++) wh[t] = h[t] * weights[t];
      let sw = 0, sum = 0;
      for (let t = 0; t < h.length; t++) { sw += wh[t]; sum += h[t]; }
      const mean = n > 0 ? sw / n : 0;
      v[c] = Math.max(dot(wh, h) - n * mean * mean, 1e-9 * n);
      beta0[c] = (d.m0 * d.spendTotal[c]) / (d.yScale * Math.max(sum, 1e-12));
      cd[q + c] = dot(wh, d.y);
      for (let j = 0; j < q; j++) G[(q + c) * p + j] = G[j * p + q + c] = dot(wh, d.Z[j]);
      for (let e = 0; e <= c; e++) G[(q + c) * p + q + e] = G[(q + e) * p + q + c] = dot(wh, H[e]);
    }
    // Data part kept for the SSE; the penalties go on copies.
    Gp.set(G); cp.set(cd);
    for (let j = 1; j < q; j++) Gp[j * p + j] += baseRidge;
    Gp[0] += 1e-12 * n;
    for (let c = 0; c < C; c++) {
      Gp[(q + c) * p + q + c] += lambda * v[c];
      cp[q + c] += lambda * v[c] * beta0[c];
    }
    const sseOf = (b: Float64Array) => {
      let sse = yy;
      for (let i = 0; i < p; i++) {
        let gi = 0;
        for (let j = 0; j < p; j++) gi += G[i * p + j] * b[j];
        sse += b[i] * gi - 2 * b[i] * cd[i];
      }
      return sse;
    };
    let b = boundedLeastSquares(Gp, cp, nonNegative);
    let calibration = 0;
    if (lifts.length > 0) {
      const a = lifts.map((k) => {
        let s = 0;
        for (let t = k.first; t <= k.last; t++) s += k.share[t - k.first] * H[k.unit][t];
        return s;
      });
      const s2 = Math.max(sseOf(b), 1e-12 * n) / Math.max(n, 1);
      lifts.forEach((k, i) => {
        const L = k.test.lift / d.yScale, se = k.se / d.yScale, kappa = s2 / (se * se), c = q + k.unit;
        Gp[c * p + c] += kappa * a[i] * a[i];
        cp[c] += kappa * a[i] * L;
      });
      b = boundedLeastSquares(Gp, cp, nonNegative);
      lifts.forEach((k, i) => {
        calibration += (b[q + k.unit] * a[i] * d.yScale - k.test.lift) ** 2 / (2 * k.se * k.se);
      });
    }
    const sse = sseOf(b);
    let pen = 0, prior = 0;
    for (let j = 1; j < q; j++) pen += baseRidge * b[j] * b[j];
    for (let c = 0; c < C; c++) {
      pen += lambda * v[c] * (b[q + c] - beta0[c]) ** 2;
      prior += Math.log((b[q + c] / beta0[c] + FLOOR) / (1 + FLOOR)) ** 2;
    }
    const value = (n / 2) * Math.log(Math.max(sse + pen, 1e-300) / n) + prior / (2 * sigma * sigma) + shapePrior + calibration;
    return { value, shapes, base: b.slice(0, q), beta: b.slice(q), H };
  }
  return { solve, value: (x: number[]) => solve(x, false).value };
}
