// KPI values in words and numbers, by unit, in the UI language.
import type { KpiUnit } from '../../lib/kpi/types';
import { locale } from '../i18n/locale.svelte';

/** A KPI's value; money in `currency` when given (the KPIs' files' currency). */
export function formatKpi(unit: KpiUnit, value: number | null | undefined, currency?: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  switch (unit) {
    case 'count': return Math.abs(value) >= 100 ? locale.formatInt(value) : locale.formatNumber(value);
    case 'money': return currency ? locale.formatMoneyIn(value, currency) : locale.formatMoney(value);
    case 'ratio': return locale.formatPercent(value, 1);
    case 'days': return locale.t.kpi.days(locale.formatNumber(value));
    case 'nps': return locale.formatNumber(value);
  }
}
