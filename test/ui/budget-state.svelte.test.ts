// @vitest-environment jsdom
// BudgetState on the real engine (in-process) and a real Workbench: its files, its run, saved scenarios.
import './setup';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BudgetState } from '../../src/ui/state/budget.svelte';
import { Workbench } from '../../src/ui/state/workbench.svelte';
import { msg } from '../../src/lib/messages';
import { CSV } from './datasets';
import { inProcess, rooted, settle } from './state-helpers.svelte';
import { createEngine } from '../../src/worker/api';

const file = (name: string, text: string) => new File([text], name, { type: 'text/csv' });
/** Touchpoints on the channels of CSV.spend. */
const TOUCHES = 'journey_id,timestamp,channel,conversion,value\n' +
  'A,2025-01-06,Google Ads,0,\nA,2025-01-07,LinkedIn,1,100\nB,2025-01-06,LinkedIn,1,50\nC,2025-01-08,Google Ads,1,80\nD,2025-01-13,Google Ads,1,20\n';
let stops: (() => void)[] = [];
beforeEach(() => history.replaceState(null, '', '/'));
afterEach(() => {
  for (const stop of stops) stop();
  stops = [];
});

function setup(open = () => true) {
  const { engine, calls } = inProcess();
  const bench = new Workbench(engine);
  const { value: view, stop } = rooted(() => new BudgetState({ engine, data: bench, open }));
  stops.push(stop);
  return { bench, view, calls };
}

describe('BudgetState', () => {
  it('needs a spend file and journeys, pairs them by shared channels, and computes by itself', async () => {
    const { bench, view, calls } = setup();
    await bench.addFiles([file('ads.csv', CSV.spend), file('paths.csv', CSV.paths)]);
    await settle();
    const [spend, paths] = bench.datasets.map((d) => d.id);
    expect([view.spendId, view.journeysId]).toEqual([spend, paths]);
    expect(calls.filter((c) => c === 'budgetJob')).toHaveLength(1);
    await bench.addFiles([file('touches.csv', TOUCHES)]);
    await settle();
    // Not chosen by the user: the journeys that share the spend file's channels win.
    expect(view.journeysId).toBe(bench.datasets[2].id);
    expect(view.outcome?.ok && view.outcome.view.result.channels.map((c) => c.name).sort()).toEqual(['Google Ads', 'LinkedIn']);
    view.journeysId = paths;
    expect(view.journeysId).toBe(paths);
  });

  it('takes a campaign report\'s own conversions as the credit when no journeys share its campaigns, until the user chooses', async () => {
    const { bench, view } = setup();
    const report = 'Campaign,Day,Cost,Conversions\nBrand,2025-01-06,100,10\nGeneric,2025-01-06,300,6\n';
    await bench.addFiles([file('ads-report.csv', report)]);
    await settle();
    expect([view.reported, view.platform, view.credit, view.journeysId]).toEqual([true, true, 'platform', null]);
    expect(view.outcome?.ok && view.outcome.view.credit).toBe('platform');
    // Journeys of other channels do not take over; chosen, they are the credit.
    await bench.addFiles([file('touches.csv', TOUCHES)]);
    await settle();
    expect(view.credit).toBe('platform');
    view.credit = bench.datasets[1].id;
    expect([view.platform, view.journeysId]).toEqual([false, bench.datasets[1].id]);
  });

  it('shows the attribution models\' progress while it computes, and Cancel asks the worker to stop that job', async () => {
    const api = createEngine();
    let release = () => {};
    const seen: string[] = [];
    const { engine } = inProcess(new Proxy(api, {
      get: (target, name: string) => (name !== 'budgetJob' ? (target as unknown as Record<string, unknown>)[name] : async (...args: Parameters<typeof api.budgetJob>) => {
        const [jobId, , , , onProgress] = args;
        seen.push(jobId);
        // As from the worker: the first progress message arrives after the call was made.
        await Promise.resolve();
        onProgress?.({ done: 3, total: 12 });
        await new Promise<void>((r) => (release = r));
        return api.budgetJob(...args);
      }),
    }));
    const cancels: string[] = [];
    const watched = new Proxy({}, { get: (_, name: string) => (name === 'cancel' ? async (id: string) => void cancels.push(id) : (engine() as unknown as Record<string, unknown>)[name]) }) as ReturnType<typeof engine>;
    const bench = new Workbench(() => watched);
    const { value: view, stop } = rooted(() => new BudgetState({ engine: () => watched, data: bench, open: () => true }));
    stops.push(stop);
    await bench.addFiles([file('ads.csv', CSV.spend), file('touches.csv', TOUCHES)]);
    await settle();
    expect([view.running, view.runProgress]).toEqual([true, 0.25]);
    view.cancel();
    expect([view.running, view.stopped, view.runProgress]).toEqual([false, true, null]);
    expect(cancels).toEqual([seen[0]]);
    release();
  });

  it('has nothing to compute without journeys', async () => {
    const { bench, view, calls } = setup();
    await bench.addFiles([file('ads.csv', CSV.spend)]);
    await settle();
    expect([view.spendId, view.journeysId, view.outcome, calls.includes('budgetJob')]).toEqual([bench.datasets[0].id, null, null, false]);
  });

  it('runs again with a channel locked or bounded', async () => {
    const { bench, view, calls } = setup();
    await bench.addFiles([file('ads.csv', CSV.spend), file('touches.csv', TOUCHES)]);
    await settle();
    view.toggleLock('LinkedIn');
    await settle();
    const linkedIn = () => (view.outcome?.ok ? view.outcome.view.result.channels.find((c) => c.name === 'LinkedIn') : undefined);
    expect(linkedIn()?.recommendedSpend).toBeCloseTo(linkedIn()?.currentSpend ?? NaN, 6);
    view.setBounds('Google Ads', 1, 1);
    await settle();
    expect(calls.filter((c) => c === 'budgetJob')).toHaveLength(3);
    expect(view.locked).toEqual(['LinkedIn']);
  });

  it('solves a saved scenario into a whole budget view, and a broken one becomes the error and keeps the view', async () => {
    const { bench, view } = setup();
    await bench.addFiles([file('ads.csv', CSV.spend), file('touches.csv', TOUCHES)]);
    await settle();
    const saved = view.outcome?.ok ? view.outcome.view.scenario : null;
    expect(saved).not.toBeNull();
    await view.loadScenario('plan.json', JSON.stringify(saved));
    const loaded = view.outcome?.ok ? view.outcome.view : null;
    expect(loaded?.scenario).toEqual(saved);
    expect(loaded?.notes).toEqual([msg('budget.savedScenario', { file: 'plan.json' })]);
    expect([loaded?.rules.moves, loaded?.robust, loaded?.fits]).toEqual([[], null, []]);
    expect([view.error, view.running]).toEqual([null, false]);
    await view.loadScenario('broken.json', '{"mode": "max_response", "channels": [{"name": "A"}]}');
    expect(view.error).toMatch(/^broken\.json is not a scenario Mittari can solve: channels\[0\]\./);
    expect(view.outcome?.ok && view.outcome.view).toBe(loaded);
    await view.loadScenario('notes.txt', 'not json');
    expect(view.error).toMatch(/^notes\.txt: The file is not JSON: /);
  });

  it('reads an old link and keeps its settings as named entries', async () => {
    history.replaceState(null, '', '/#budget=linear,value,max_response,,0.5,1.5,0.3');
    const { bench, view } = setup();
    expect(view.settings).toEqual({ model: 'linear', kpi: 'value', mode: 'max_response', total: null, low: 0.5, high: 1.5, elasticity: 0.3 });
    await bench.addFiles([file('ads.csv', CSV.spend), file('touches.csv', TOUCHES)]);
    await settle();
    expect(location.hash).toBe('#budget.model=linear&budget.kpi=value&budget.low=0.5&budget.high=1.5&budget.elasticity=0.3');
  });
});
