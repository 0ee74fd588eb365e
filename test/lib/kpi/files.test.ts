// Which files the KPIs read (issue 14, part 2): a 2018 spend file and a USD Google Ads report do not join 2025 euros.
import { describe, expect, it } from 'vitest';
import { currencyOfFiles, defaultKpiFiles, type KpiFile } from '../../../src/lib/kpi/files';

const d = (s: string) => Date.parse(`${s}T00:00:00Z`);
const f = (id: string, kind: KpiFile['kind'], from: string, to: string, codes?: string[]): KpiFile =>
  ({ id, file: `${id}.csv`, kind, dateRange: [d(from), d(to)], currency: codes ? { codes } : null });

const EXAMPLE = [
  f('touchpoints', 'touchpoints', '2025-01-01', '2025-06-30'),
  f('spend', 'spend', '2024-12-30', '2025-06-29'),
  f('deals', 'deals', '2025-01-10', '2025-06-30'),
  f('experiment', 'experiment', '2025-01-01', '2025-01-31'),
];

describe('defaultKpiFiles()', () => {
  it('leaves out spend from 2018 and a report in USD, saying why, and keeps the rest', () => {
    const files = [...EXAMPLE, f('old', 'spend', '2018-01-01', '2018-12-31'), f('ads', 'spend', '2025-06-01', '2025-06-30', ['USD'])];
    const choice = defaultKpiFiles(files, 'EUR');
    expect(choice.chosen).toEqual(['touchpoints', 'spend', 'deals']);
    expect(choice.leftOut).toEqual([
      { id: 'old', reason: { key: 'kpi.fileOutsideDates', params: { file: 'old.csv', from: '2018-01-01', to: '2018-12-31', dataFrom: '2025-01-01', dataTo: '2025-06-30' } } },
      { id: 'ads', reason: { key: 'kpi.fileOtherCurrency', params: { file: 'ads.csv', currency: 'USD', main: 'EUR' } } },
    ]);
  });

  it('keeps a USD file when the other money files are in USD too, and leaves out a file of two currencies', () => {
    const files = [f('touchpoints', 'touchpoints', '2025-01-01', '2025-06-30'), f('ads', 'spend', '2025-01-01', '2025-06-30', ['USD']), f('mixed', 'spend', '2025-01-01', '2025-06-30', ['USD', 'EUR'])];
    const choice = defaultKpiFiles(files, 'EUR');
    expect(choice.chosen).toEqual(['touchpoints', 'ads']);
    expect(choice.leftOut.map((l) => l.reason.key)).toEqual(['kpi.fileMixedCurrencies']);
  });
});

describe('currencyOfFiles()', () => {
  it('is the files\' one currency, the workspace\'s when none says, and a conflict for two', () => {
    expect(currencyOfFiles(EXAMPLE, 'EUR')).toEqual({ currency: 'EUR', conflict: null });
    expect(currencyOfFiles([f('a', 'spend', '2025-01-01', '2025-01-02', ['USD']), EXAMPLE[0]], 'EUR')).toEqual({ currency: 'USD', conflict: null });
    const two = currencyOfFiles([EXAMPLE[1], f('ads', 'spend', '2025-01-01', '2025-01-02', ['USD'])], 'EUR');
    expect(two.conflict).toEqual({ key: 'kpi.twoCurrencies', params: { files: ['spend.csv (EUR)', 'ads.csv (USD)'] } });
  });
});
