// @vitest-environment jsdom
// ExperimentState on the real engine (in-process) and a real Workbench.
import './setup';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ExperimentState } from '../../src/ui/state/experiment.svelte';
import { Workbench } from '../../src/ui/state/workbench.svelte';
import { CSV } from './datasets';
import { inProcess, rooted, settle } from './state-helpers.svelte';

const file = (name: string, text: string) => new File([text], name, { type: 'text/csv' });
const THREE_ARMS = 'variant,users,conversions\ncontrol,1000,50\nb,1000,70\nc,1000,40\n';
let stops: (() => void)[] = [];
beforeEach(() => history.replaceState(null, '', '/'));
afterEach(() => {
  for (const stop of stops) stop();
  stops = [];
});

function setup(open = () => true) {
  const { engine, calls } = inProcess();
  const bench = new Workbench(engine);
  const { value: view, stop } = rooted(() => new ExperimentState({ engine, data: bench, open }));
  stops.push(stop);
  return { bench, view, calls };
}

describe('ExperimentState', () => {
  it('analyses the first A/B test by itself, and the chosen one when the user chooses', async () => {
    const { bench, view, calls } = setup();
    await bench.addFiles([file('ads.csv', CSV.spend), file('two.csv', CSV.experiment), file('three.csv', THREE_ARMS)]);
    await settle();
    expect(view.tests.map((d) => d.file)).toEqual(['two.csv', 'three.csv']);
    expect(calls.filter((c) => c === 'experiment')).toHaveLength(1);
    expect(view.outcome?.ok && view.outcome.view.result.variants.map((v) => v.name)).toEqual(['control', 'treatment']);
    view.datasetId = bench.datasets[2].id;
    await settle();
    expect(view.outcome?.ok && view.outcome.view.result.variants.map((v) => v.name)).toEqual(['control', 'b', 'c']);
    expect(view.running).toBe(false);
  });

  it('computes again when its test is remapped, and not while closed', async () => {
    let open = $state(false);
    const { bench, view, calls } = setup(() => open);
    await bench.addFiles([file('two.csv', CSV.experiment)]);
    await settle();
    expect(calls).not.toContain('experiment');
    open = true;
    await settle();
    expect(view.outcome?.ok).toBe(true);
    await bench.remap(bench.datasets[0].id, 'experiment');
    expect(view.outcome).toBeNull();
    await settle();
    expect(calls.filter((c) => c === 'experiment')).toHaveLength(2);
    expect(view.outcome?.ok).toBe(true);
  });

  it('runs with its settings and keeps them in the address', async () => {
    history.replaceState(null, '', '/#ab=0.1,bh,');
    const { bench, view } = setup();
    expect(view.settings).toEqual({ alpha: 0.1, correction: 'bh', plannedPerArm: null, worthwhile: null });
    await bench.addFiles([file('two.csv', CSV.experiment)]);
    await settle();
    expect(view.outcome?.ok && view.outcome.view.result.alpha).toBe(0.1);
    view.plannedPerArm = 5000;
    await view.run();
    expect(location.hash).toBe('#ab.alpha=0.1&ab.correction=bh&ab.plannedPerArm=5000');
  });
});
