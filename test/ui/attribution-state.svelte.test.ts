// @vitest-environment jsdom
// AttributionState on the real engine (in-process) and a real Workbench: it picks its dataset, computes by itself
// while open, computes again when that dataset changes, and keeps its settings in the address.
import './setup';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AttributionState } from '../../src/ui/state/attribution.svelte';
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
  const { value: view, stop } = rooted(() => new AttributionState({ engine, data: bench, open }));
  stops.push(stop);
  return { bench, view, calls };
}

describe('AttributionState', () => {
  it('computes every model on the first journey dataset by itself, and has nothing to compute before', async () => {
    const { bench, view, calls } = setup();
    await settle();
    expect([view.datasetId, view.outcome, calls]).toEqual([null, null, []]);
    await bench.addFiles([file('ads.csv', CSV.spend), file('paths.csv', CSV.paths), file('touches.csv', CSV.touchpoints)]);
    await settle();
    expect(view.journeySets.map((d) => d.file)).toEqual(['paths.csv', 'touches.csv']);
    expect(view.datasetId).toBe(bench.datasets[1].id);
    expect(calls.filter((c) => c === 'attribute')).toHaveLength(1);
    expect(view.outcome?.channels).toEqual(['Email', 'Search', 'Social']);
    expect(view.outcome?.customKeys.length).toBeGreaterThan(0);
    expect(view.outcome?.paths).toBeDefined();
    expect(view.custom).toEqual(view.outcome?.models.custom);
  });

  it('switches to the chosen dataset, and falls back to the first when the chosen one is removed', async () => {
    const { bench, view } = setup();
    await bench.addFiles([file('paths.csv', CSV.paths), file('touches.csv', CSV.touchpoints)]);
    await settle();
    const [paths, touches] = bench.datasets.map((d) => d.id);
    view.datasetId = touches;
    await settle();
    expect(view.outcome?.journeys).toBe(3);
    await bench.remove(touches);
    expect([view.datasetId, view.outcome]).toEqual([paths, null]);
    await settle();
    expect(view.outcome?.journeys).toBe(10);
  });

  it('computes again when its dataset is read again, but not when another file is added', async () => {
    const { bench, view, calls } = setup();
    await bench.addFiles([file('touches.csv', CSV.touchpoints)]);
    await settle();
    await bench.addFiles([file('ads.csv', CSV.spend)]);
    await settle();
    expect(calls.filter((c) => c === 'attribute')).toHaveLength(1);
    await bench.reload(bench.datasets[0].id, { delimiter: ',' });
    expect(view.outcome).toBeNull();
    await settle();
    expect(calls.filter((c) => c === 'attribute')).toHaveLength(2);
    expect(view.outcome?.channels).toEqual(['Email', 'Search', 'Social']);
  });

  it('computes nothing while its tab is closed', async () => {
    const { bench, view, calls } = setup(() => false);
    await bench.addFiles([file('touches.csv', CSV.touchpoints)]);
    await settle();
    expect([calls.includes('attribute'), view.outcome, view.stale]).toEqual([false, null, true]);
  });

  it('reads its settings and custom weights from an old shared link and writes them back as named entries', async () => {
    history.replaceState(null, '', '/#tab=attribution&attr=campaign,3,,2,value,linear&custom=first%3D80%2Cmiddle%3D10%2Clast%3D10');
    const { bench, view } = setup();
    expect(view.settings).toEqual({ level: 'campaign', halfLifeDays: 3, lookbackDays: null, markovOrder: 2, markovStates: 'mittari', metric: 'value', baseline: 'linear' });
    expect(view.weights).toEqual({ first: 80, middle: 10, last: 10 });
    await bench.addFiles([file('touches.csv', CSV.touchpoints)]);
    await settle();
    expect(view.outcome?.options).toMatchObject({ level: 'campaign', halfLifeDays: 3, markovOrder: 2 });
    const hash = new URLSearchParams(location.hash.slice(1));
    expect([hash.get('attr'), hash.get('attr.level'), hash.get('attr.order'), hash.get('attr.markovOrder'), hash.get('attr.baseline')]).toEqual([null, 'campaign', null, '2', 'linear']);
  });

  it('credit() gives the chosen metric, shares of all conversions included', async () => {
    const { bench, view } = setup();
    await bench.addFiles([file('touches.csv', CSV.touchpoints)]);
    await settle();
    const linear = view.outcome!.models.linear!;
    expect(view.credit('linear')).toEqual(linear.conversions);
    view.metric = 'value';
    expect(view.credit('linear')).toEqual(linear.value);
    view.metric = 'share';
    expect(view.credit('linear')).toEqual(linear.conversions.map((c) => c / view.outcome!.conversions));
  });

  it('updateCustom() recomputes the custom model with the new weights and keeps them in the address', async () => {
    const { bench, view, calls } = setup();
    await bench.addFiles([file('touches.csv', CSV.touchpoints)]);
    await settle();
    view.weights = { first: 100, middle: 0, last: 0 };
    await view.updateCustom();
    expect(calls.at(-1)).toBe('custom');
    expect(view.custom).toEqual(view.outcome!.models.first);
    expect(new URLSearchParams(location.hash.slice(1)).get('custom')).toBe(view.preset);
  });
});
