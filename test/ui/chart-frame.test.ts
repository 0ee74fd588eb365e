// @vitest-environment jsdom
// The chart frame: <Chart> sets ranges from size and margins once and shares them by context, <Svg> owns the
// accessible <svg>, marks draw from the context, and <Figure> registers its chart for export and the report.
import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import { scaleBand, scaleLinear } from 'd3';
import type { ChartContext } from '../../src/ui/charts/context';
import { figuresIn, partsIn, reportPart } from '../../src/ui/charts/figures';
import Frame from './frame/Frame.svelte';
import Figured from './frame/Figured.svelte';
import Bars from '../../src/ui/charts/Bars.svelte';

const margin = { top: 20, right: 30, bottom: 10, left: 100 };

describe('Chart (the frame)', () => {
  it('puts size, margins and scales with their ranges in context: x left to right, a band y top to bottom', () => {
    let seen: ChartContext | undefined;
    const x = scaleLinear().domain([0, 10]);
    const y = scaleBand<string>().domain(['a', 'b']);
    render(Frame, { width: 400, height: 200, margin, x, y, onread: (c: ChartContext) => (seen = c) });
    expect(seen?.width).toBe(400);
    expect(seen?.height).toBe(200);
    expect(seen?.margin).toEqual(margin);
    expect(seen?.x.range()).toEqual([100, 370]);
    expect(seen?.y.range()).toEqual([20, 190]);
    expect((seen?.x as typeof x)(5)).toBe(235);
  });

  it('runs a continuous y bottom to top, and never changes the scales it was given', () => {
    let seen: ChartContext | undefined;
    const x = scaleLinear().domain([0, 1]).range([0, 1]);
    const y = scaleLinear().domain([0, 50]).range([0, 1]);
    render(Frame, { width: 300, height: 120, margin, x, y, onread: (c: ChartContext) => (seen = c) });
    expect(seen?.y.range()).toEqual([110, 20]);
    expect(x.range()).toEqual([0, 1]);
    expect(y.range()).toEqual([0, 1]);
  });

  it('a mark outside a frame is a programmer error that says so', () => {
    expect(() => render(Bars, { categories: ['a'], values: [1], color: 'red', tip: String })).toThrow(/inside <Chart>/);
  });
});

describe('Svg (the layout)', () => {
  it('owns the accessible <svg>: role, aria-label, <title>, <desc>, a viewBox of the frame size, and the table alternative', () => {
    render(Frame, {
      width: 400, height: 200, margin, x: scaleLinear().domain([0, 1]), y: scaleBand<string>().domain(['a']),
      title: 'Credit by channel', desc: 'Email is largest.', table: { columns: ['', 'Value'], rows: [['Email', '3']] },
    });
    const svg = screen.getByRole('img', { name: 'Credit by channel' });
    expect(svg.tagName.toLowerCase()).toBe('svg');
    expect(svg.getAttribute('class')).toBe('chart');
    expect(svg.getAttribute('viewBox')).toBe('0 0 400 200');
    expect(svg.querySelector('title')?.textContent).toBe('Credit by channel');
    expect(svg.querySelector('desc')?.textContent).toBe('Email is largest.');
    const table = screen.getByRole('table', { name: 'Credit by channel' });
    expect(within(table).getAllByRole('row').map((r) => r.textContent)).toEqual(['Value', 'Email3']);
  });

  it('leaves the table out when the caller shows its own', () => {
    render(Frame, { width: 400, height: 200, margin, x: scaleLinear().domain([0, 1]), y: scaleBand<string>().domain(['a']), table: null });
    expect(screen.queryByRole('table')).toBeNull();
  });
});

describe('marks read the frame', () => {
  it('Bars draws each bar from zero on the context x scale, in its band of the context y scale', () => {
    const { container } = render(Frame, {
      width: 400, height: 200, margin, x: scaleLinear().domain([-10, 10]), y: scaleBand<string>().domain(['a', 'b']),
      bars: { categories: ['a', 'b'], values: [5, -10] },
    });
    const rects = [...container.querySelectorAll('rect.bar')];
    // x: -10..10 over 100..370, so zero at 235 and 5 at 302.5; bands: 20..105 and 105..190.
    expect(rects.map((r) => ['x', 'y', 'width', 'height'].map((k) => Number(r.getAttribute(k))))).toEqual([[235, 20, 67.5, 85], [100, 105, 135, 85]]);
    expect(rects.map((r) => r.querySelector('title')?.textContent)).toEqual(['tip 0', 'tip 1']);
    // Values: after the positive bar; the negative bar runs to the plot's left edge, so its value sits inside its end.
    expect([...container.querySelectorAll('text.bar-value')].map((t) => [t.textContent, Number(t.getAttribute('x')), t.getAttribute('text-anchor')]))
      .toEqual([['v5', 306.5, 'start'], ['v-10', 104, 'start']]);
  });

  it('AxisX writes d3 ticks above the plot with a grid line each', () => {
    const x = scaleLinear().domain([0, 100]);
    const { container } = render(Frame, { width: 400, height: 200, margin, x, y: scaleBand<string>().domain(['a']), axis: true });
    const ticks = [...container.querySelectorAll('.axis-x text')];
    expect(ticks.map((t) => t.textContent)).toEqual(x.ticks(5).map(String));
    expect(ticks.map((t) => Number(t.getAttribute('y')))).toEqual(ticks.map(() => 10));
    const grid = [...container.querySelectorAll('.axis-x line.grid')];
    expect(grid.map((l) => Number(l.getAttribute('x1')))).toEqual([100, 154, 208, 262, 316, 370]);
    expect(grid.every((l) => l.getAttribute('y1') === '14' && l.getAttribute('y2') === '190')).toBe(true);
  });
});

describe('Figure', () => {
  it('owns the heading and the export buttons, and registers its chart for the report while it is shown', () => {
    const { container, unmount } = render(Figured, { heading: 'Removal effects', level: 4 });
    expect(screen.getByRole('heading', { level: 4, name: 'Removal effects' })).toBeTruthy();
    for (const name of ['Export PNG', 'Export SVG', 'Copy image']) expect(screen.getByRole('button', { name })).toBeTruthy();
    const figures = figuresIn(container);
    expect(figures.map((f) => [f.heading, f.svg.getAttribute('aria-label'), f.footer?.title])).toEqual([['Removal effects', 'Bars inside', 'Footer title']]);
    unmount();
    expect(figuresIn(document.body)).toEqual([]);
  });

  it('lists only the figures inside the element asked about, top to bottom', () => {
    const first = render(Figured, { heading: 'First' });
    const second = render(Figured, { heading: 'Second' });
    expect(figuresIn(document.body).map((f) => f.heading)).toEqual(['First', 'Second']);
    expect(figuresIn(second.container).map((f) => f.heading)).toEqual(['Second']);
    first.unmount();
    second.unmount();
  });
});

describe('report parts', () => {
  it('a view registers its title and key sentences; the report reads those inside the view, in page order', () => {
    const view = document.createElement('section');
    view.innerHTML = '<h2>Budget</h2><p>Second sentence</p><p> First sentence </p>';
    const other = document.createElement('p');
    other.textContent = 'Another view';
    document.body.append(view, other);
    const [h2, second, first] = [...view.children] as HTMLElement[];
    view.insertBefore(first, second);
    const detach = [reportPart('title')(h2), reportPart('line')(second), reportPart('line')(first), reportPart('line')(other)];
    expect(partsIn(view, 'title')).toEqual(['Budget']);
    expect(partsIn(view, 'line')).toEqual(['First sentence', 'Second sentence']);
    detach.forEach((d) => d());
    expect(partsIn(document.body, 'line')).toEqual([]);
    view.remove();
    other.remove();
  });
});
