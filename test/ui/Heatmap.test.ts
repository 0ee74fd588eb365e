// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import Heatmap from '../../src/ui/charts/Heatmap.svelte';

const rgb = (fill: string | null) => (fill?.match(/\d+/g) ?? []).map(Number);
const cells = (svg: Element) => [...svg.querySelectorAll('rect.cell')];
const fmt = (n: number) => n.toFixed(1);

describe('Heatmap', () => {
  it('draws one cell per row and column, named by its title, with the value in each cell when it fits', () => {
    render(Heatmap, { title: 'Test matrix', rows: ['a', 'b'], cols: ['x', 'y', 'z'], values: [[1, 2, 3], [4, 5, 6]], scale: 'sequential', format: fmt });
    const svg = screen.getByRole('img', { name: 'Test matrix' });
    expect(svg.querySelector('title')?.textContent).toBe('Test matrix');
    expect(svg.getAttribute('viewBox')).toMatch(/^0 0 [\d.]+ [\d.]+$/);
    expect(cells(svg)).toHaveLength(6);
    expect([...svg.querySelectorAll('text.value')].map((t) => t.textContent)).toEqual(['1.0', '2.0', '3.0', '4.0', '5.0', '6.0']);
    expect(cells(svg)[5].querySelector('title')?.textContent).toBe('b, z: 6.0');
    expect(svg.querySelector('foreignObject')).toBeNull();
  });

  it('sequential: larger values are darker blue', () => {
    render(Heatmap, { title: 'Seq', rows: ['a'], cols: ['x', 'y'], values: [[0.05, 0.9]], scale: 'sequential', format: fmt });
    const [low, high] = cells(screen.getByRole('img', { name: 'Seq' })).map((c) => rgb(c.getAttribute('fill')));
    expect(high[0] + high[1] + high[2]).toBeLessThan(low[0] + low[1] + low[2]);
    expect(high[2]).toBeGreaterThan(high[0]);
  });

  it('diverging: positive values blue, negative red, zero almost white, symmetric around zero', () => {
    render(Heatmap, { title: 'Div', rows: ['a'], cols: ['x', 'y', 'z'], values: [[-2, 0, 1]], scale: 'diverging', format: fmt });
    const [neg, zero, pos] = cells(screen.getByRole('img', { name: 'Div' })).map((c) => rgb(c.getAttribute('fill')));
    expect(neg[0]).toBeGreaterThan(neg[2] + 50);
    expect(pos[2]).toBeGreaterThan(pos[0] + 30);
    expect(Math.min(...zero)).toBeGreaterThan(230);
  });

  it('writes white text on dark cells and a dash on cells without a value', () => {
    render(Heatmap, { title: 'Ink', rows: ['a'], cols: ['x', 'y', 'z'], values: [[0, 10, NaN]], scale: 'sequential', format: fmt });
    const svg = screen.getByRole('img', { name: 'Ink' });
    const texts = [...svg.querySelectorAll('text.value')];
    expect(texts.map((t) => t.getAttribute('fill'))).toEqual(['#15212b', '#ffffff', '#15212b']);
    expect(texts[2].textContent).toBe('–');
    expect(cells(svg)[2].getAttribute('fill')).toBe('#eef1f4');
  });

  it('leaves the values out when the cells are too narrow for them', () => {
    const cols = Array.from({ length: 40 }, (_, i) => `c${i}`);
    render(Heatmap, { title: 'Narrow', rows: ['a'], cols, values: [cols.map((_, i) => i * 1000.5)], scale: 'sequential', format: fmt });
    const svg = screen.getByRole('img', { name: 'Narrow' });
    expect(cells(svg)).toHaveLength(40);
    expect(svg.querySelectorAll('text.value')).toHaveLength(0);
  });
});
