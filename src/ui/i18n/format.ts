// Numbers, money, dates and sizes in each UI language: one table per language, picked by the locale.
// English is the engine's own formatters (lib/util/format.ts), so the English UI and the command line write numbers
// the same way; Finnish is the engine sentences' (engine/format.ts, built once: tables format thousands of cells).
import { formatBytes, formatDate, formatInt, formatMoney, formatNumber, formatPercent } from '../../lib/util/format';
import { date, int, money, one } from './engine/format';
import type { Lang } from './lang';

const moneyFormats = new Map<string, Intl.NumberFormat>();
/** Money in a currency: en-GB writes €1,234.56 and US$1,234.56 (never a bare $); fi-FI 1 234,56 € and 1 234,56 $. */
function moneyFormat(lang: string, code: string): Intl.NumberFormat {
  const key = `${lang}:${code}`;
  let f = moneyFormats.get(key);
  if (!f) moneyFormats.set(key, (f = new Intl.NumberFormat(lang, { style: 'currency', currency: code, minimumFractionDigits: 2, maximumFractionDigits: 2 })));
  return f;
}

const en = {
  /** 12,345 */
  int: formatInt,
  /** Up to one decimal: 12.5 */
  number: formatNumber,
  /** 12,345.68 */
  money: formatMoney,
  /** €12,345.68, US$12,345.68 */
  moneyIn: (n: number, code: string): string => moneyFormat('en-GB', code).format(n),
  /** 12.3% from a fraction. */
  percent: (fraction: number, digits = 1): string => formatPercent(fraction, digits),
  /** A fixed number of decimals without grouping, like toFixed: 1.25 */
  fixed: (n: number, digits: number): string => n.toFixed(digits),
  /** 2025-01-31, in UTC (the engine reads zone-less times as UTC). */
  date: formatDate,
  /** A number as typed: 0.05 (alpha, elasticity). */
  plain: (n: number): string => String(n),
  /** 394.2 KB */
  bytes: formatBytes,
  /** Today for export footers: Jan 31, 2025 */
  today: (): string => new Date().toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' }),
};

/** One language's formatters. */
export type Formatters = typeof en;

const fixedFormats = new Map<string, Intl.NumberFormat>();
/** fi-FI formatter with exactly `digits` decimals, as a percent or plain (no grouping, like toFixed). */
function fixedFormat(digits: number, percent: boolean): Intl.NumberFormat {
  const key = `${digits}${percent ? '%' : ''}`;
  let f = fixedFormats.get(key);
  if (!f) fixedFormats.set(key, (f = new Intl.NumberFormat('fi-FI', { style: percent ? 'percent' : 'decimal', minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: percent })));
  return f;
}

const fi: Formatters = {
  /** 12 345 */
  int,
  /** 12,5 */
  number: one,
  /** 12 345,68 € */
  money,
  /** 12 345,68 €, 12 345,68 $ */
  moneyIn: (n, code) => moneyFormat('fi-FI', code).format(n),
  /** 12,3 % */
  percent: (fraction, digits = 1) => fixedFormat(digits, true).format(fraction),
  /** 1,25 */
  fixed: (n, digits) => fixedFormat(digits, false).format(n),
  /** 31.1.2025 */
  date,
  /** 0,05 */
  plain: (n) => String(n).replace('.', ',').replace('-', '−'),
  /** 394,2 kt (kilotavu) */
  bytes: (n) => formatBytes(n).replace('.', ',').replace(' KB', ' kt').replace(' MB', ' Mt').replace(/ B$/, ' t'),
  /** 31.1.2025 */
  today: () => new Date().toLocaleDateString('fi-FI'),
};

/** The formatters of each language. */
export const FORMATS: Record<Lang, Formatters> = { en, fi };
