// @vitest-environment jsdom
// The Mix model part on screen: progress and Cancel, the data check, the tables, the charts in Figures, the
// allocation table and its budget input, in English and Finnish.
import '../setup';
import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import MmmPanel from '../../../src/ui/mmm/MmmPanel.svelte';
import MmmAllocation from '../../../src/ui/mmm/MmmAllocation.svelte';
import MmmCharts from '../../../src/ui/mmm/MmmCharts.svelte';
import { MmmState } from '../../../src/ui/state/mmm.svelte';
import { locale } from '../../../src/ui/i18n/locale.svelte';
import { msg } from '../../../src/lib/messages';
import { FakeData, entry, rooted, settle } from '../state-helpers.svelte';
import type { DatasetEntry } from '../../../src/worker/api';
import { fakeEngine, mmmView } from './fixture';
import { whole } from '../../../src/ui/mmm/format';

let stops: (() => void)[] = [];
afterEach(() => {
  for (const stop of stops) stop();
  stops = [];
  locale.lang = 'en';
});

function state() {
  const fake = fakeEngine();
  const stats = { type: 'marketing_mix', weeks: 80, firstWeek: '2022-01-03', lastWeek: '2023-07-10', outcome: 'revenue', outcomeTotal: 2500000, channels: [{ name: 'tv', spend: 120000, variation: 0.45 }, { name: 'radio', spend: 3000, variation: 0.04 }], correlated: [{ a: 'tv', b: 'radio', r: 0.91 }], controls: 1, events: 2 };
  const data = new FakeData([{ ...entry('w', 'marketing_mix'), stats } as DatasetEntry]);
  const { value: view, stop } = rooted(() => new MmmState({ engine: fake.engine, data }));
  stops.push(stop);
  return { ...fake, view };
}

describe('MmmPanel', () => {
  it('shows the fit’s progress with a working Cancel, then the check, the tables, the charts and the allocation', async () => {
    const { view, calls, cancelled } = state();
    render(MmmPanel, { view });
    await settle();
    // The data check comes first, from the file as read, while the fit runs.
    const first = screen.getByRole('table', { name: 'Data check' });
    expect(within(first).getByRole('row', { name: /Outcome/ }).textContent).toContain('revenue (2,500,000)');
    expect(within(first).getByRole('row', { name: /Context columns/ }).textContent).toContain('1 control, 2 events');
    // Spend variation per channel, flagged where it hardly varies, and the channels moving together.
    const spend = (within(first).getByRole('row', { name: /Spend per channel/ }).textContent ?? '').replace(/\s+/g, ' ');
    expect(spend).toContain('tv €120,000 · varies ±45% week to week');
    expect(spend).toContain('radio €3,000 · varies ±4% week to week — hardly varies');
    expect(spend.match(/hardly varies: the data/g)).toHaveLength(1);
    expect(within(first).getByRole('row', { name: /moving together/ }).textContent).toContain('tv and radio (r = 0.91)');
    calls[0].progress({ stage: 'search', done: 0.42 });
    await settle();
    expect(screen.getByRole('progressbar', { name: 'Fitting the model' }).getAttribute('aria-valuenow')).toBe('42');
    await fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await settle();
    expect(cancelled).toEqual([calls[0].job]);
    expect(screen.getByRole('alert').textContent).toBe(locale.say(msg('mmm.cancelled', {})));
    expect(screen.queryByRole('progressbar')).toBeNull();
    await fireEvent.click(screen.getByRole('button', { name: 'Fit again' }));
    await settle();
    const m = mmmView();
    calls[1].resolve({ ok: true, view: m });
    await settle();
    const check = screen.getByRole('table', { name: 'Data check' });
    expect(within(check).getByText('80')).toBeTruthy();
    const channels = screen.getByRole('table', { name: 'Per channel' });
    expect(within(channels).getAllByRole('row')).toHaveLength(1 + m.result.channels.length + 1);
    expect(within(screen.getByRole('table', { name: 'Fit' })).getByText('DECOMP.RSSD (effect share vs spend share)')).toBeTruthy();
    for (const h of ['Actual vs predicted', 'What made the outcome, week by week', 'Contribution per channel', 'ROI per channel']) {
      expect(screen.getByRole('heading', { name: h })).toBeTruthy();
    }
    expect(screen.getAllByRole('button', { name: 'Export PNG' }).length).toBe(4 + m.result.channels.length);
    expect(screen.getByRole('table', { name: 'Current and recommended weekly spend and steady weekly response per channel' })).toBeTruthy();
  });
});

describe('MmmAllocation', () => {
  it('lists current vs recommended weekly spend and response per channel, and asks again with a typed budget', async () => {
    const { view, calls } = state();
    await settle();
    const a = mmmView().allocation;
    render(MmmAllocation, { view, allocation: a });
    const rows = within(screen.getByRole('table', { name: 'Current and recommended weekly spend and steady weekly response per channel' })).getAllByRole('row');
    expect(rows).toHaveLength(1 + a.channels.length + 1);
    a.channels.forEach((c, i) => {
      const cells = within(rows[i + 1]).getAllByRole('cell').map((td) => td.textContent ?? '');
      expect(rows[i + 1].querySelector('th')?.textContent).toContain(c.name);
      expect(cells[0]).toBe(`€${whole(c.currentWeekly)}`);
      expect(cells[1]).toContain(`€${whole(c.recommendedWeekly)}`);
      expect(cells[3]).toBe(whole(c.recommendedResponse));
      expect(cells[4]).toBe(c.helpShare === null ? '—' : locale.formatPercent(c.helpShare, 0));
    });
    const input = screen.getByLabelText('Weekly budget') as HTMLInputElement;
    expect(input.placeholder).toBe(whole(a.budget));
    await fireEvent.change(input, { target: { value: '20000' } });
    await settle();
    expect(calls.at(-1)?.request.allocation?.mode).toEqual({ kind: 'budget', weekly: 20000 });
  });

  it('marks a held channel', () => {
    const { view } = state();
    const a = mmmView().allocation;
    const held = { ...a, channels: a.channels.map((c, i) => (i === 0 ? { ...c, held: true, recommendedWeekly: c.currentWeekly } : c)) };
    render(MmmAllocation, { view, allocation: held });
    expect(screen.getByRole('row', { name: new RegExp(`^${a.channels[0].name} \\(held\\)`) })).toBeTruthy();
  });
});

describe('MmmLifts', () => {
  it('adds a typed lift test, refuses a lift outside its interval, and shows before and after', async () => {
    const { view, calls } = state();
    render(MmmPanel, { view });
    await settle();
    const m = mmmView();
    calls[0].resolve({ ok: true, view: m });
    await settle();
    const form = screen.getByRole('form', { name: 'Add lift test' });
    const channel = m.result.channels[0].members[0];
    expect((within(form).getByLabelText('Channel') as HTMLSelectElement).value).toBe(channel);
    // The last four weeks by default.
    const weeks = m.result.series.weeks;
    expect((within(form).getByLabelText('First day') as HTMLInputElement).value).toBe(weeks[weeks.length - 4]);
    await fireEvent.input(within(form).getByLabelText('Measured lift'), { target: { value: '5000' } });
    await fireEvent.input(within(form).getByLabelText('90% low'), { target: { value: '6000' } });
    await fireEvent.input(within(form).getByLabelText('90% high'), { target: { value: '7000' } });
    await fireEvent.click(within(form).getByRole('button', { name: 'Add lift test' }));
    await settle();
    expect(screen.getByRole('alert').textContent).toContain('low ≤ lift ≤ high');
    expect(calls).toHaveLength(1);
    await fireEvent.input(within(form).getByLabelText('90% low'), { target: { value: '4000' } });
    await fireEvent.click(within(form).getByRole('button', { name: 'Add lift test' }));
    await settle();
    expect(calls).toHaveLength(2);
    const test = { channel, from: weeks[weeks.length - 4], to: (calls[1].request.lifts ?? [])[0]?.to, lift: 5000, low: 4000, high: 7000 };
    expect(calls[1].request.lifts).toEqual([test]);
    calls[1].resolve({ ok: true, view: { ...m, calibration: [{ test, weeks: 4, before: 2500, after: 4800, zBefore: -2.71, zAfter: -0.22 }] } });
    await settle();
    const row = within(screen.getByRole('table', { name: /Each lift test beside/ })).getByRole('row', { name: new RegExp(`^${channel}`) });
    expect(row.textContent).toContain('5,000 (4,000 – 7,000)');
    expect(row.textContent).toContain('2,500 (−2.7 se)');
    expect(row.textContent).toContain('4,800 (−0.2 se)');
    await fireEvent.click(screen.getByRole('button', { name: `Remove the lift test of ${channel}` }));
    await settle();
    expect(calls.at(-1)?.request.lifts).toEqual([]);
  });
});

describe('MmmCompare', () => {
  it('shows the mix model beside the attribution budget per channel: act where they agree, test where not, in Finnish too', async () => {
    const { view, calls } = state();
    const m = mmmView();
    const [a, b] = m.allocation.channels;
    const attribution = [
      { name: a.name.toUpperCase(), currentSpend: 100, recommendedSpend: a.recommendedWeekly > a.currentWeekly * 1.05 ? 150 : a.recommendedWeekly < a.currentWeekly * 0.95 ? 50 : 100 },
      { name: b.name, currentSpend: 100, recommendedSpend: b.recommendedWeekly > b.currentWeekly * 1.05 ? 50 : 150 },
    ];
    render(MmmPanel, { view, attribution });
    await settle();
    calls[0].resolve({ ok: true, view: m });
    await settle();
    const table = screen.getByRole('table', { name: /by the mix model and by the attribution-based budget/ });
    expect(within(table).getByRole('row', { name: new RegExp(`^${a.name}`) }).textContent).toContain('same direction: act');
    expect(within(table).getByRole('row', { name: new RegExp(`^${b.name}`) }).textContent).toContain('they disagree: test first');
    expect(within(table).getAllByRole('row')).toHaveLength(1 + m.allocation.channels.length);
    locale.lang = 'fi';
    await settle();
    expect(screen.getByRole('heading', { name: 'Mediamixmalli ja attribuutio rinnakkain' })).toBeTruthy();
  });
});

describe('MmmCharts', () => {
  it('draws the stacked decomposition, the intervals and a response curve per channel, in Finnish too', () => {
    const m = mmmView();
    const footer = () => () => ({ title: 't', sources: [] });
    const en = render(MmmCharts, { m, footer });
    const svgs = en.container.querySelectorAll('svg[role="img"], svg');
    expect(svgs.length).toBeGreaterThanOrEqual(4 + m.result.channels.length);
    const decomposition = screen.getByRole('img', { name: 'Weekly outcome split into the baseline and each channel’s contribution, stacked' });
    // One area per layer: the baseline and each channel.
    expect(decomposition.querySelectorAll('path').length).toBeGreaterThanOrEqual(1 + m.result.channels.length);
    expect(screen.getAllByRole('img', { name: /steady weekly response by weekly spend/ })).toHaveLength(m.result.channels.length);
    en.unmount();
    locale.lang = 'fi';
    render(MmmCharts, { m, footer });
    expect(screen.getByRole('heading', { name: 'Mistä tulos syntyi viikoittain' })).toBeTruthy();
    expect(screen.getByRole('img', { name: 'Kanavan tuotto mediakuluille ja sen 90 %:n bootstrap-väli' })).toBeTruthy();
  });
});
