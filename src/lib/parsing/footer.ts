/**
 * Total and footer rows that exports append (or, in GA4, put first): they are not data.
 * Sources: GA4 `Grand total`, Google Ads `Total: Account` / `Total: Campaigns`, LinkedIn `Total`,
 * Salesforce `Grand Totals (5700 records)`, `Confidential Information - ...`, `Copyright (c) ...`,
 * Finnish Excel sheets `Yhteensä`, `Kaikki yhteensä`, `Summa`.
 */

/** Labels that are a total when they are the whole cell, or followed by ':' or ' ('. */
const TOTAL_WORDS = new Set(['total', 'totals', 'grand total', 'grand totals', 'yhteensä', 'kaikki yhteensä', 'summa']);

/** Prefixes that mark a footer whatever follows. */
// Microsoft Ads ends its reports with `©2026 Microsoft Corporation. All rights reserved.`
const FOOTER_PREFIXES = ['confidential information', 'copyright (c)', 'copyright ©', '©'];

function label(cell: string): string {
  // NFC: a decomposed 'ä' (a + U+0308) from a Mac export must still match 'yhteensä'.
  return cell.trim().toLowerCase().normalize('NFC');
}

/** True when the first non-empty cell says the row is a total or a footer line. */
export function isFooterRow(cells: string[]): boolean {
  const first = cells.find((c) => c.trim() !== '');
  if (first === undefined) return false;
  const text = label(first);
  if (TOTAL_WORDS.has(text)) return true;
  for (const prefix of FOOTER_PREFIXES) if (text.startsWith(prefix)) return true;
  // "Total: Account", "Grand Totals (5700 records)"; "Totally Digital" or "Total Spent" stay data.
  const cut = text.search(/\s*[:(]/);
  return cut > 0 && TOTAL_WORDS.has(text.slice(0, cut));
}
