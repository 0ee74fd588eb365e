// @vitest-environment jsdom
import { beforeAll, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import DifferenceHeatmap from '../../src/ui/attribution/DifferenceHeatmap.svelte';
import { attribute, type AttributionResult } from '../../src/lib/attribution/attribute';
import type { ModelName } from '../../src/lib/attribution/types';
import { formatNumber } from '../../src/lib/util/format';
import { exampleSet } from '../lib/attribution/rule-helpers';

let result: AttributionResult;
const models: ModelName[] = ['first', 'last', 'linear', 'position', 'markov', 'shapley'];
const credit = (m: ModelName) => result.models[m]?.conversions ?? null;
const rgb = (el: Element) => (el.getAttribute('fill')?.match(/\d+/g) ?? []).map(Number);
beforeAll(async () => {
  result = attribute(await exampleSet(), 'touchpoints', { models });
});

describe('DifferenceHeatmap', () => {
  it('draws channels x models other than the baseline, named after the baseline', () => {
    render(DifferenceHeatmap, { channels: result.channels, models, credit, baseline: 'last', format: formatNumber });
    const svg = screen.getByRole('img', { name: 'Credit difference to Last touch by channel and model' });
    expect(svg.querySelectorAll('rect.cell')).toHaveLength(result.channels.length * (models.length - 1));
    expect([...svg.querySelectorAll('text.label')].slice(0, 5).map((t) => t.textContent)).toEqual(['First touch', 'Linear', 'Position (U)', 'Markov', 'Shapley']);
    expect(screen.getByRole('button', { name: 'Export SVG' })).toBeTruthy();
  });

  it('colours gains blue and losses red', () => {
    render(DifferenceHeatmap, { channels: result.channels, models, credit, baseline: 'last', format: formatNumber });
    const cells = [...screen.getByRole('img', { name: /Credit difference/ }).querySelectorAll('rect.cell')];
    const compared = models.filter((m) => m !== 'last');
    const diffs = result.channels.flatMap((_, i) => compared.map((m) => credit(m)![i] - credit('last')![i]));
    expect(diffs.some((d) => d > 1) && diffs.some((d) => d < -1)).toBe(true);
    const up = diffs.indexOf(Math.max(...diffs)), down = diffs.indexOf(Math.min(...diffs));
    const [r1, , b1] = rgb(cells[up]), [r2, , b2] = rgb(cells[down]);
    expect(b1).toBeGreaterThan(r1 + 50);
    expect(r2).toBeGreaterThan(b2 + 50);
    expect(cells[up].querySelector('title')?.textContent).toMatch(/^.+, .+: \+[\d.,]+ compared with Last touch$/);
  });

  it('has the differences as a table, signed', () => {
    render(DifferenceHeatmap, { channels: result.channels, models, credit, baseline: 'first', format: formatNumber });
    const table = screen.getByRole('table', { name: 'Credit difference to First touch by channel and model' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(result.channels.length + 1);
    const d = credit('linear')![0] - credit('first')![0];
    expect(rows[1].querySelectorAll('td')[1].textContent).toBe(`${d > 0 ? '+' : '−'}${formatNumber(Math.abs(d))}`);
  });

  it('asks for another baseline when the baseline model is not available', () => {
    render(DifferenceHeatmap, { channels: result.channels, models, credit, baseline: 'w_shaped', format: formatNumber });
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.getByText(/W-shaped is not available for this data/)).toBeTruthy();
  });
});
