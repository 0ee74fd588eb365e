// Finnish number and date formats, for engine sentences and the Finnish UI (locale.svelte.ts): decimal comma, a
// space before %, U+2212 minus (12,5 %, p < 0,001). Intl formatters are built once: a constructor costs ~20 µs.
const cache = new Map<string, Intl.NumberFormat>();
function nf(key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.NumberFormat('fi-FI', options)));
  return f;
}

/** 1 234 · 0,25 (as written, up to 6 decimals). */
export const num = (n: number): string => nf('num', { maximumFractionDigits: 6 }).format(n);
/** Exactly `digits` decimals: 0,006 · 12,50 */
export const fixed = (n: number, digits: number): string => nf(`f${digits}`, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n);
/** A share 0..1 as percent with `digits` decimals: 12,5 % */
export const pct = (fraction: number, digits = 1): string =>
  nf(`p${digits}`, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(fraction);
/** 1 234,56 € */
export const money = (n: number): string => nf('eur', { style: 'currency', currency: 'EUR', minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(n);
/** Two significant digits, as the engine's toPrecision(2): 0,0031 */
export const sig2 = (n: number): string => nf('s2', { minimumSignificantDigits: 2, maximumSignificantDigits: 2 }).format(n);
/** 31.1.2025 (UTC, as the engine reads zone-less times). */
const DATE = new Intl.DateTimeFormat('fi-FI', { timeZone: 'UTC', day: 'numeric', month: 'numeric', year: 'numeric' });
export const date = (ms: number): string => DATE.format(ms);
/** 12 346 (whole numbers). */
export const int = (n: number): string => nf('int', { maximumFractionDigits: 0 }).format(n);

/** 25 % / 3,4 %: whole percent from 10 % up, one decimal below (as the English verdicts). */
export const lift = (x: number): string => pct(x, Math.abs(x) >= 0.1 ? 0 : 1);
/** +25 % / −3,4 % */
export const signedLift = (x: number): string => (x < 0 || Object.is(x, -0) ? lift(x) : `+${lift(x)}`);
/** p = 0,006 · p = 0,41 · p < 0,001 */
export const pValue = (p: number): string => (p < 0.001 ? 'p < 0,001' : `p = ${fixed(p, p < 0.1 ? 3 : 2)}`);
/** yli 99,9 % · 99,7 % · alle 0,1 % */
export const chance = (p: number): string => (p > 0.999 ? 'yli 99,9 %' : p < 0.001 ? 'alle 0,1 %' : pct(p, 1));
/** A, B ja C */
export const and = (xs: readonly string[]): string => (xs.length <= 1 ? xs.join('') : `${xs.slice(0, -1).join(', ')} ja ${xs[xs.length - 1]}`);
/** ”name” (Finnish quotation marks). */
export const q = (s: string): string => `”${s}”`;
/** Up to one decimal: 12,5 · 1 234 (as the engine's formatNumber). */
export const one = (n: number): string => nf('one', { maximumFractionDigits: 1 }).format(n);
/** 1 235 € (whole money in a currency, for a slide's sentence). */
export const wholeMoney = (n: number, code: string): string =>
  nf(`m0:${code}`, { style: 'currency', currency: code, minimumFractionDigits: 0, maximumFractionDigits: 0 }).format(n);
