// Number and date formatting in English, shared by the command line and the English UI (ui/i18n/format.ts).

const LOCALE = 'en-US';
const integer = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 });
const decimal2 = new Intl.NumberFormat(LOCALE, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const compact = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 1 });

/** 12,345 */
export function formatInt(n: number): string {
  return integer.format(n);
}

/** 12,345.68 */
export function formatMoney(n: number): string {
  return decimal2.format(n);
}

/** Up to one decimal: 12.5 or 12 */
export function formatNumber(n: number): string {
  return compact.format(n);
}

/** 12.3% from a fraction. */
export function formatPercent(fraction: number, digits = 1): string {
  return `${(fraction * 100).toFixed(digits)}%`;
}

/** 2025-01-31, in UTC (the engine reads zone-less times as UTC). */
export function formatDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}


const wholeMoney = new Map<string, Intl.NumberFormat>();
/** Money in a currency without cents, for a slide's sentence: €1,235 · US$1,235 (en-GB never writes a bare $). */
export function formatWholeMoney(n: number, code: string): string {
  let f = wholeMoney.get(code);
  if (!f) wholeMoney.set(code, (f = new Intl.NumberFormat('en-GB', { style: 'currency', currency: code, minimumFractionDigits: 0, maximumFractionDigits: 0 })));
  return f.format(n);
}
