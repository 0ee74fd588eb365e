// Net Promoter Score with a 95% interval: % promoters (9-10) minus % detractors (0-6).
import type { NpsAnswer } from '../types';
import { periodKey } from './period';
import type { Granularity } from './types';

/** 1.96: the two-sided 95% normal quantile. */
const Z95 = 1.959963984540054;

export interface NpsResult {
  n: number;
  promoters: number;
  passives: number;
  detractors: number;
  /** -100..100; null without answers. */
  nps: number | null;
  /** Standard error of the NPS in points: 100 × √((p + d - (p - d)²) / n). */
  se: number | null;
  /** 95% interval, clipped to -100..100. */
  low: number | null;
  high: number | null;
}

/**
 * NPS of a list of scores. With p and d the promoter and detractor shares, the variance of p - d from one
 * multinomial sample is (p + d - (p - d)²) / n, so the interval is NPS ± 1.96 × 100 × √ of it.
 */
export function npsOf(scores: readonly number[]): NpsResult {
  const n = scores.length;
  let promoters = 0, detractors = 0;
  for (const s of scores) {
    if (s >= 9) promoters++;
    else if (s <= 6) detractors++;
  }
  const passives = n - promoters - detractors;
  if (n === 0) return { n, promoters, passives, detractors, nps: null, se: null, low: null, high: null };
  const p = promoters / n, d = detractors / n;
  const nps = 100 * (p - d);
  const se = 100 * Math.sqrt(Math.max(0, p + d - (p - d) ** 2) / n);
  return { n, promoters, passives, detractors, nps, se, low: Math.max(-100, nps - Z95 * se), high: Math.min(100, nps + Z95 * se) };
}

export interface NpsReport {
  overall: NpsResult;
  /** By the period of the answer date (answers without a date are in `overall` only). */
  byPeriod: Record<string, NpsResult>;
  bySegment: Record<string, NpsResult>;
}

function grouped(answers: readonly NpsAnswer[], key: (a: NpsAnswer) => string | undefined): Record<string, NpsResult> {
  const m = new Map<string, number[]>();
  for (const a of answers) {
    const k = key(a);
    if (k === undefined) continue;
    const list = m.get(k);
    if (list) list.push(a.score);
    else m.set(k, [a.score]);
  }
  return Object.fromEntries([...m].sort((a, b) => a[0].localeCompare(b[0])).map(([k, v]) => [k, npsOf(v)]));
}

/** NPS overall, per period (the trend) and per segment. Does not mutate `answers`. */
export function npsReport(answers: readonly NpsAnswer[], g: Granularity): NpsReport {
  return {
    overall: npsOf(answers.map((a) => a.score)),
    byPeriod: grouped(answers, (a) => (a.time === undefined ? undefined : periodKey(a.time, g))),
    bySegment: grouped(answers, (a) => a.segment),
  };
}
