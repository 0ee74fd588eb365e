// @vitest-environment jsdom
// Cost per conversion takes the spend file that shares the journeys' channels, not the first one loaded (issue 14).
import './setup';
import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import AttributionPanel from '../../src/ui/attribution/AttributionPanel.svelte';
import { AttributionState } from '../../src/ui/state/attribution.svelte';
import { Workbench } from '../../src/ui/state/workbench.svelte';
import { inProcess, rooted, settle } from './state-helpers.svelte';

let stop = () => {};
afterEach(() => stop());

/** The attribution panel on the example data, with `spend` (one file's text) loaded before it. */
async function panelWith(name: string, spend: string) {
  const { engine } = inProcess();
  const bench = new Workbench(engine);
  const r = rooted(() => new AttributionState({ engine, data: bench, open: () => true }));
  stop = r.stop;
  await bench.addFiles([new File([spend], name)]);
  await bench.loadExample();
  await settle();
  render(AttributionPanel, { view: r.value });
}

describe('AttributionPanel costs', () => {
  it('matches spend to the journeys by channel name: an unrelated spend file loaded first is not used', async () => {
    await panelWith('other-spend.csv', 'week,channel,spend\n2025-01-06,Radio,500\n2025-01-13,TV,900\n');
    await waitFor(() => expect(screen.getByText(/^Spend from /).textContent).toContain('Spend from example-spend.csv'));
    // The example's first week starts on 30 Dec 2024, two days before the journeys: those days are left out.
    const note = screen.getByText(/^Spend from /).textContent ?? '';
    expect(note).toMatch(/Only spend dated 2025-01-01 – 2025-06-30, the journeys' dates, is counted\./);
    expect(note).toMatch(/of spend outside those dates is left out/);
  });

  it('shows the spend in the currency its file states', async () => {
    await panelWith('usd-spend.csv', 'date,channel,Cost (USD)\n2025-02-03,Google Ads,1200\n2025-02-03,LinkedIn Ads,900\n2025-02-03,Email,100\n2025-02-03,Trade show,50\n2025-02-03,Webinar,40\n');
    await waitFor(() => expect(screen.getByText(/^Spend from /).textContent).toContain('Spend from usd-spend.csv'));
    const table = screen.getByRole('table', { name: /spend from usd-spend\.csv/i });
    expect(table.textContent).toContain('US$1,200.00');
    expect(table.textContent).not.toContain('€');
    // ROAS would divide the journeys' euros by these dollars: it is not shown, and the note says why.
    const section = screen.getByRole('region', { name: /Cost per conversion by model/ });
    await fireEvent.change(within(section).getByRole('combobox'), { target: { value: 'roas' } });
    await waitFor(() => expect(screen.getByText(/No ROAS: usd-spend\.csv is in USD, the journeys' value in EUR\./)).toBeTruthy());
    expect(within(table).queryByText(/×$/)).toBeNull();
  });
});
