import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createEngine } from '../../src/worker/api';
import type { Progress } from '../../src/lib/ingest/load';
import { english } from '../../src/lib/messages';
import { attribute } from '../../src/lib/attribution/attribute';
import { generateExample } from '../../src/lib/example/generate';
import { loadBytes } from '../../src/lib/ingest/load';
import { budgetView } from '../../src/lib/budget/view';

const enc = (s: string) => new TextEncoder().encode(s);
const SPEND = 'channel;spend\nEmail;1 200,50\nLinkedIn Ads;800\n';

describe('createEngine()', () => {
  it('kpis() computes the dashboard from every loaded dataset, and says what is missing', async () => {
    const engine = createEngine();
    expect(engine.kpis({ period: 'month' }).kpis).toEqual({});
    await engine.loadExample();
    const r = engine.kpis({ period: 'month', grossMargin: 0.8 });
    expect(r.periods[0]).toBe('2025-01');
    for (const k of ['leads', 'mqls', 'cpl', 'cpa', 'roi', 'lead_to_won', 'sales_cycle_days', 'forecast_mape', 'churn_rate', 'clv', 'nps'] as const) {
      expect(r.kpis[k]?.value, k).not.toBeNull();
    }
    expect(r.kpis.leads?.value).toBe(1500);
    expect(Object.keys(r.unavailable)).toContain('open_rate');
  });

  it('load() keeps the data in the worker and returns a summary with an id', async () => {
    const engine = createEngine();
    const r = await engine.load('j1', 'spend.csv', enc(SPEND));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.entry).toMatchObject({ id: 'd1', file: 'spend.csv', kind: 'spend', delimiter: ';', decimal: ',' });
    expect(r.entry.stats).toMatchObject({ type: 'spend', total: 2000.5 });
    expect(engine.list().map((d) => d.id)).toEqual(['d1']);
    // Summaries are structured-cloneable: no functions, no class instances the UI could not receive.
    expect(structuredClone(r.entry)).toEqual(r.entry);
  });

  it('accepts a Blob (a File from the page) as well as bytes', async () => {
    const engine = createEngine();
    const r = await engine.load('j1', 'spend.csv', new Blob([SPEND]));
    expect(r.ok && r.entry.rows).toBe(2);
  });

  it('a failing file changes nothing that was loaded before', async () => {
    const engine = createEngine();
    await engine.load('j1', 'spend.csv', enc(SPEND));
    const before = JSON.stringify(engine.list());
    const bad = await engine.load('j2', 'book.xlsx', new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0, 0]));
    expect(bad).toMatchObject({ ok: false, file: 'book.xlsx', problem: { code: 'binary' } });
    expect(JSON.stringify(engine.list())).toBe(before);
  });

  it('reload() reads the same file with another delimiter and keeps the old dataset when that fails', async () => {
    const engine = createEngine();
    await engine.load('j1', 'spend.csv', enc(SPEND));
    const comma = await engine.reload('d1', 'j2', { delimiter: ',' });
    expect(comma.ok && comma.entry.delimiter).toBe(',');
    expect(comma.ok && comma.entry.id).toBe('d1');
    const back = await engine.reload('d1', 'j3', { delimiter: ';' });
    expect(back.ok && back.entry.stats).toMatchObject({ type: 'spend', total: 2000.5 });
    await engine.load('j4', 'q.csv', enc('a,b\n1,2\n'));
    const broken = await engine.reload('d2', 'j5', { delimiter: ',', encoding: 'utf-16le' });
    expect(broken.ok).toBe(false);
    expect(engine.list().find((d) => d.id === 'd2')?.encoding).toBe('utf-8');
  });

  it('remap() applies the chosen kind and roles; remove() forgets the dataset', async () => {
    const engine = createEngine();
    await engine.load('j1', 'x.csv', enc('who,where,amount\nc1,Email,5\n'));
    const entry = engine.remap('d1', 'spend', ['ignore', 'channel', 'spend']);
    expect(entry).toMatchObject({ id: 'd1', kind: 'spend', stats: { type: 'spend', total: 5 } });
    expect(engine.remove('d1')).toBe(true);
    expect(engine.list()).toEqual([]);
    expect(() => engine.remap('d1', 'spend')).toThrow(/d1/);
  });

  it('cancel() stops a running load at its next chunk, and the load adds nothing', async () => {
    const engine = createEngine();
    const text = 'contact_id,timestamp,channel\n' + 'c1,2025-01-01T00:00:00Z,Email\n'.repeat(200_000);
    let phases = 0;
    const running = engine.load('big', 'big.csv', enc(text), {}, (p: Progress) => {
      if (p.phase === 'parsing' && ++phases === 1) engine.cancel('big');
    });
    const result = await running;
    expect(result).toMatchObject({ ok: false, problem: { code: 'cancelled' } });
    expect(engine.list()).toEqual([]);
  });

  it('loadExample() loads touchpoints, weekly spend, one A/B test, deals, customers, NPS answers, a forecast and a weekly mix table', async () => {
    const engine = createEngine();
    const results = await engine.loadExample();
    expect(results.map((r) => r.ok && r.entry.kind)).toEqual(['touchpoints', 'spend', 'experiment', 'deals', 'customers', 'nps', 'forecast', 'marketing_mix']);
    for (const r of results) expect(r.ok && r.entry.mappingProblem).toBe(null);
  });

  it('attribute() returns an AttributionView (every model, the custom keys, the path stats), and custom() recomputes on its journeys', async () => {
    const engine = createEngine();
    await engine.loadExample();
    const view = await engine.attribute('d1', { level: 'channel', markovOrder: 2 });
    expect(view.options.markovOrder).toBe(2);
    expect(Object.keys(view.models)).toContain('markov');
    expect(view.customKeys.length).toBeGreaterThan(0);
    expect(view.paths.topPaths.length).toBeGreaterThan(0);
    expect(structuredClone(view)).toEqual(view);
    // Equal position weights are the linear model.
    expect(engine.custom('d1', { first: 1, middle: 1, last: 1 }, {})).toEqual(view.models.linear);
    await expect(engine.attribute('d2')).rejects.toThrow(/d2 holds spend data, not journeys/);
  });

  it('budget() attributes the journeys with every model and returns the same view the engine builds from them', async () => {
    const engine = createEngine();
    await engine.loadExample();
    const out = engine.budget('d2', 'd1', { model: 'linear' });
    const ex = generateExample();
    const spend = await loadBytes('example-spend.csv', enc(ex.spend));
    const touches = await loadBytes('example-touchpoints.csv', enc(ex.touchpoints));
    if (!spend.ok || spend.dataset.data.kind !== 'spend' || !touches.ok || touches.dataset.data.kind !== 'touchpoints') throw new Error('example did not load');
    const set = touches.dataset.data.journeys;
    expect(out).toEqual(budgetView(spend.dataset.data.rows, attribute(set, 'touchpoints', { markovOrder: 1 }), { model: 'linear' }, { set, source: 'touchpoints' }));
    expect(() => engine.budget('d1', 'd1')).toThrow(/d1 is not a spend file/);
  });

  it('budgetJob() is budget() with progress over the attribution models, and stops on cancel(jobId)', async () => {
    const engine = createEngine();
    await engine.loadExample();
    const seen: number[] = [];
    const out = await engine.budgetJob('b1', 'd2', 'd1', { model: 'linear' }, (p) => seen.push(p.done / (p.total ?? 1)));
    expect(out).toEqual(engine.budget('d2', 'd1', { model: 'linear' }));
    expect(seen.length).toBeGreaterThan(3);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(Math.max(...seen)).toBeLessThan(1);
    await expect(engine.budgetJob('b2', 'd2', 'd1', {}, () => engine.cancel('b2'))).rejects.toThrow(/cancelled/);
  });

  it('solveScenarioJson() solves a saved scenario into a BudgetView, or names each problem', async () => {
    const engine = createEngine();
    await engine.loadExample();
    const fromData = engine.budget('d2', 'd1');
    if (!fromData.ok) throw new Error(english(fromData.reason));
    const saved = engine.solveScenarioJson('plan.json', JSON.stringify(fromData.view.scenario));
    if (!saved.ok) throw new Error(saved.problems.map(english).join('; '));
    expect(saved.view.result).toEqual(fromData.view.result);
    expect(saved.view.sweep).toEqual(fromData.view.sweep);
    expect(saved.view.notes.map(english)).toEqual(['Solved from the saved scenario plan.json; change any setting above to go back to your data.']);
    const bad = engine.solveScenarioJson('x.json', '{"mode": "max_response"}');
    expect(bad.ok ? [] : bad.problems.map(english)).toEqual(['channels must be a non-empty array of channels, not undefined']);
    expect(engine.solveScenarioJson('x.json', '{')).toMatchObject({ ok: false, notJson: { key: 'budget.notJson' } });
  });
});

describe('engine: compressed files (issue 16)', () => {
  const fixture = (name: string) => new Uint8Array(readFileSync(`test/fixtures/wild/${name}`));

  it('loads a zip\'s first CSV file, names the others, loads each by name and reads a member again', async () => {
    const engine = createEngine();
    const first = await engine.load('j1', 'spend-reports.zip', fixture('spend-reports.zip'));
    if (!first.ok) throw new Error(english(first.problem.message));
    expect(first).toMatchObject({ member: 'tiktok-ads.csv', others: ['linkedin-campaign-manager.csv'] });
    expect(first.entry).toMatchObject({ file: 'spend-reports.zip: tiktok-ads.csv', kind: 'spend' });
    const second = await engine.load('j2', 'spend-reports.zip', fixture('spend-reports.zip'), { member: 'linkedin-campaign-manager.csv' });
    if (!second.ok) throw new Error(english(second.problem.message));
    expect(second.others).toBeUndefined();
    const plain = await engine.load('j3', 'linkedin-campaign-manager.csv', fixture('linkedin-campaign-manager.csv'));
    if (!plain.ok) throw new Error('plain');
    expect(second.entry.stats).toEqual(plain.entry.stats);
    const again = await engine.reload(second.entry.id, 'j4', { delimiter: ',' });
    expect(again.ok && again.entry.stats).toEqual(plain.entry.stats);
  });

  it('loads a .csv.gz as the CSV inside it', async () => {
    const engine = createEngine();
    const gz = await engine.load('j1', 'tiktok-ads.csv.gz', fixture('tiktok-ads.csv.gz'));
    const csv = await engine.load('j2', 'tiktok-ads.csv', fixture('tiktok-ads.csv'));
    if (!gz.ok || !csv.ok) throw new Error('load');
    expect(gz.entry.file).toBe('tiktok-ads.csv');
    expect(gz.entry.stats).toEqual(csv.entry.stats);
  });
});

describe('engine: merged channel names (issue 16)', () => {
  it('reads every touchpoint and spend dataset again with the merged names, and loads new files with them', async () => {
    const engine = createEngine();
    const enc = (s: string) => new TextEncoder().encode(s);
    const touch = await engine.load('j1', 't.csv', enc('journey_id,channel,converted\nA,google_ads,1\nB,Google Ads,1\n'));
    const deals = await engine.load('j2', 'd.csv', enc('deal_id,amount,won\n1,100,1\n'));
    if (!touch.ok || !deals.ok) throw new Error('load');
    const changed = await engine.setAliases([['google_ads', 'Google Ads']]);
    expect(changed.map((e) => e.id)).toEqual([touch.entry.id]);
    expect(changed[0].stats.type === 'journeys' && changed[0].stats.channels.map((c) => c.name)).toEqual(['Google Ads']);
    const spend = await engine.load('j3', 's.csv', enc('date,channel,spend\n2025-01-06,google_ads,10\n'));
    expect(spend.ok && spend.entry.stats.type === 'spend' && spend.entry.stats.channels[0].name).toBe('Google Ads');
  });
});
