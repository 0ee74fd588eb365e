import { describe, expect, it } from 'vitest';
import { forecastAccuracy } from '../../../src/lib/kpi/forecast';
import { computeKpis } from '../../../src/lib/kpi/compute';
import type { ForecastRow } from '../../../src/lib/types';
import { english, type Msg } from '../../../src/lib/messages';

const ROWS: ForecastRow[] = [
  { period: '2025-02', channel: 'New', forecast: 90, actual: 100 },
  { period: '2025-01', channel: 'New', forecast: 110, actual: 100 },
  { period: '2025-01', channel: 'Upsell', forecast: 30, actual: 20 },
  { period: '2025-03', channel: 'New', forecast: 50, actual: 0 },
];

describe('forecastAccuracy()', () => {
  it('sums channels per period and gives APE, bias, MAPE and total bias', () => {
    const r = forecastAccuracy(ROWS, 'month');
    // January 140 vs 120: APE 20/120, bias +1/6. February 90 vs 100: APE 0.1, bias -0.1. March actual 0: no APE.
    expect(r.points.map((p) => [p.period, p.forecast, p.actual, p.error, p.ape, p.bias])).toEqual([
      ['2025-01', 140, 120, 20, 20 / 120, 20 / 120],
      ['2025-02', 90, 100, -10, 0.1, -0.1],
      ['2025-03', 50, 0, 50, null, null],
    ]);
    // MAPE = (1/6 + 0.1) / 2; bias leaves March (actual 0) out as MAPE does: (20 - 10) / (120 + 100).
    expect(r.mape).toBeCloseTo((1 / 6 + 0.1) / 2, 12);
    expect(r.bias).toBeCloseTo(10 / 220, 12);
    // New: Jan 110 vs 100 (0.1), Feb 0.1; Upsell: Jan 30 vs 20 (0.5).
    expect(r.byChannel.New.mape).toBeCloseTo(0.1, 12);
    expect(r.byChannel.Upsell.mape).toBeCloseTo(0.5, 12);
    expect(r.nativePeriods).toBe(false);
  });

  it('sums months into quarters, but keeps monthly labels when weeks are asked for', () => {
    const q = forecastAccuracy(ROWS, 'quarter');
    // Q1: 280 vs 220 -> APE 60/220.
    expect(q.points.map((p) => [p.period, p.forecast, p.actual])).toEqual([['2025-Q1', 280, 220]]);
    expect(q.mape).toBeCloseTo(60 / 220, 12);
    const w = forecastAccuracy(ROWS, 'week');
    expect(w.nativePeriods).toBe(true);
    expect(w.points.map((p) => p.period)).toEqual(['2025-01', '2025-02', '2025-03']);
  });

  it('keeps unreadable labels in file order', () => {
    const r = forecastAccuracy([{ period: 'spring', forecast: 1, actual: 2 }, { period: 'autumn', forecast: 3, actual: 3 }], 'month');
    expect(r.points.map((p) => p.period)).toEqual(['spring', 'autumn']);
    // (0.5 + 0) / 2.
    expect(r.mape).toBe(0.25);
  });

  it('does not mutate its input', () => {
    const before = JSON.stringify(ROWS);
    forecastAccuracy(ROWS, 'quarter');
    expect(JSON.stringify(ROWS)).toBe(before);
  });
});

describe('computeKpis() with a forecast', () => {
  it('reports MAPE and bias per period and per channel', () => {
    const r = computeKpis({ forecast: ROWS }, { period: 'month' });
    expect(r.periods).toEqual(['2025-01', '2025-02', '2025-03']);
    expect(r.kpis.forecast_mape?.byPeriod?.map((p) => p.value)).toEqual([20 / 120, 0.1, null]);
    expect(r.kpis.forecast_bias?.value).toBeCloseTo(10 / 220, 12);
    expect(Object.keys(r.kpis.forecast_mape?.byChannel ?? {})).toEqual(['New', 'Upsell']);
  });

  it('warns of a period whose actual is 0, on MAPE, on bias and in the report', () => {
    const r = computeKpis({ forecast: ROWS }, { period: 'month' });
    const w = { key: 'kpi.warnZeroActual', params: { periods: ['2025-03'] } };
    expect(r.kpis.forecast_mape?.warnings).toEqual([w]);
    expect(r.kpis.forecast_bias?.warnings).toEqual([w]);
    expect(r.warnings).toEqual([w]);
    expect(english(w as Msg)).toBe('Actual 0 in 2025-03: left out of MAPE and bias');
    expect(english(r.kpis.forecast_bias!.formula)).toMatch(/over periods whose actual is not 0/);
    expect(computeKpis({ forecast: ROWS.slice(0, 3) }, { period: 'month' }).warnings).toEqual([]);
  });
});
