// @vitest-environment jsdom
// Goals and alerts that mean what they say (issue 14, part 1): direction from the KPI, a period per goal, the latest
// complete period as the headline, unfinished periods never alerting, and red only for a crossed alert or a missed goal.
import './setup';
import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import KpiCard from '../../src/ui/kpi/KpiCard.svelte';
import KpiPanel from '../../src/ui/kpi/KpiPanel.svelte';
import { ReviewsState } from '../../src/ui/state/reviews.svelte';
import { makeKpi } from '../../src/lib/kpi/build';
import { judgeGoal } from '../../src/lib/kpi/goals';
import { KpiState } from '../../src/ui/state/kpi.svelte';
import { Workbench } from '../../src/ui/state/workbench.svelte';
import { locale } from '../../src/ui/i18n/locale.svelte';
import { inProcess, rooted, settle } from './state-helpers.svelte';

let stops: (() => void)[] = [];
afterEach(() => {
  for (const s of stops) s();
  stops = [];
  locale.set('en');
  localStorage.clear();
});
const noop = () => {};
const cplRising = () => makeKpi('cpl', 160, ['2025-01', '2025-02', '2025-03', '2025-04'], { byPeriod: new Map([['2025-01', 90], ['2025-02', 150], ['2025-03', 210], ['2025-04', 250]]) });

describe('KpiCard with a goal', () => {
  it('calls a CPL goal of at most 120 off track while CPL climbs, with the latest complete month as the headline', () => {
    const kpi = cplRising();
    const goal = { target: 120, per: 'total' as const, deadline: '2025-05-31' };
    const judgement = judgeGoal({ target: 120, per: 'total', deadline: Date.UTC(2025, 4, 31) }, kpi, ['2025-04'], Date.UTC(2025, 3, 16));
    render(KpiCard, { kpi, incomplete: ['2025-04'], goal, judgement, ongoal: noop, onlimit: noop, onunpin: noop });
    const card = screen.getByRole('article', { name: 'Cost per lead (CPL)' });
    // The headline is March (complete), not the window's overall figure nor the running April.
    expect(card.querySelector('.value')?.textContent).toBe('210.00');
    expect(card.querySelector('.change')?.textContent).toBe('2025-03 (+40% vs previous)');
    expect(card.querySelector('.change')?.className).not.toMatch(/bad/);
    expect(within(card).getByText('2025-04 is still running: 250.00 so far, not judged yet.')).toBeTruthy();
    const goalLine = card.querySelector('.goal p')?.textContent ?? '';
    expect(goalLine).toMatch(/^Goal: at most 120.00 by 2025-05-31 — off track \(heading for [\d,.]+ by then\)\.$/);
    expect(goalLine).not.toMatch(/on track/);
    expect(within(card).getByRole('progressbar').getAttribute('aria-valuenow')).toBe(String(Math.round(100 * judgement.progress)));
    // The sparkline draws the running month dashed.
    expect(card.querySelector('svg.spark path[stroke-dasharray="3 3"]')).toBeTruthy();
  });

  it('asks for the period when a goal is set, and refuses a goal by a date without the date', async () => {
    let saved: unknown = 'none';
    render(KpiCard, { kpi: cplRising(), ongoal: (g: unknown) => (saved = g), onlimit: noop, onunpin: noop });
    await fireEvent.click(screen.getByRole('button', { name: 'Goal & alert for Cost per lead (CPL)' }));
    await fireEvent.input(screen.getByLabelText('Goal: at most'), { target: { value: '120' } });
    await fireEvent.change(screen.getByLabelText('Counted'), { target: { value: 'total' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByRole('alert').textContent).toBe('A goal by a date needs the date.');
    expect(saved).toBe('none');
    await fireEvent.change(screen.getByLabelText('Counted'), { target: { value: 'quarter' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(saved).toEqual({ target: 120, per: 'quarter' });
  });
});

describe('KpiPanel goals and alerts on the example', () => {
  async function example(period: 'week' | 'month' | 'quarter') {
    const { engine } = inProcess();
    const bench = new Workbench(engine);
    const r = rooted(() => new KpiState({ engine, data: bench, open: () => true }));
    stops.push(r.stop);
    const view = r.value;
    view.period = period;
    await bench.loadExample();
    await settle();
    return { view, bench };
  }

  it('judges a goal of 300 leads each month on the months even in the quarter view: missed in June, met once in six', async () => {
    const { view, bench } = await example('quarter');
    view.setGoal('leads', { target: 300, per: 'month' });
    await settle();
    render(KpiPanel, { view, reviews: new ReviewsState(), datasets: bench.datasets });
    const card = screen.getByRole('article', { name: 'Leads' });
    const text = card.querySelector('.goal p')?.textContent ?? '';
    // Leads by month: 288, 252, 376, 233, 288, 63.
    expect(text).toBe('Goal: at least 300 each month — missed (2025-06: 63). Met in 1 of the last 6 months.');
    expect(card.querySelector('.goal strong')?.className).toMatch(/off/);
  });

  it('never alerts on the unfinished week the data ends in', async () => {
    const { view, bench } = await example('week');
    const report = view.outcome!;
    expect(report.incomplete).toEqual(['2025-W27']);
    view.limits.leads = { below: 80 };
    render(KpiPanel, { view, reviews: new ReviewsState(), datasets: bench.datasets });
    const alerts = screen.queryAllByRole('alert').map((a) => a.textContent ?? '');
    expect(alerts.some((a) => a.includes('2025-W27'))).toBe(false);
    // The table's latest column is the latest complete week too, named.
    const table = screen.getByRole('table', { name: /^Every KPI/ });
    const row = within(table).getByRole('rowheader', { name: 'Leads' }).closest('tr') as HTMLTableRowElement;
    expect(row.cells[2].textContent).toMatch(/\(2025-W26(, [+−]\d+%)?\)$/);
    expect(screen.getByRole('columnheader', { name: 'Latest complete week' })).toBeTruthy();
  });
});

describe('KpiPanel files (issue 14, part 2 and 3)', () => {
  it('leaves a 2018 spend file and a USD Google Ads report out of the example\'s euros, says why, and refuses two currencies', async () => {
    const { engine } = inProcess();
    const bench = new Workbench(engine);
    const r = rooted(() => new KpiState({ engine, data: bench, open: () => true }));
    stops.push(r.stop);
    const view = r.value;
    await bench.loadExample();
    await settle();
    const spendBefore = view.outcome?.kpis.spend?.value;
    const cplBefore = view.outcome?.kpis.cpl?.value;
    const old = 'week,channel,spend\n2018-01-01,LinkedIn Ads,5000\n2018-01-08,LinkedIn Ads,7000\n';
    // A Google Ads report in USD over June 2025, as test/fixtures/google-ads-usd.csv with a day column.
    const usd = 'Day,Campaign,Currency code,Cost,Impr.,Clicks,Conversions\n2025-06-02,Brand US,USD,"1,234.56",45000,1200,35\n2025-06-02,Generic US,USD,"10,371.21",120000,2100,41\n';
    await bench.addFiles([new File([old], 'spend-2018.csv'), new File([usd], 'google-ads-usd.csv')]);
    await settle();
    expect(view.outcome?.kpis.spend?.value).toBeCloseTo(spendBefore ?? NaN, 6);
    expect(view.outcome?.kpis.cpl?.value).toBeCloseTo(cplBefore ?? NaN, 6);
    render(KpiPanel, { view, reviews: new ReviewsState(), datasets: bench.datasets });
    const files = screen.getByText(/^Files in these KPIs: /).closest('details') as HTMLElement;
    expect(files.textContent).toContain('spend-2018.csv is left out: its spend (2018-01-01 to 2018-01-14) is over a quarter away from the leads and deals');
    expect(files.textContent).toMatch(/google-ads-usd\.csv is left out: its money is in USD, the other files' in EUR/);
    // Money is shown in the files' currency.
    expect(screen.getByRole('article', { name: 'Cost per lead (CPL)' }).querySelector('.value')?.textContent).toMatch(/^€\d/);
    await fireEvent.click(within(files).getByRole('checkbox', { name: /google-ads-usd\.csv/ }));
    await settle();
    expect(screen.getByRole('alert').textContent).toMatch(/^The chosen files are in two currencies: .*google-ads-usd\.csv \(USD\).*Mittari does not add them up/);
  });
});
