import { describe, expect, it } from 'vitest';
import { legendLayout } from '../../src/ui/charts/legend';

describe('legendLayout()', () => {
  it('places short names side by side on one row', () => {
    const { items, rows } = legendLayout(['A', 'B'], 100, 800);
    expect(rows).toBe(1);
    expect(items.map((i) => i.row)).toEqual([0, 0]);
    expect(items[0].x).toBe(100);
    expect(items[1].x).toBeGreaterThan(100 + 14);
  });

  it('moves an item to the next row before it passes the right edge, and never leaves one overlapping the next', () => {
    const names = ['Ensimmäinen kosketus', 'Viimeinen kosketus', 'Lineaarinen', 'Sijaintiin perustuva (U)', 'Markov', 'Shapley'];
    const { items, rows } = legendLayout(names, 150, 852);
    expect(rows).toBe(2);
    for (let i = 1; i < items.length; i++) {
      if (items[i].row === items[i - 1].row) expect(items[i].x).toBeGreaterThanOrEqual(items[i - 1].x + 14 + names[i - 1].length * 6.6);
    }
    for (const [i, item] of items.entries()) if (item.x > 150) expect(item.x + 14 + names[i].length * 6.6).toBeLessThanOrEqual(852);
  });

  it('has no rows without names, and does not change its input', () => {
    const names = ['A'];
    expect(legendLayout([], 0, 100)).toEqual({ items: [], rows: 0 });
    legendLayout(names, 0, 10);
    expect(names).toEqual(['A']);
  });
});
