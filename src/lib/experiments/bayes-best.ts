// P(arm is best) for any number of arms: P(j best) = ∫ f_j(x) Π_{k≠j} F_k(x) dx over the Beta posteriors,
// by deterministic quadrature (Gauss–Legendre, 5 nodes per panel). Panel edges are the union of a coarse
// grid over all arms and a fine grid over each arm's ±12 sd window, so a narrow posterior is never missed.
import { betaInc, logBeta } from './special';

interface Beta { a: number; b: number }

const NODES = [-0.906179845938664, -0.5384693101056831, 0, 0.5384693101056831, 0.906179845938664];
const WEIGHTS = [0.2369268850561891, 0.4786286704993665, 0.5688888888888889, 0.4786286704993665, 0.2369268850561891];
const SPREAD = 12;

function window(p: Beta): [number, number] {
  const m = p.a / (p.a + p.b), sd = Math.sqrt((p.a * p.b) / ((p.a + p.b) ** 2 * (p.a + p.b + 1)));
  return [Math.max(0, m - SPREAD * sd), Math.min(1, m + SPREAD * sd)];
}

function grid(lo: number, hi: number, panels: number, into: number[]): void {
  for (let i = 0; i <= panels; i++) into.push(lo + ((hi - lo) * i) / panels);
}

/** Probability that each arm has the highest rate, in arm order. */
export function probBestByIntegration(posteriors: readonly Beta[]): number[] {
  const k = posteriors.length;
  if (k === 0) return [];
  if (k === 1) return [1];
  const windows = posteriors.map(window);
  const lo = Math.min(...windows.map((w) => w[0])), hi = Math.max(...windows.map((w) => w[1]));
  const edges: number[] = [];
  grid(lo, hi, 400, edges);
  for (const [a, b] of windows) grid(a, b, 200, edges);
  edges.sort((x, y) => x - y);
  const logNorm = posteriors.map((p) => logBeta(p.a, p.b));
  const out = new Array<number>(k).fill(0);
  const cdf = new Float64Array(k), pdf = new Float64Array(k);
  for (let e = 1; e < edges.length; e++) {
    const left = edges[e - 1], half = (edges[e] - left) / 2;
    if (half <= 0) continue;
    for (let q = 0; q < NODES.length; q++) {
      const x = left + half * (1 + NODES[q]);
      for (let j = 0; j < k; j++) {
        const { a, b } = posteriors[j];
        cdf[j] = betaInc(x, a, b);
        pdf[j] = Math.exp((a - 1) * Math.log(x) + (b - 1) * Math.log1p(-x) - logNorm[j]);
      }
      for (let j = 0; j < k; j++) {
        let product = pdf[j];
        for (let m = 0; m < k && product > 0; m++) if (m !== j) product *= cdf[m];
        out[j] += half * WEIGHTS[q] * product;
      }
    }
  }
  return out;
}
