// The CLI's `inspect` output for one dataset: the JSON contract analysts script against.
import type { DatasetSummary } from './load';

/** The CLI's JSON for one dataset: the contract analysts script against. */
export function inspectJson(path: string, s: DatasetSummary): Record<string, unknown> {
  const out: Record<string, unknown> = {
    file: path,
    kind: s.kind,
    encoding: s.encoding,
    delimiter: s.delimiter,
    decimal: s.decimal,
    rows: s.rows,
    usedRows: s.usedRows,
    headerRow: s.headerRow,
    columns: s.columns.map(({ name, role, type }) => ({ name, role, type })),
    issues: { count: s.issues.count, byReason: s.issues.byReason, first: s.issues.first.map(({ valueMsg: _, ...issue }) => issue) },
    warnings: s.warnings,
    mappingProblem: s.mappingProblem,
    dateRange: s.dateRange && s.dateRange.map((ms) => new Date(ms).toISOString()),
  };
  const st = s.stats;
  if (st.type === 'journeys') {
    Object.assign(out, {
      journeys: st.journeys, paths: st.paths, conversions: st.conversions, conversionValue: st.conversionValue,
      nulls: st.nulls, touches: st.touches, channels: st.channels.map((c) => c.name),
    });
  } else if (st.type === 'spend') Object.assign(out, { spend: st.total, spendByChannel: Object.fromEntries(st.channels.map((c) => [c.name, c.spend])) });
  else if (st.type === 'experiment') Object.assign(out, { arms: st.arms });
  else if (st.type === 'deals') Object.assign(out, { deals: st.deals, won: st.won, lost: st.lost, open: st.open, amount: st.amount, wonAmount: st.wonAmount });
  else if (st.type === 'customers') Object.assign(out, { customers: st.customers, active: st.active, churned: st.churned, mrr: st.mrr, segments: st.segments });
  else if (st.type === 'nps') Object.assign(out, { answers: st.answers, promoters: st.promoters, passives: st.passives, detractors: st.detractors, nps: st.nps });
  else if (st.type === 'forecast') Object.assign(out, { forecastRows: st.rows, periods: st.periods, channels: st.channels, forecast: st.forecast, actual: st.actual });
  return out;
}
