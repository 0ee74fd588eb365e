// @vitest-environment jsdom
import { beforeAll, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import MarkovDetails from '../../src/ui/attribution/MarkovDetails.svelte';
import { attribute, type AttributionResult, type MarkovSummary } from '../../src/lib/attribution/attribute';
import { exampleSet, makeSet } from '../lib/attribution/rule-helpers';

let result: AttributionResult;
let markov: MarkovSummary;
beforeAll(async () => {
  result = attribute(await exampleSet(), 'touchpoints', { models: ['markov'] });
  markov = result.markov!;
});

describe('MarkovDetails', () => {
  it('says how the chain states are formed, and offers ChannelAttribution\'s chain', async () => {
    const chosen: string[] = [];
    const at2 = attribute(await exampleSet(), 'touchpoints', { models: ['markov'], markovOrder: 2, markovStates: 'channelattribution' }).markov!;
    render(MarkovDetails, { markov: at2, channels: result.channels, onstates: (s: string) => chosen.push(s) });
    expect(screen.getByText(/^ChannelAttribution's chain: each state is a window of k consecutive touches/)).toBeTruthy();
    const select = screen.getByLabelText('Chain states (orders 2–4)') as HTMLSelectElement;
    expect(select.value).toBe('channelattribution');
    select.value = 'mittari';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    expect(chosen).toEqual(['mittari']);
  });

  it('explains the removal effect and states the conversion probability and order', () => {
    render(MarkovDetails, { markov, channels: result.channels });
    expect(screen.getByText(/how much the conversion probability drops when a channel is taken out of every journey/)).toBeTruthy();
    const p = screen.getByText(/a journey that starts converts with probability/);
    expect(p.textContent).toContain(`Order 1 chain over ${markov.states} states`);
    expect(p.textContent).toContain(`${(markov.conversionProbability * 100).toFixed(2)}%`);
  });

  it('draws one removal-effect bar per channel, largest first, with export buttons', () => {
    render(MarkovDetails, { markov, channels: result.channels });
    const svg = screen.getByRole('img', { name: 'Markov removal effect by channel' });
    const bars = [...svg.querySelectorAll('rect.bar')];
    expect(bars).toHaveLength(result.channels.length);
    const widths = bars.map((b) => Number(b.getAttribute('width')));
    expect(widths).toEqual([...widths].sort((a, b) => b - a));
    const top = result.channels[markov.removalEffects.indexOf(Math.max(...markov.removalEffects))];
    expect(bars[0].querySelector('title')?.textContent).toMatch(new RegExp(`^${top}: \\d+\\.\\d%$`));
    expect(screen.getAllByRole('button', { name: 'Export PNG' })).toHaveLength(2);
    expect(screen.getAllByRole('button', { name: 'Export SVG' })).toHaveLength(2);
  });

  it('has a table of removal effects for screen readers', () => {
    render(MarkovDetails, { markov, channels: result.channels });
    const table = screen.getByRole('table', { name: 'Markov removal effects by channel' });
    expect(table.parentElement?.className).toContain('visually-hidden');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(result.channels.length);
    const i = result.channels.indexOf(rows[0].querySelector('th')!.textContent!);
    expect(rows[0].querySelector('td')?.textContent).toBe(`${(markov.removalEffects[i] * 100).toFixed(1)}%`);
  });

  it('draws the transition matrix, from start and channels to channels, conversion and null, and the same as a table', () => {
    render(MarkovDetails, { markov, channels: result.channels });
    const { from, to, p } = markov.transitions;
    expect(from[0]).toBe('(start)');
    expect(to.slice(-2)).toEqual(['(conversion)', '(null)']);
    const svg = screen.getByRole('img', { name: 'Markov transition probabilities from each state to the next' });
    const cells = svg.querySelectorAll('rect.cell');
    expect(cells).toHaveLength(from.length * to.length);
    expect(cells[to.length - 2].querySelector('title')?.textContent).toBe(`From (start) to (conversion): ${Math.round(p[0][to.length - 2] * 100)}%`);
    const table = screen.getByRole('table', { name: 'Markov transition probabilities (row: from, column: to)' });
    expect(table.closest('details')?.querySelector('summary')?.textContent).toBe('Transition probabilities as a table');
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(from.length + 1);
    expect(rows[2].querySelectorAll('td')).toHaveLength(to.length);
    expect(rows[2].querySelectorAll('td')[to.length - 1].textContent).toBe(`${(p[1][to.length - 1] * 100).toFixed(1)}%`);
  });

  it('says so when the data has no non-converting journeys, and names a higher order', () => {
    const set = makeSet([{ path: 'A > B' }, { path: 'B > C' }, { path: 'A > C > B' }]);
    const r = attribute(set, 'paths', { models: ['markov'], markovOrder: 2 });
    render(MarkovDetails, { markov: r.markov!, channels: r.channels });
    expect(screen.getByText(/no non-converting journeys/)).toBeTruthy();
    expect(screen.getByText(/the credit above uses order 2/)).toBeTruthy();
  });
});
