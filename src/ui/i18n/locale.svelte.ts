// The UI language and the locale-aware formatters. One module-level instance (`locale`): plain .ts helpers
// (kpi/format.ts, the chart export footers) and components mounted alone in tests need it without a parent context.
import { formatBytes as enBytes, formatDate as isoDate, formatInt as enInt, formatMoney as enMoney, formatNumber as enNumber, formatPercent as enPercent } from '../../lib/util/format';
import { en, type Messages } from './en';
import { fi } from './fi';
// Finnish formats are the engine sentences' own (built once: tables format thousands of cells).
import { date as fiDate, int as fiInt, money as fiMoney, one as fiOne } from './engine/format';
import { engineText } from './engine/index';
import type { Msg } from '../../lib/messages';

export type Lang = 'fi' | 'en';
const MESSAGES: Record<Lang, Messages> = { en, fi };
const KEY = 'mittari.lang';
const TAGS: Record<Lang, string> = { fi: 'fi-FI', en: 'en-US' };

/** The saved choice, else the browser's language: Finnish for fi*, English for everything else. */
export function initialLang(stored: string | null, browser: string | undefined): Lang {
  if (stored === 'fi' || stored === 'en') return stored;
  return browser?.toLowerCase().startsWith('fi') ? 'fi' : 'en';
}

function readStored(): string | null {
  try {
    return globalThis.localStorage?.getItem(KEY) ?? null;
  } catch {
    return null; // storage blocked (privacy mode): fall back to the browser language
  }
}

const fixed = new Map<string, Intl.NumberFormat>();
/** fi-FI formatter with exactly `digits` decimals, as a percent or plain (no grouping, like toFixed). */
function fiFixed(digits: number, percent: boolean): Intl.NumberFormat {
  const key = `${digits}${percent ? '%' : ''}`;
  let f = fixed.get(key);
  if (!f) fixed.set(key, (f = new Intl.NumberFormat('fi-FI', { style: percent ? 'percent' : 'decimal', minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: percent })));
  return f;
}

export class Locale {
  lang = $state<Lang>('en');

  constructor(lang: Lang = initialLang(readStored(), globalThis.navigator?.language)) {
    this.lang = lang;
    this.#reflect();
  }

  /** The messages of the current language. */
  get t(): Messages {
    return MESSAGES[this.lang];
  }

  /** BCP 47 tag of the current language, for Intl and <html lang>. */
  get tag(): string {
    return TAGS[this.lang];
  }

  set(lang: Lang): void {
    this.lang = lang;
    try {
      globalThis.localStorage?.setItem(KEY, lang);
    } catch {
      // not saved; the choice still holds for this page
    }
    this.#reflect();
  }

  #reflect(): void {
    if (typeof document !== 'undefined') document.documentElement.lang = this.lang;
  }

  /** An engine sentence (verdict, warning, formula, file problem) in the current language. */
  say = (m: Msg): string => engineText(m, this.lang);

  // English delegates to lib/util/format.ts so the English UI (and its tests) read exactly as before.
  /** 12,345 · 12 345 */
  formatInt = (n: number): string => (this.lang === 'fi' ? fiInt(n) : enInt(n));
  /** Up to one decimal: 12.5 · 12,5 */
  formatNumber = (n: number): string => (this.lang === 'fi' ? fiOne(n) : enNumber(n));
  /** 12,345.68 · 12 345,68 € */
  formatMoney = (n: number): string => (this.lang === 'fi' ? fiMoney(n) : enMoney(n));
  /** 12.3% · 12,3 % from a fraction. */
  formatPercent = (fraction: number, digits = 1): string => (this.lang === 'fi' ? fiFixed(digits, true).format(fraction) : enPercent(fraction, digits));
  /** A fixed number of decimals without grouping, like toFixed: 1.25 · 1,25 */
  formatFixed = (n: number, digits: number): string => (this.lang === 'fi' ? fiFixed(digits, false).format(n) : n.toFixed(digits));
  /** 2025-01-31 · 31.1.2025, in UTC (the engine reads zone-less times as UTC). */
  formatDate = (ms: number): string => (this.lang === 'fi' ? fiDate(ms) : isoDate(ms));
  /** A number as typed, only the decimal mark localised: 0.05 · 0,05 (alpha, elasticity). */
  formatPlain = (n: number): string => (this.lang === 'fi' ? String(n).replace('.', ',').replace('-', '−') : String(n));
  /** 394.2 KB · 394,2 kt (kilotavu) */
  formatBytes = (bytes: number): string =>
    this.lang === 'fi' ? enBytes(bytes).replace('.', ',').replace(' KB', ' kt').replace(' MB', ' Mt').replace(/ B$/, ' t') : enBytes(bytes);
  /** Today for export footers: Jan 31, 2025 · 31.1.2025 */
  formatToday = (): string =>
    this.lang === 'fi' ? new Date().toLocaleDateString('fi-FI') : new Date().toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}

/** The app's locale. */
export const locale = new Locale();
