// Bayesian comparison of two conversion rates with Beta(a0, b0) priors (default Beta(1, 1)).
// P(B > A) is Evan Miller's closed-form sum, evaluated in log space; expected losses are Stucchio's (2014)
// closed form in the same sums. Above NORMAL_ABOVE conversions the sums get long (one term per conversion)
// and the Betas are indistinguishable from normals, so the normal approximation is used and flagged.
import { normalCdf, normalPdf, normalQuantile } from './distributions';
import { digamma, logBeta, trigamma } from './special';
import { probBestByIntegration } from './bayes-best';

export interface BetaPosterior { a: number; b: number }
export type BayesMethod = 'exact' | 'integration' | 'normal';

export interface BayesComparison {
  /** Posterior probability that the variant's rate is above the control's. */
  probBeatControl: number;
  /** Expected loss (in rate points) of shipping the variant / of keeping the control. */
  expectedLoss: { variant: number; control: number };
  /** Central credible interval of the relative lift pB/pA - 1 (log-normal approximation, see relativeCredible). */
  relCredible: [number, number];
  /** 'exact' (Evan Miller's sum), 'integration' (non-integer prior on both sides) or 'normal' (> 1e5 conversions). */
  method: BayesMethod;
}

export const NORMAL_ABOVE = 1e5;

export function posterior(users: number, conversions: number, prior: readonly [number, number] = [1, 1]): BetaPosterior {
  if (!(prior[0] > 0 && prior[1] > 0)) throw new RangeError(`the Beta prior needs two positive numbers, not ${prior.join(', ')}`);
  return { a: prior[0] + conversions, b: prior[1] + users - conversions };
}

const mean = (p: BetaPosterior) => p.a / (p.a + p.b);
const variance = (p: BetaPosterior) => (p.a * p.b) / ((p.a + p.b) ** 2 * (p.a + p.b + 1));

/** Evan Miller: P(X1 > X2) = Σ_{i<a1} B(a2 + i, b2 + b1) / ((b1 + i) B(1 + i, b1) B(a2, b2)); a1 must be whole. */
function millerSum(x1: BetaPosterior, x2: BetaPosterior): number {
  const logs = new Float64Array(x1.a);
  const base = logBeta(x2.a, x2.b);
  let max = -Infinity;
  for (let i = 0; i < x1.a; i++) {
    logs[i] = logBeta(x2.a + i, x2.b + x1.b) - Math.log(x1.b + i) - logBeta(1 + i, x1.b) - base;
    if (logs[i] > max) max = logs[i];
  }
  let sum = 0;
  for (let i = 0; i < logs.length; i++) sum += Math.exp(logs[i] - max);
  return Math.min(1, Math.max(0, Math.exp(max + Math.log(sum))));
}

/** P(X1 > X2) for independent Betas, and how it was computed. */
export function probGreater(x1: BetaPosterior, x2: BetaPosterior): { p: number; method: BayesMethod } {
  if (Math.max(x1.a, x2.a) > NORMAL_ABOVE) {
    return { p: normalCdf((mean(x1) - mean(x2)) / Math.sqrt(variance(x1) + variance(x2))), method: 'normal' };
  }
  const whole1 = Number.isInteger(x1.a), whole2 = Number.isInteger(x2.a);
  if (whole1 && (!whole2 || x1.a <= x2.a)) return { p: millerSum(x1, x2), method: 'exact' };
  if (whole2) return { p: 1 - millerSum(x2, x1), method: 'exact' };
  return { p: probBestByIntegration([x1, x2])[0], method: 'integration' };
}

/** Stucchio: E[max(X2 - X1, 0)], the expected loss of choosing arm 1 when arm 2 may be better. */
export function expectedLoss(chosen: BetaPosterior, other: BetaPosterior): number {
  const m1 = mean(chosen), m2 = mean(other);
  if (Math.max(chosen.a, other.a) > NORMAL_ABOVE) {
    const m = m2 - m1, s = Math.sqrt(variance(chosen) + variance(other));
    return m * normalCdf(m / s) + s * normalPdf(m / s);
  }
  const up = (p: BetaPosterior) => ({ a: p.a + 1, b: p.b });
  const loss = m2 * probGreater(up(other), chosen).p - m1 * probGreater(other, up(chosen)).p;
  return Math.max(0, loss);
}

/**
 * Credible interval of pB/pA - 1. ln pA and ln pB have exact means ψ(a) - ψ(a + b) and variances
 * ψ'(a) - ψ'(a + b); the log ratio is taken as normal with those moments and the ends exponentiated.
 * Deterministic (no Monte Carlo); within ~1e-3 of the exact quantiles for a few dozen conversions per arm.
 */
export function relativeCredible(control: BetaPosterior, variant: BetaPosterior, level = 0.95): [number, number] {
  const m = digamma(variant.a) - digamma(variant.a + variant.b) - digamma(control.a) + digamma(control.a + control.b);
  const s = Math.sqrt(trigamma(variant.a) - trigamma(variant.a + variant.b) + trigamma(control.a) - trigamma(control.a + control.b));
  const z = normalQuantile(0.5 + level / 2);
  return [Math.expm1(m - z * s), Math.expm1(m + z * s)];
}

/** Everything Bayesian about variant vs control for one pair of arms. */
export function compareBayes(control: BetaPosterior, variant: BetaPosterior, level = 0.95): BayesComparison {
  const { p, method } = probGreater(variant, control);
  return {
    probBeatControl: p,
    expectedLoss: { variant: expectedLoss(variant, control), control: expectedLoss(control, variant) },
    relCredible: relativeCredible(control, variant, level),
    method,
  };
}
