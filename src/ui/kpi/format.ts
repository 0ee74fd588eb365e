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
