// @vitest-environment jsdom
// Cost per conversion takes the spend file that shares the journeys' channels, not the first one loaded (issue 14).
import './setup';
import { afterEach, describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/svelte';
import AttributionPanel from '../../src/ui/attribution/AttributionPanel.svelte';
import { AttributionState } from '../../src/ui/state/attribution.svelte';
import { Workbench } from '../../src/ui/state/workbench.svelte';
import { inProcess, rooted, settle } from './state-helpers.svelte';

let stop = () => {};
afterEach(() => stop());

describe('AttributionPanel costs', () => {
  it('matches spend to the journeys by channel name: an unrelated spend file loaded first is not used', async () => {
    const { engine } = inProcess();
    const bench = new Workbench(engine);
    const r = rooted(() => new AttributionState({ engine, data: bench, open: () => true }));
    stop = r.stop;
    await bench.addFiles([new File(['week,channel,spend\n2025-01-06,Radio,500\n2025-01-13,TV,900\n'], 'other-spend.csv')]);
    await bench.loadExample();
    await settle();
    render(AttributionPanel, { view: r.value, datasets: bench.datasets });
    await waitFor(() => expect(screen.getByText(/^Spend from /).textContent).toContain('Spend from example-spend.csv'));
  });
});
