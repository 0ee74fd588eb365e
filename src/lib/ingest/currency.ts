// The currency a file's money is in, read from the file itself: a currency column (Google Ads' "Currency code",
// "Valuutta"), a marker in a money column's header ("Cost (USD)", "Spend €", "Kulut (EUR)", "US$"), or symbols
// and codes in its cells ("1 234,56 €", "$12.50", "EUR 99"). null when the file does not say; several codes when
// a currency column holds more than one (never added together).
import { cellAt } from './cells';
import { msg, type Msg } from '../messages';
import type { Mapping, RawTable } from '../types';

export interface FileCurrency {
  /** ISO 4217 codes found, most rows first; one for a file in one currency. */
  codes: string[];
  /** Where it was read: a currency column (its header), a money column's header, or its cells. */
  from: 'column' | 'header' | 'cells';
  column: string;
}

/** Codes Mittari recognises: the ones our users meet. Others in a currency column are taken as they are (3 letters). */
const SYMBOLS: readonly [RegExp, string][] = [
  [/US\$|\bUSD\b|\$/i, 'USD'],
  [/€|\bEUR\b/i, 'EUR'],
  [/£|\bGBP\b/i, 'GBP'],
  [/\bCHF\b/i, 'CHF'],
];
const CODE = /^[A-Z]{3}$/;
const CURRENCY_COLUMN = /^(currency( code)?|valuutta|valuuttakoodi|currency_code|currencycode)$/i;
/** Headers of money columns: spend, cost, revenue, amount, value (and Finnish). */
const MONEY_HEADER = /(spend|cost|kulu|kustannus|revenue|amount|value|arvo|summa|budget|budjetti|hinta|price|liikevaihto|myynti)/i;
/** The roles whose columns hold money. */
const MONEY_ROLES = new Set(['spend', 'cost', 'amount', 'value', 'revenue', 'mrr', 'forecast', 'actual', 'outcome']);

/** A code named by a piece of text ("Cost (USD)", "€", "US$ 12"), or null. */
export function codeIn(text: string): string | null {
  const nordic = /\b(SEK|NOK|DKK)\b/i.exec(text);
  if (nordic) return nordic[1].toUpperCase();
  for (const [re, code] of SYMBOLS) if (re.test(text)) return code;
  return null;
}

/** The currency of a table's money, or null when the file does not say. Reads at most 2,000 rows per column. */
export function currencyOf(table: RawTable, mapping: Mapping): FileCurrency | null {
  const n = Math.min(table.rowNumbers.length, 2000);
  const at = table.header.findIndex((h) => CURRENCY_COLUMN.test(h.trim()));
  if (at >= 0) {
    const counts = new Map<string, number>();
    for (let r = 0; r < n; r++) {
      const v = cellAt(table.columns[at], r).trim().toUpperCase();
      const code = CODE.test(v) ? v : codeIn(v);
      if (code) counts.set(code, (counts.get(code) ?? 0) + 1);
    }
    if (counts.size > 0) return { codes: [...counts].sort((a, b) => b[1] - a[1]).map(([c]) => c), from: 'column', column: table.header[at] };
  }
  const money = table.header.flatMap((h, c) => (MONEY_ROLES.has(mapping[c] ?? '') || MONEY_HEADER.test(h) ? [c] : []));
  for (const c of money) {
    // Header markers: "(EUR)", "€", "US$", "USD" as a word; a bare "$" in a header is taken too.
    const code = /\((\w{3})\)|\b(USD|EUR|GBP|SEK|NOK|DKK|CHF)\b|€|US\$|\$|£/.test(table.header[c]) ? codeIn(table.header[c]) : null;
    if (code) return { codes: [code], from: 'header', column: table.header[c] };
  }
  for (const c of money) {
    const counts = new Map<string, number>();
    for (let r = 0; r < n; r++) {
      const v = cellAt(table.columns[c], r);
      if (!/[€$£]|[A-Z]{3}/.test(v)) continue;
      const code = codeIn(v);
      if (code) counts.set(code, (counts.get(code) ?? 0) + 1);
    }
    if (counts.size > 0) return { codes: [...counts].sort((a, b) => b[1] - a[1]).map(([k]) => k), from: 'cells', column: table.header[c] };
  }
  return null;
}

/** The one code a file states, or null when it states none or several. */
export const statedCode = (currency: FileCurrency | null): string | null => (currency?.codes.length === 1 ? currency.codes[0] : null);

/** Why a file's money cannot be added up: it holds amounts in two or more currencies. null when it can. */
export function mixedCurrencyProblem(file: string, currency: FileCurrency | null): Msg | null {
  return currency && currency.codes.length > 1 ? msg('currency.mixed', { file, currencies: currency.codes }) : null;
}
