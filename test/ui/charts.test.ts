// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import GroupedBars from '../../src/ui/charts/GroupedBars.svelte';
import HBars from '../../src/ui/charts/HBars.svelte';
import LineChart from '../../src/ui/charts/LineChart.svelte';
import ForestPlot from '../../src/ui/charts/ForestPlot.svelte';

const format = (n: number) => n.toFixed(1);

describe('chart alternatives for screen readers', () => {
  it('GroupedBars has a summary and a table of every value', () => {
    const { container } = render(GroupedBars, { title: 'Credit', categories: ['Email', 'Ads'], series: [{ name: 'First', values: [3, 7] }, { name: 'Last', values: [5, 1] }], format });
    expect(container.querySelector('desc')?.textContent).toContain('the largest is Ads (First, 7.0)');
    const table = screen.getByRole('table', { name: 'Credit' });
    expect(within(table).getAllByRole('row').map((r) => r.textContent)).toEqual(['FirstLast', 'Email3.05.0', 'Ads7.01.0']);
  });

  it('HBars can leave the table to a caller that shows its own', () => {
    render(HBars, { title: 'Effects', categories: ['A', 'B'], values: [0.5, 0.2], format, alternative: false });
    expect(screen.queryByRole('table')).toBeNull();
    render(HBars, { title: 'Effects 2', categories: ['A', 'B'], values: [0.5, 0.2], format });
    expect(within(screen.getByRole('table', { name: 'Effects 2' })).getAllByRole('row')).toHaveLength(3);
  });

  it('LineChart and ForestPlot describe their series and intervals', () => {
    const { container } = render(LineChart, { title: 'Rate', series: [{ name: 'A', x: [1, 2, 3], y: [0.1, 0.3, 0.2] }], formatX: String, formatY: format });
    expect(container.querySelector('desc')?.textContent).toBe('A: from 1 to 3, ending at 0.2.');
    expect(within(screen.getByRole('table', { name: 'Rate' })).getAllByRole('cell').map((c) => c.textContent)).toEqual(['1', '3', '0.1', '0.3', '0.2']);
    const forest = render(ForestPlot, { title: 'Lift', rows: [{ label: 'B', estimate: 0.2, lo: 0.05, hi: 0.35, significant: true }], format });
    expect(forest.container.querySelector('desc')?.textContent).toBe('B: 0.2 (0.1 to 0.3), excludes zero.');
  });
});
