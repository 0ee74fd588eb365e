// @vitest-environment jsdom
// KpiState on the real engine (in-process) and a real Workbench: the report reads every dataset.
import './setup';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_PINS, KpiState, MAX_PINS } from '../../src/ui/state/kpi.svelte';
import { Workbench } from '../../src/ui/state/workbench.svelte';
import { CSV } from './datasets';
import { inProcess, rooted, settle } from './state-helpers.svelte';

const file = (name: string, text: string) => new File([text], name, { type: 'text/csv' });
let stops: (() => void)[] = [];
beforeEach(() => {
  history.replaceState(null, '', '/');
  localStorage.clear();
});
afterEach(() => {
  for (const stop of stops) stop();
  stops = [];
});

function setup(open = () => true) {
  const { engine, calls } = inProcess();
  const bench = new Workbench(engine);
  const { value: view, stop } = rooted(() => new KpiState({ engine, data: bench, open }));
  stops.push(stop);
  return { bench, view, calls };
}

describe('KpiState', () => {
  it('computes the report once there is a dataset, and again whenever a dataset is added or removed', async () => {
    const { bench, view, calls } = setup();
    await settle();
    expect([view.outcome, calls]).toEqual([null, []]);
    await bench.addFiles([file('ads.csv', CSV.spend)]);
    await settle();
    expect(view.outcome?.kpis.spend?.value).toBeCloseTo(1750.5, 6);
    await bench.addFiles([file('touches.csv', CSV.touchpoints)]);
    expect(view.outcome).toBeNull();
    await settle();
    expect(view.outcome?.kpis.spend?.value).toBeCloseTo(1750.5, 6);
    await bench.remove(bench.datasets[0].id);
    await settle();
    expect(calls.filter((c) => c === 'kpis')).toHaveLength(3);
    expect(view.outcome).not.toBeNull();
    expect(view.outcome?.kpis.spend).toBeUndefined();
  });

  it('says in the ROI formula whether anonymous touches before the lead were credited, as the user chose', async () => {
    const { bench, view } = setup();
    await bench.addFiles([file('ads.csv', CSV.spend), file('touches.csv', CSV.touchpoints)]);
    await settle();
    const formula = () => JSON.stringify(view.outcome?.kpis.roi?.formula);
    const before = formula();
    view.creditBeforeLead = true;
    await view.run();
    expect(view.outcome?.kpis.roi).toBeDefined();
    expect(formula()).not.toBe(before);
  });

  it('runs with its settings and keeps them in the address', async () => {
    history.replaceState(null, '', '/#kpi=week,0.6,linear');
    const { bench, view } = setup();
    expect(view.settings).toEqual({ period: 'week', margin: 0.6, model: 'linear' });
    await bench.addFiles([file('ads.csv', CSV.spend)]);
    await settle();
    expect(view.outcome?.periods).toEqual(['2025-W02', '2025-W03']);
    view.period = 'month';
    view.margin = null;
    await view.run();
    expect(view.outcome?.periods).toEqual(['2025-01']);
    expect(location.hash).toBe('#kpi.margin=&kpi.model=linear');
  });

  it('keeps pins in localStorage, at most five', () => {
    const { view } = setup(() => false);
    expect(view.pins).toEqual(DEFAULT_PINS);
    view.togglePin('leads');
    expect(view.pins).not.toContain('leads');
    view.togglePin('cpa');
    view.togglePin('roi');
    expect(view.pins).toHaveLength(MAX_PINS);
    expect(JSON.parse(localStorage.getItem('mittari.kpi.v1') ?? '{}').pins).toEqual(view.pins);
    const again = rooted(() => new KpiState({ engine: inProcess().engine, data: new Workbench(inProcess().engine), open: () => false }));
    stops.push(again.stop);
    expect(again.value.pins).toEqual(view.pins);
  });
});
