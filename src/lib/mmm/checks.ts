// What the data can and cannot tell, before the fit: channels without spend, spend that hardly varies, channels
// moving together (fitted as one group rather than split by chance), and too few weeks.
import { msg, type Msg } from '../messages';
import type { MixTable } from './types';

/** A fitted channel: one input channel, or a group of channels whose spends move together. */
export interface Unit {
  name: string;
  members: string[];
  spend: Float64Array;
}

export function correlation(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n = a.length;
  let ma = 0, mb = 0;
  for (let t = 0; t < n; t++) { ma += a[t] / n; mb += b[t] / n; }
  let sab = 0, saa = 0, sbb = 0;
  for (let t = 0; t < n; t++) {
    sab += (a[t] - ma) * (b[t] - mb); saa += (a[t] - ma) ** 2; sbb += (b[t] - mb) ** 2;
  }
  return saa > 0 && sbb > 0 ? sab / Math.sqrt(saa * sbb) : 0;
}

/** Coefficient of variation of weekly spend (sd / mean). */
export function variation(x: ArrayLike<number>): number {
  const n = x.length;
  let m = 0;
  for (let t = 0; t < n; t++) m += x[t] / n;
  let sq = 0;
  for (let t = 0; t < n; t++) sq += (x[t] - m) ** 2;
  return m > 0 ? Math.sqrt(sq / n) / m : 0;
}

/** Below this coefficient of variation, a channel's spend "hardly varies". */
export const FLAT_CV = 0.1;

/**
 * The channels the model fits, in table order: zero-spend channels left out, channels with |r| above `threshold`
 * merged (connected components, so a chain of pairs is one group), and the warnings that say so.
 */
export function planUnits(table: MixTable, threshold: number): { units: Unit[]; skipped: string[]; warnings: Msg[] } {
  const warnings: Msg[] = [];
  if (table.weeks.length < 52) warnings.push(msg('mmm.shortData', { weeks: table.weeks.length }));
  const live = table.channels.filter((c) => c.spend.some((v) => v !== 0));
  const skipped = table.channels.filter((c) => !live.includes(c)).map((c) => c.name);
  for (const name of skipped) warnings.push(msg('mmm.zeroSpend', { channel: name }));
  const parent = live.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i])));
  const rs = live.map((a) => live.map((b) => Math.abs(correlation(a.spend, b.spend))));
  for (let i = 0; i < live.length; i++) {
    for (let j = i + 1; j < live.length; j++) if (rs[i][j] > threshold) parent[Math.max(root(i), root(j))] = Math.min(root(i), root(j));
  }
  const units: Unit[] = [];
  live.forEach((c, i) => {
    const r = root(i);
    if (r !== i) return;
    const members = live.filter((_, j) => root(j) === i);
    const spend = new Float64Array(c.spend.length);
    for (const m of members) m.spend.forEach((v, t) => (spend[t] += v));
    units.push({ name: members.map((m) => m.name).join(' + '), members: members.map((m) => m.name), spend });
    if (members.length > 1) warnings.push(msg('mmm.grouped', { channels: members.map((m) => m.name), r: Math.max(...members.flatMap((a) => members.map((b) => (a === b ? 0 : rs[live.indexOf(a)][live.indexOf(b)])))) }));
  });
  for (const u of units) {
    const cv = variation(u.spend);
    if (cv < FLAT_CV) warnings.push(msg('mmm.flatSpend', { channel: u.name, cv }));
  }
  return { units, skipped, warnings };
}
