// The model's fixed parts, built once per table: the scaled outcome, the baseline columns (level, trend, yearly
// Fourier terms, controls, events) and each fitted channel's spend scaled by its mean.
import type { MixTable } from './types';

export type BaselineKind = 'level' | 'trend' | 'season' | 'control' | 'event';

export interface Design {
  T: number;
  /** The outcome's scale (its mean absolute value): the model works on outcome / yScale. */
  yScale: number;
  y: Float64Array;
  /** Baseline columns; Z[0] is the level (all ones). Controls are standardised, events kept 0/1. */
  Z: Float64Array[];
  zNames: string[];
  zKinds: BaselineKind[];
  /** Spend of each fitted channel divided by its mean weekly spend. */
  media: Float64Array[];
  spendScale: number[];
  spendTotal: number[];
  /** Prior median ROI (outcome per unit of spend), the same for every channel. */
  m0: number;
  /** Controls left out because they never change. */
  constant: string[];
}

/** Weeks per year, for the Fourier terms (365.25 / 7). */
export const YEAR_WEEKS = 52.18;

export function buildDesign(table: MixTable, spends: readonly Float64Array[], fourier: number, priorMediaShare: number): Design {
  const T = table.weeks.length;
  let yScale = 0;
  for (const v of table.outcome) yScale += Math.abs(v);
  yScale = yScale > 0 ? yScale / T : 1;
  const y = table.outcome.map((v) => v / yScale);
  const Z: Float64Array[] = [new Float64Array(T).fill(1)];
  const zNames = ['level'], zKinds: BaselineKind[] = ['level'];
  const constant: string[] = [];
  if (T > 1) {
    Z.push(Float64Array.from({ length: T }, (_, t) => (2 * t) / (T - 1) - 1));
    zNames.push('trend'); zKinds.push('trend');
  }
  // Under three quarters of a year, yearly terms would just be a second trend.
  const K = T >= 39 ? fourier : 0;
  for (let k = 1; k <= K; k++) {
    const w = (2 * Math.PI * k) / YEAR_WEEKS;
    Z.push(Float64Array.from({ length: T }, (_, t) => Math.sin(w * t)));
    Z.push(Float64Array.from({ length: T }, (_, t) => Math.cos(w * t)));
    zNames.push(`sin${k}`, `cos${k}`); zKinds.push('season', 'season');
  }
  for (const c of table.controls) {
    let mean = 0, sq = 0;
    for (const v of c.values) mean += v / T;
    for (const v of c.values) sq += (v - mean) ** 2;
    const sd = Math.sqrt(sq / T);
    if (!(sd > 1e-12 * Math.max(1, Math.abs(mean)))) { constant.push(c.name); continue; }
    Z.push(c.kind === 'event' ? Float64Array.from(c.values) : c.values.map((v) => (v - mean) / sd));
    zNames.push(c.name); zKinds.push(c.kind);
  }
  const spendTotal = spends.map((x) => x.reduce((a, b) => a + b, 0));
  const spendScale = spendTotal.map((s) => s / T);
  const media = spends.map((x, c) => x.map((v) => v / spendScale[c]));
  const allSpend = spendTotal.reduce((a, b) => a + b, 0);
  const m0 = allSpend > 0 ? (priorMediaShare * yScale * T) / allSpend : 1;
  return { T, yScale, y, Z, zNames, zKinds, media, spendScale, spendTotal, m0, constant };
}
