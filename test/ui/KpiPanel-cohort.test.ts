// @vitest-environment jsdom
// The KPI table shows CPA's lagged view by lead cohort beside the period view, each labelled (issue 21).
import './setup';
import { afterEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import KpiPanel from '../../src/ui/kpi/KpiPanel.svelte';
import { ReviewsState } from '../../src/ui/state/reviews.svelte';
import { KpiState } from '../../src/ui/state/kpi.svelte';
import { Workbench } from '../../src/ui/state/workbench.svelte';
import { CSV } from './datasets';
import { inProcess, rooted, settle } from './state-helpers.svelte';

let stop = () => {};
afterEach(() => stop());

describe('KpiPanel', () => {
  it('lists CPA by lead cohort under CPA, with what it divides', async () => {
    const { engine } = inProcess();
    const bench = new Workbench(engine);
    const rootedView = rooted(() => new KpiState({ engine, data: bench, open: () => true }));
    stop = rootedView.stop;
    const view = rootedView.value;
    await bench.addFiles([new File([CSV.spend], 'ads.csv'), new File([CSV.touchpoints], 'touches.csv')]);
    await settle();
    // Spend 1750.50 in January; the two won journeys (A, C) became leads in January: 875.25 per won deal.
    expect(view.outcome?.kpis.cpa?.byLeadCohort?.map((p) => [p.period, p.value])).toEqual([['2025-01', 875.25]]);
    render(KpiPanel, { view, reviews: new ReviewsState(), datasets: bench.datasets });
    const row = screen.getByRole('rowheader', { name: /, lagged by lead cohort$/ }).closest('tr') as HTMLTableRowElement;
    expect(row.textContent).toContain('875.25 (2025-01)');
    expect(row.textContent).toContain("a period's spend / the won deals whose leads came in that period");
  });
});
