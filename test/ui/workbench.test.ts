// @vitest-environment jsdom
import './setup';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Remote } from 'comlink';
import { Workbench } from '../../src/ui/state/workbench.svelte';
import { createEngine, type EngineApi } from '../../src/worker/api';
import { CSV } from './datasets';
import { english } from '../../src/lib/messages';

const MAPPINGS_KEY = 'mittari.mappings.v1';

/** A File as the browser's file picker gives it. */
function file(name: string, text: string): File {
  return new File([text], name, { type: 'text/csv' });
}

/**
 * The worker's API called in-process, as comlink would: every call returns a promise.
 * `calls` records the methods in order; `afterLoad` runs when a load has finished in the engine but before the
 * workbench sees the answer, so tests can look at the workbench while its job is still listed.
 */
function fakeEngine(afterLoad: () => void = () => {}) {
  const engine = createEngine();
  const calls: string[] = [];
  const fake: { [K in keyof EngineApi]: (...args: Parameters<EngineApi[K]>) => Promise<Awaited<ReturnType<EngineApi[K]>>> } = {
    load: async (...args) => {
      calls.push('load');
      const response = await engine.load(...args);
      afterLoad();
      return response;
    },
    loadExample: async (...args) => (calls.push('loadExample'), engine.loadExample(...args)),
    remove: async (...args) => (calls.push('remove'), engine.remove(...args)),
    remap: async (...args) => (calls.push('remap'), engine.remap(...args)),
    reload: async (...args) => (calls.push('reload'), engine.reload(...args)),
    cancel: async (...args) => (calls.push('cancel'), engine.cancel(...args)),
    list: async () => (calls.push('list'), engine.list()),
    attribute: async (...args) => (calls.push('attribute'), engine.attribute(...args)),
    custom: async (...args) => (calls.push('custom'), engine.custom(...args)),
    experiment: async (...args) => (calls.push('experiment'), engine.experiment(...args)),
    budget: async (...args) => (calls.push('budget'), engine.budget(...args)),
    budgetJob: async (...args) => (calls.push('budgetJob'), engine.budgetJob(...args)),
    solveScenarioJson: async (...args) => (calls.push('solveScenarioJson'), engine.solveScenarioJson(...args)),
    kpis: async (...args) => (calls.push('kpis'), engine.kpis(...args)),
    mmm: async (...args) => (calls.push('mmm'), engine.mmm(...args)),
    abLift: async (...args) => (calls.push('abLift'), engine.abLift(...args)),
    spendFor: async (...args) => (calls.push('spendFor'), engine.spendFor(...args)),
    setParseThreads: async (...args) => (calls.push('setParseThreads'), engine.setParseThreads(...args)),
    setAliases: async (...args) => (calls.push('setAliases'), engine.setAliases(...args)),
    reconcile: async () => (calls.push('reconcile'), engine.reconcile()),
  };
  return { remote: fake as unknown as Remote<EngineApi>, calls };
}

function setup(afterLoad?: (bench: Workbench) => void) {
  const engine = fakeEngine(() => afterLoad?.(bench));
  const bench = new Workbench(() => engine.remote);
  return { bench, calls: engine.calls };
}

/** A ZIP header: what an .xlsx workbook starts with. */
const XLSX = 'PK\x03\x04\x14\x00\x06\x00';

beforeEach(() => localStorage.clear());

describe('Workbench', () => {
  it.each([
    { order: 'good file first', files: () => [file('ads.csv', CSV.spend), file('book.xlsx', XLSX)] },
    { order: 'bad file first', files: () => [file('book.xlsx', XLSX), file('ads.csv', CSV.spend)] },
  ])('addFiles() keeps the good dataset and reports the bad file by name ($order)', async ({ files }) => {
    const { bench } = setup();
    await bench.addFiles(files());
    expect(bench.datasets.map((d) => [d.file, d.kind])).toEqual([['ads.csv', 'spend']]);
    expect(bench.errors).toEqual([{ id: expect.any(Number), file: 'book.xlsx', message: expect.stringMatching(/^book\.xlsx is an Excel workbook.*save it as CSV/), msg: expect.objectContaining({ key: 'file.binary' }) }]);
    expect(bench.notices).toEqual([]);
  });

  it('addFiles() selects the first dataset loaded and keeps that selection', async () => {
    const { bench } = setup();
    await bench.addFiles([file('ads.csv', CSV.spend)]);
    await bench.addFiles([file('test.csv', CSV.experiment)]);
    expect(bench.selected?.file).toBe('ads.csv');
    expect(bench.datasets.map((d) => d.file)).toEqual(['ads.csv', 'test.csv']);
  });

  it('a failing file loses nothing loaded before it', async () => {
    const { bench } = setup();
    await bench.addFiles([file('ads.csv', CSV.spend)]);
    await bench.addFiles([file('empty.csv', '')]);
    expect(bench.datasets.map((d) => d.file)).toEqual(['ads.csv']);
    expect(bench.errors.map((e) => e.message)).toEqual(['empty.csv is empty. Export it again from the source tool.']);
  });

  it('is busy with one job per file while it loads, with the progress the engine reported', async () => {
    const seen: { busy: boolean; file: string | undefined; fraction: number | undefined }[] = [];
    const { bench } = setup((b) => seen.push({ busy: b.busy, file: b.jobs[0]?.file, fraction: b.jobs[0]?.progress?.fraction }));
    const loading = bench.addFiles([file('ads.csv', CSV.spend), file('test.csv', CSV.experiment)]);
    expect([bench.busy, bench.jobs.map((j) => j.file)]).toEqual([true, ['ads.csv']]);
    await loading;
    expect(seen).toEqual([
      { busy: true, file: 'ads.csv', fraction: 1 },
      { busy: true, file: 'test.csv', fraction: 1 },
    ]);
    expect([bench.busy, bench.jobs]).toEqual([false, []]);
  });

  it('a load cancelled with cancel(jobId) adds a notice, not an error, and no dataset', async () => {
    const { bench, calls } = setup();
    const loading = bench.addFiles([file('ads.csv', CSV.spend)]);
    bench.cancel(bench.jobs[0].id);
    await loading;
    expect(calls).toEqual(['load', 'cancel']);
    expect(bench.notices).toEqual(['Loading ads.csv was cancelled.']);
    expect([bench.errors, bench.datasets, bench.jobs]).toEqual([[], [], []]);
  });

  it('remove() drops the dataset in the engine and in the list, and selects the next one', async () => {
    const { bench, calls } = setup();
    await bench.addFiles([file('ads.csv', CSV.spend), file('test.csv', CSV.experiment)]);
    const [first, second] = bench.datasets.map((d) => d.id);
    await bench.remove(first);
    expect(calls.at(-1)).toBe('remove');
    expect(bench.datasets.map((d) => d.id)).toEqual([second]);
    expect(bench.selectedId).toBe(second);
    await bench.remove(second);
    expect([bench.datasets, bench.selectedId, bench.selected]).toEqual([[], null, null]);
  });

  it('remap() applies the kind and roles in place and remembers them in localStorage', async () => {
    const { bench } = setup();
    await bench.addFiles([file('mystery.csv', CSV.unknown)]);
    const { id, kind, mappingProblem } = bench.datasets[0];
    expect([kind, mappingProblem && english(mappingProblem)]).toEqual(['unknown', expect.any(String)]);
    await bench.remap(id, 'spend', ['date', 'channel', 'spend']);
    expect(bench.datasets.map((d) => [d.id, d.kind, d.mappingProblem])).toEqual([[id, 'spend', null]]);
    expect(JSON.parse(localStorage.getItem(MAPPINGS_KEY) ?? 'null')).toEqual({ 'a|b|c': { kind: 'spend', mapping: ['date', 'channel', 'spend'] } });
  });

  it('addFiles() reads a file with remembered headers with the remembered kind and roles', async () => {
    const { bench } = setup();
    await bench.addFiles([file('mystery.csv', CSV.unknown)]);
    await bench.remap(bench.datasets[0].id, 'spend', ['date', 'channel', 'spend']);
    await bench.addFiles([file('mystery-february.csv', CSV.unknown)]);
    expect(bench.datasets.map((d) => [d.file, d.kind, d.columns.map((c) => c.role)])).toEqual([
      ['mystery.csv', 'spend', ['date', 'channel', 'spend']],
      ['mystery-february.csv', 'spend', ['date', 'channel', 'spend']],
    ]);
  });

  it('remap() without roles suggests a mapping for the new kind', async () => {
    const { bench } = setup();
    await bench.addFiles([file('ads.csv', CSV.spend)]);
    await bench.remap(bench.datasets[0].id, 'deals');
    expect(bench.datasets[0].kind).toBe('deals');
    expect(JSON.parse(localStorage.getItem(MAPPINGS_KEY) ?? '{}')[bench.datasets[0].headerKey].kind).toBe('deals');
  });

  it('reload() reads the file again with another delimiter and replaces the dataset under the same id', async () => {
    const { bench } = setup();
    await bench.addFiles([file('ads.csv', CSV.spend)]);
    const { id } = bench.datasets[0];
    await bench.reload(id, { delimiter: ';' });
    expect(bench.datasets.map((d) => [d.id, d.delimiter, d.columns.length])).toEqual([[id, ';', 1]]);
    expect(bench.jobs).toEqual([]);
  });

  it('loadExample() loads all eight example files as one job', async () => {
    const { bench, calls } = setup();
    await bench.loadExample();
    expect(calls).toEqual(['loadExample']);
    expect(bench.datasets.map((d) => [d.file, d.kind, d.mappingProblem])).toEqual([
      ['example-touchpoints.csv', 'touchpoints', null],
      ['example-spend.csv', 'spend', null],
      ['example-experiment.csv', 'experiment', null],
      ['example-deals.csv', 'deals', null],
      ['example-customers.csv', 'customers', null],
      ['example-nps.csv', 'nps', null],
      ['example-forecast.csv', 'forecast', null],
      ['example-weekly-mix.csv', 'marketing_mix', null],
    ]);
    expect(bench.selected?.file).toBe('example-touchpoints.csv');
  });

  it('dismissError() removes one error and dismissNotices() all notices', async () => {
    const { bench } = setup();
    await bench.addFiles([file('one.xlsx', XLSX), file('two.xlsx', XLSX)]);
    const loading = bench.addFiles([file('ads.csv', CSV.spend)]);
    bench.cancel(bench.jobs[0].id);
    await loading;
    bench.dismissError(bench.errors[0].id);
    expect(bench.errors.map((e) => e.file)).toEqual(['two.xlsx']);
    bench.dismissNotices();
    expect(bench.notices).toEqual([]);
  });
});

describe('Workbench: merged channel names (issue 16)', () => {
  const touch = 'journey_id,channel,converted\nA,google_ads,1\nB,Google Ads,1\nC,google / cpc,0\n';

  it('mergeNames() merges in the loaded datasets, remembers it, and a new worker gets it before its first load', async () => {
    const { bench } = setup();
    await bench.addFiles([file('t.csv', touch)]);
    await bench.mergeNames(['google_ads', 'Google Ads', 'google / cpc'], 'Google Ads');
    const names = (b: Workbench) => b.datasets.flatMap((d) => (d.stats.type === 'journeys' ? d.stats.channels.map((c) => c.name) : []));
    expect(names(bench)).toEqual(['Google Ads']);
    expect(JSON.parse(localStorage.getItem('mittari.aliases.v1') ?? '[]')).toEqual([['google_ads', 'Google Ads'], ['google / cpc', 'Google Ads']]);
    const next = setup();
    await next.bench.addFiles([file('t.csv', touch)]);
    expect(next.calls.slice(0, 2)).toEqual(['setAliases', 'load']);
    expect(names(next.bench)).toEqual(['Google Ads']);
  });

  it('sends nothing when nothing was merged, and forgetting all data forgets the merges', async () => {
    const { bench, calls } = setup();
    await bench.addFiles([file('t.csv', touch)]);
    expect(calls).not.toContain('setAliases');
    await bench.mergeNames(['google_ads', 'Google Ads'], 'Google Ads');
    await bench.forgetAll();
    expect(localStorage.getItem('mittari.aliases.v1')).toBeNull();
    await bench.addFiles([file('t.csv', touch)]);
    expect(bench.datasets.flatMap((d) => (d.stats.type === 'journeys' ? d.stats.channels.map((c) => c.name) : [])).sort()).toEqual(['Google Ads', 'google / cpc', 'google_ads']);
  });
});
