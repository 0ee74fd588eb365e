// @vitest-environment jsdom
// The management scorecard (issue 15, part 3): every pinned KPI on one slide with its goal, the meeting's comments,
// a review kept and listed, and what changed since it.
import './setup';
import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import KpiPanel from '../../src/ui/kpi/KpiPanel.svelte';
import { KpiState } from '../../src/ui/state/kpi.svelte';
import { ReviewsState } from '../../src/ui/state/reviews.svelte';
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

async function example() {
  const { engine } = inProcess();
  const bench = new Workbench(engine);
  const r = rooted(() => new KpiState({ engine, data: bench, open: () => true }));
  stops.push(r.stop);
  const view = r.value;
  await bench.loadExample();
  view.setGoal('leads', { target: 300, per: 'month' });
  view.setGoal('cpl', { target: 200, per: 'month' });
  await settle();
  return { view, bench };
}

describe('KpiScorecard', () => {
  it('draws every pinned KPI with its goal and state, and says which one is furthest from its goal', async () => {
    const { view, bench } = await example();
    render(KpiPanel, { view, reviews: new ReviewsState(), datasets: bench.datasets });
    const slide = screen.getByRole('img', { name: /^Scorecard: / });
    const texts = [...slide.querySelectorAll('text')].map((t) => t.textContent ?? '');
    for (const name of ['Leads', 'Cost per lead (CPL)', 'Won revenue', 'Lead → won', 'Net Promoter Score (NPS)']) expect(texts.join('|')).toContain(name.split(' (')[0]);
    // Leads by month end 288, 63 (June): 63 against at least 300, missed.
    expect(texts).toContain('at least 300 each month');
    expect(texts).toContain('missed');
    expect(texts.filter((t) => t === 'no goal set')).toHaveLength(3);
    expect(screen.getByText(/^Leads is furthest from its goal: 63 in 2025-06 against at least 300/)).toBeTruthy();
  });

  it('puts the meeting\'s comment on the slide, keeps a review with it, and shows what changed since', async () => {
    const { view, bench } = await example();
    const reviews = new ReviewsState();
    render(KpiPanel, { view, reviews, datasets: bench.datasets });
    await fireEvent.input(screen.getByLabelText('Comment on Leads'), { target: { value: 'June is a holiday month' } });
    await fireEvent.input(screen.getByLabelText('What we learned, what we will do'), { target: { value: 'Move webinar budget to July' } });
    const slide = screen.getByRole('img', { name: /^Scorecard: / });
    expect([...slide.querySelectorAll('text.comment')].map((t) => t.textContent).join(' ')).toBe('June is a holiday month');
    await fireEvent.click(screen.getByRole('button', { name: 'Keep for review' }));
    expect(reviews.reviews).toHaveLength(1);
    const kept = reviews.reviews[0];
    expect(kept.note).toBe('Move webinar budget to July');
    expect(kept.rows.find((r) => r.kpi === 'leads')).toMatchObject({ value: 63, period: '2025-06', state: 'missed', comment: 'June is a holiday month' });
    // The next meeting starts empty, and the kept review is in storage.
    expect((screen.getByLabelText('Comment on Leads') as HTMLInputElement).value).toBe('');
    expect(JSON.parse(localStorage.getItem('mittari.reviews.v1') ?? '{}').reviews).toHaveLength(1);
    // The goal moves: 50 leads a month is met now.
    view.setGoal('leads', { target: 50, per: 'month' });
    flushSync();
    const since = screen.getByRole('region', { name: /^Since the last review/ });
    expect(within(since).getByText(/missed → met/)).toBeTruthy();
    const log = screen.getByRole('list', { name: 'Past reviews' });
    await fireEvent.click(within(log).getByRole('button', { name: /^Open the review of / }));
    const opened = screen.getByRole('region', { name: /^Review of / });
    expect(within(opened).getByText('June is a holiday month')).toBeTruthy();
    expect(within(opened).getByText('Move webinar budget to July')).toBeTruthy();
    await fireEvent.click(within(log).getByRole('button', { name: /^Delete the review of / }));
    expect(reviews.reviews).toHaveLength(0);
    expect(screen.queryByRole('region', { name: /^Since the last review/ })).toBeNull();
  });
});
