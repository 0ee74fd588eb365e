// KPI values in words and numbers, by unit.
import type { KpiUnit } from '../../lib/kpi/types';
import { formatInt, formatMoney, formatNumber, formatPercent } from '../../lib/util/format';

export function formatKpi(unit: KpiUnit, value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  switch (unit) {
    case 'count': return Math.abs(value) >= 100 ? formatInt(value) : formatNumber(value);
    case 'money': return formatMoney(value);
    case 'ratio': return formatPercent(value, 1);
    case 'days': return `${formatNumber(value)} d`;
    case 'nps': return formatNumber(value);
  }
}
