// The UI language and the locale-aware formatters. One module-level instance (`locale`): plain .ts helpers
// (kpi/format.ts, the chart export footers) and components mounted alone in tests need it without a parent context.
import { en, type Messages } from './en';
import { fi } from './fi';
import { FORMATS } from './format';
import { engineText } from './engine/text';
import type { Msg } from '../../lib/messages';
import type { Lang } from './lang';

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

  // Formatters of the current language (format.ts).
  /** 12,345 · 12 345 */
  formatInt = (n: number): string => FORMATS[this.lang].int(n);
  /** Up to one decimal: 12.5 · 12,5 */
  formatNumber = (n: number): string => FORMATS[this.lang].number(n);
  /** 12,345.68 · 12 345,68 € */
  formatMoney = (n: number): string => FORMATS[this.lang].money(n);
  /** Money in a currency (ISO code): €1,234.56 / 1 234,56 €. */
  formatMoneyIn = (n: number, code: string): string => FORMATS[this.lang].moneyIn(n, code);
  /** 12.3% · 12,3 % from a fraction. */
  formatPercent = (fraction: number, digits = 1): string => FORMATS[this.lang].percent(fraction, digits);
  /** A fixed number of decimals without grouping, like toFixed: 1.25 · 1,25 */
  formatFixed = (n: number, digits: number): string => FORMATS[this.lang].fixed(n, digits);
  /** 2025-01-31 · 31.1.2025, in UTC (the engine reads zone-less times as UTC). */
  formatDate = (ms: number): string => FORMATS[this.lang].date(ms);
  /** A number as typed, only the decimal mark localised: 0.05 · 0,05 (alpha, elasticity). */
  formatPlain = (n: number): string => FORMATS[this.lang].plain(n);
  /** 394.2 KB · 394,2 kt (kilotavu) */
  formatBytes = (bytes: number): string => FORMATS[this.lang].bytes(bytes);
  /** Today for export footers: Jan 31, 2025 · 31.1.2025 */
  formatToday = (): string => FORMATS[this.lang].today();
}

/** The app's locale. */
export const locale = new Locale();
