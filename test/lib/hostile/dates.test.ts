// Issue 18, case 7: one ISO date in year 0001 or 9999 was accepted, and the KPI view built 97,188 monthly
// periods for it. Dates outside 1990–2099, in every layout, are row problems now, as epoch and yyyymmdd dates were.
import { describe, expect, it } from 'vitest';
import { loadBytes, type Dataset } from '../../../src/lib/ingest/load';
import { english } from '../../../src/lib/messages';
import { computeKpis } from '../../../src/lib/kpi/compute';
import { kpiInputsFromData } from '../../../src/lib/kpi/from-data';
import { utf8 } from '../parsing/helpers';

async function load(text: string): Promise<Dataset> {
  const result = await loadBytes('dates.csv', utf8(text));
  if (!result.ok) throw new Error(english(result.problem.message));
  return result.dataset;
}

describe('dates outside 1990–2099', () => {
  it.each([
    ['ISO', '0001-01-01', '9999-12-31', '2025-01-06', '2025-02-03'],
    ['ISO with a time', '0001-01-01T00:00:00Z', '9999-12-31T23:59:59Z', '2025-01-06T10:00:00Z', '2025-02-03T10:00:00Z'],
    ['d.m.yyyy', '1.1.0001', '31.12.9999', '6.1.2025', '3.2.2025'],
  ])('%s: years 0001 and 9999 are row problems, and the date range is the real one', async (_, early, late, a, b) => {
    const d = await load(`date,channel,spend\n${a},Search,10\n${early},Search,20\n${late},Email,30\n${b},Email,5\n`);
    const s = d.summary;
    expect(s.kind).toBe('spend');
    expect(s.issues.first).toEqual([
      { row: 3, column: 'date', value: early, reason: 'date_out_of_range' },
      { row: 4, column: 'date', value: late, reason: 'date_out_of_range' },
    ]);
    const clock = a.includes('T') ? 10 * 3_600_000 : 0;
    expect(s.dateRange).toEqual([Date.UTC(2025, 0, 6) + clock, Date.UTC(2025, 1, 3) + clock]);
    expect(s.stats.type === 'spend' && s.stats.total).toBe(15);
  });

  it('keeps the first and last plausible days', async () => {
    const d = await load('date,channel,spend\n1990-01-01,Search,1\n2099-12-31,Search,2\n1989-12-31,Email,4\n2100-01-01,Email,8\n');
    expect(d.summary.issues.byReason).toEqual({ date_out_of_range: 2 });
    expect(d.summary.stats.type === 'spend' && d.summary.stats.total).toBe(3);
  });

  it('the KPI view builds periods only over the data: two months, not 97,188', async () => {
    const d = await load('date,channel,spend\n2025-01-06,Search,10\n0001-01-01,Search,20\n9999-12-31,Email,30\n2025-02-03,Email,5\n');
    const report = computeKpis(kpiInputsFromData([d.data], 'first'), { period: 'month' });
    expect(report.periods).toEqual(['2025-01', '2025-02']);
  });
});
