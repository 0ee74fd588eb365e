// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import GroupedBars from '../../src/ui/charts/GroupedBars.svelte';
import HBars from '../../src/ui/charts/HBars.svelte';
import LineChart from '../../src/ui/charts/LineChart.svelte';
import ForestPlot from '../../src/ui/charts/ForestPlot.svelte';
import Heatmap from '../../src/ui/charts/Heatmap.svelte';
import { locale } from '../../src/ui/i18n/locale.svelte';

const format = (n: number) => n.toFixed(1);

describe('chart alternatives for screen readers', () => {
  it('GroupedBars has a summary and a table of every value', () => {
    const { container } = render(GroupedBars, { title: 'Credit', categories: ['Email', 'Ads'], series: [{ name: 'First', values: [3, 7] }, { name: 'Last', values: [5, 1] }], format });
    expect(container.querySelector('desc')?.textContent).toContain('the largest is Ads (First, 7.0)');
    const table = screen.getByRole('table', { name: 'Credit' });
    expect(within(table).getAllByRole('row').map((r) => r.textContent)).toEqual(['FirstLast', 'Email3.05.0', 'Ads7.01.0']);
  });

  it('GroupedBars writes every bar\'s value with the chart\'s format', () => {
    const { container } = render(GroupedBars, { title: 'Values', categories: ['Email', 'Ads'], series: ['a', 'b', 'c', 'd'].map((name, k) => ({ name, values: [k + 1, 10 * (k + 1)] })), format });
    expect([...container.querySelectorAll('text.bar-value')].map((t) => t.textContent)).toEqual(['1.0', '10.0', '2.0', '20.0', '3.0', '30.0', '4.0', '40.0']);
  });

  it('GroupedBars with foldOther sums the smallest channels beyond 12 into Other and says so; its table keeps all', () => {
    const categories = Array.from({ length: 15 }, (_, i) => `ch${i}`);
    const values = categories.map((_, i) => 100 - i);
    const { container } = render(GroupedBars, { title: 'Folded', categories, series: [{ name: 'First', values }], format, foldOther: true });
    const labels = [...container.querySelectorAll('.axis-y text, g text')].map((t) => t.textContent);
    expect(labels).toContain('Other');
    expect(container.querySelectorAll('rect.bar')).toHaveLength(12);
    // ch11..ch14: 89 + 88 + 87 + 86.
    expect([...container.querySelectorAll('text.bar-value')].at(-1)?.textContent).toBe('350.0');
    expect(container.querySelector('.fold-note')?.textContent).toBe('4 smaller channels folded into Other: ch11, ch12, ch13, ch14');
    expect(within(screen.getByRole('table', { name: 'Folded' })).getAllByRole('row')).toHaveLength(16);
    const plain = render(GroupedBars, { title: 'Unfolded', categories, series: [{ name: 'First', values }], format });
    expect(plain.container.querySelectorAll('rect.bar')).toHaveLength(15);
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

  describe('in the Finnish UI', () => {
    afterEach(() => locale.set('en'));
    const { formatNumber, formatPercent } = locale;

    it('every chart summary and table header is Finnish, with Finnish numbers', () => {
      locale.set('fi');
      const bars = render(GroupedBars, { title: 'Hyvitys', categories: ['Sähköposti', 'Mainokset'], series: [{ name: 'Ensimmäinen', values: [3, 1234.5] }], format: formatNumber });
      expect(bars.container.querySelector('desc')?.textContent).toBe(
        '2 ryhmää, sarjat: Ensimmäinen. Suurin arvo on Mainokset (Ensimmäinen, 1\u00a0234,5). Kaavion jälkeinen taulukko luettelee kaikki arvot.');
      const h = render(HBars, { title: 'Vaikutus', categories: ['A', 'B'], values: [0.5, 0.25], format: (n: number) => formatPercent(n, 0) });
      expect(h.container.querySelector('desc')?.textContent).toBe('Suurin: A (50\u00a0%); pienin: B (25\u00a0%).');
      expect(within(screen.getByRole('table', { name: 'Vaikutus' })).getAllByRole('columnheader').map((c) => c.textContent)).toEqual(['', 'Arvo']);
      const line = render(LineChart, { title: 'Osuus', series: [{ name: 'A', x: [1, 2], y: [0.1, 0.25] }], formatX: String, formatY: (n: number) => formatPercent(n, 1) });
      expect(line.container.querySelector('desc')?.textContent).toBe('A: 1 – 2, viimeisin arvo 25,0\u00a0%.');
      expect(within(screen.getByRole('table', { name: 'Osuus' })).getAllByRole('columnheader').map((c) => c.textContent)).toEqual(['Sarja', 'Alku', 'Loppu', 'Pienin', 'Suurin', 'Viimeisin arvo']);
      const forest = render(ForestPlot, { title: 'Nousu', rows: [{ label: 'B', estimate: 0.2, lo: 0.05, hi: 0.35, significant: true }], format: (n: number) => formatPercent(n, 0) });
      expect(forest.container.querySelector('desc')?.textContent).toBe('B: 20\u00a0% (väli 5\u00a0% – 35\u00a0%), väli ei sisällä nollaa.');
      expect(within(screen.getByRole('table', { name: 'Nousu' })).getAllByRole('columnheader').map((c) => c.textContent)).toEqual(['', 'Arvio', 'Alaraja', 'Yläraja']);
      const heat = render(Heatmap, { title: 'Siirtymät', rows: ['A'], cols: ['B', 'C'], values: [[0.1, 0.2]], scale: 'sequential', format: String });
      expect(heat.container.querySelector('desc')?.textContent).toMatch(/^1 rivi ja 2 saraketta;/);
    });
  });
});
