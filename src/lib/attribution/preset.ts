// Custom-weight presets as short text, for the URL hash and saved presets: "first=40,middle=20,last=40;webinar=2,sales call=3".
import type { PositionWeights } from './types';
import { recordOf } from '../util/own';

export interface WeightPreset {
  weights: PositionWeights;
  typeWeights: Record<string, number>;
}

const num = (s: string | undefined): number | null => {
  if (s === undefined || s.trim() === '') return null;
  const n = Number(s);
  return Number.isFinite(n) && n >= 0 ? n : null;
};

function pairs(text: string): [string, string][] {
  return text.split(',').filter((p) => p.includes('=')).map((p) => {
    const at = p.lastIndexOf('=');
    return [decodeURIComponent(p.slice(0, at)).trim(), p.slice(at + 1)];
  });
}

/** Encodes a preset; names are URI-encoded so commas, equals signs and semicolons in type names survive. */
export function encodePreset(p: WeightPreset): string {
  const pos = `first=${p.weights.first},middle=${p.weights.middle},last=${p.weights.last}`;
  const types = Object.entries(p.typeWeights).filter(([, v]) => v !== 1).map(([k, v]) => `${encodeURIComponent(k)}=${v}`).join(',');
  return types ? `${pos};${types}` : pos;
}

/** Decodes a preset; anything unreadable falls back to equal weights (which reproduce the linear model). */
export function decodePreset(text: string): WeightPreset {
  const [pos = '', types = ''] = text.split(';');
  const w = Object.fromEntries(pairs(pos));
  const weights = { first: num(w.first) ?? 50, middle: num(w.middle) ?? 50, last: num(w.last) ?? 50 };
  const typeWeights = recordOf(pairs(types).flatMap(([k, v]): [string, number][] => {
    const n = num(v);
    return k !== '' && n !== null ? [[k, n]] : [];
  }));
  return { weights, typeWeights };
}
