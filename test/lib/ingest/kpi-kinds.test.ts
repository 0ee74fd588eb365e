import { describe, expect, it } from 'vitest';
import { loadBytes, type Dataset, type LoadResult } from '../../../src/lib/ingest/load';
import { inspectJson } from '../../../src/cli/english';

const enc = (s: string) => new TextEncoder().encode(s);
function ok(result: LoadResult): Dataset {
  if (!result.ok) throw new Error(`expected a dataset, got ${result.problem.code}: ${result.problem.message}`);
  return result.dataset;
}

describe('loadBytes() for the KPI kinds', () => {
  it('reads a Finnish customers file: dates, decimal commas and status words', async () => {
    const text = 'Asiakasnumero;Alkupäivä;Päättymispäivä;Kuukausilaskutus;Asiakkuuden tila\n' +
      'A1;1.3.2024;;1 200,50;aktiivinen\n' +
      'A2;15.6.2024;31.1.2025;300,00;poistunut\n' +
      'A3;1.9.2024;;450,00;churned\n';
    const d = ok(await loadBytes('asiakkaat.csv', enc(text)));
    expect(d.summary).toMatchObject({ kind: 'customers', mappingProblem: null, usedRows: 3 });
    if (d.data.kind !== 'customers') throw new Error('expected customers');
    expect(d.data.customers).toEqual([
      { id: 'A1', start: Date.UTC(2024, 2, 1), end: undefined, active: true, mrr: 1200.5, segment: undefined, channel: undefined },
      { id: 'A2', start: Date.UTC(2024, 5, 15), end: Date.UTC(2025, 0, 31), active: false, mrr: 300, segment: undefined, channel: undefined },
      { id: 'A3', start: Date.UTC(2024, 8, 1), end: undefined, active: false, mrr: 450, segment: undefined, channel: undefined },
    ]);
    // Active: A1 only; churned A2 (end date) and A3 (flag).
    expect(d.summary.stats).toEqual({ type: 'customers', customers: 3, active: 1, churned: 2, mrr: 1200.5, segments: 0 });
    expect(inspectJson('asiakkaat.csv', d.summary)).toMatchObject({ customers: 3, active: 1, churned: 2, mrr: 1200.5 });
  });

  it('reads NPS answers and reports scores outside 0-10 as row problems', async () => {
    const text = 'Submitted at,Score,Segment\n2025-01-05,10,SMB\n2025-01-06,11,SMB\n2025-01-07,3,Enterprise\n2025-01-08,8,\n';
    const d = ok(await loadBytes('nps.csv', enc(text)));
    expect(d.summary.kind).toBe('nps');
    expect(d.summary.issues.first).toEqual([{ row: 3, column: 'Score', value: '11', reason: 'out_of_range' }]);
    if (d.data.kind !== 'nps') throw new Error('expected answers');
    expect(d.data.answers.map((a) => a.score)).toEqual([10, 3, 8]);
    // 1 promoter, 1 passive, 1 detractor: NPS 0.
    expect(d.summary.stats).toEqual({ type: 'nps', answers: 3, promoters: 1, passives: 1, detractors: 1, nps: 0 });
  });

  it('reads a forecast and skips rows without an actual value', async () => {
    const text = 'Kuukausi;Kanava;Ennuste;Toteutunut\n2025-01;Uusmyynti;100;90\n2025-02;Uusmyynti;120;\n2025-01;Lisämyynti;20;25\n';
    const d = ok(await loadBytes('ennuste.csv', enc(text)));
    expect(d.summary).toMatchObject({ kind: 'forecast', usedRows: 2 });
    expect(d.summary.issues.byReason).toEqual({ missing_value: 1 });
    if (d.data.kind !== 'forecast') throw new Error('expected a forecast');
    expect(d.data.rows).toEqual([
      { period: '2025-01', channel: 'Uusmyynti', forecast: 100, actual: 90 },
      { period: '2025-01', channel: 'Lisämyynti', forecast: 20, actual: 25 },
    ]);
    expect(d.summary.stats).toEqual({ type: 'forecast', rows: 2, periods: 1, channels: 2, forecast: 120, actual: 115 });
  });

  it('reads HubSpot deals: a Closed lost stage is lost, a source column gives the channel', async () => {
    const text = '"Record ID","Deal Name","Deal Stage","Create Date","Close Date","Amount","Original Source"\n' +
      '"1","A","Closed won","2025-01-02","2025-02-01","1000","Paid social"\n' +
      '"2","B","Closed lost","2025-01-03","2025-01-20","500","Organic search"\n' +
      '"3","C","Appointment scheduled","2025-01-04","","700","Organic search"\n';
    const d = ok(await loadBytes('hubspot-crm-exports-all-deals-2025-03-01.csv', enc(text)));
    expect(d.summary.kind).toBe('deals');
    if (d.data.kind !== 'deals') throw new Error('expected deals');
    expect(d.data.deals.map((x) => [x.id, x.won, x.channel, x.created])).toEqual([
      ['1', true, 'Paid social', Date.UTC(2025, 0, 2)],
      ['2', false, 'Organic search', Date.UTC(2025, 0, 3)],
      ['3', undefined, 'Organic search', Date.UTC(2025, 0, 4)],
    ]);
    expect(d.summary.stats).toMatchObject({ deals: 3, won: 1, lost: 1, open: 1 });
  });

  it('keeps email counts of an email report read as spend', async () => {
    const text = 'Campaign,Day,Emails sent,Opens,Clicks,Bounces,Cost\nJanuary,2025-01-02,1000,380,38,50,25\n';
    const d = ok(await loadBytes('email.csv', enc(text)));
    if (d.data.kind !== 'spend') throw new Error('expected spend');
    expect(d.data.rows).toEqual([{ channel: 'January', time: Date.UTC(2025, 0, 2), period: undefined, spend: 25, impressions: undefined, clicks: 38, sends: 1000, opens: 380, bounces: 50 }]);
  });
});
