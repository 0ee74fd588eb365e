// KPI values in words and numbers, by unit, in the UI language.
import type { KpiUnit } from '../../lib/kpi/types';
import { locale } from '../i18n/locale.svelte';
import { planMoney } from '../budget/money';

/** A KPI's value; money in `currency` when given (the KPIs' files' currency). */
export function formatKpi(unit: KpiUnit, value: number | null | undefined, currency?: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  switch (unit) {
    case 'count': return Math.abs(value) >= 100 ? locale.formatInt(value) : locale.formatNumber(value);
    // Cents matter under 1,000 (a CPL of 87.89); above, whole units read faster on a card and a slide.
    case 'money': {
      const money = currency ? (n: number) => locale.formatMoneyIn(n, currency) : locale.formatMoney;
      return Math.abs(value) >= 1000 ? planMoney(money, value) : money(value);
    }
    case 'ratio': return locale.formatPercent(value, 1);
    case 'days': return locale.t.kpi.days(locale.formatNumber(value));
    case 'nps': return locale.formatNumber(value);
  }
}

/**
 * A KPI's change against the previous period, signed: in points for a rate (a conversion rate of 8.6% after 10.9%
 * is "−2.3 pts", not "−21%") and for NPS (a score from −100 to 100), relative for everything else. Empty without one.
 */
export function formatChange(unit: KpiUnit, change: number | null | undefined, changeRatio: number | null | undefined): string {
  const sign = (x: number) => (x >= 0 ? '+' : '−');
  if (unit === 'ratio' || unit === 'nps') {
    if (change === null || change === undefined || !Number.isFinite(change)) return '';
    const size = unit === 'ratio' ? locale.formatNumber(Math.round(Math.abs(change) * 1000) / 10) : locale.formatNumber(Math.round(Math.abs(change) * 10) / 10);
    return `${sign(change)}${locale.t.kpi.points(size, unit === 'nps')}`;
  }
  if (changeRatio === null || changeRatio === undefined || !Number.isFinite(changeRatio)) return '';
  return `${sign(changeRatio)}${locale.formatPercent(Math.abs(changeRatio), 0)}`;
}
