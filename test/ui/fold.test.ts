import { describe, expect, it } from 'vitest';
import { foldSmallest } from '../../src/ui/charts/fold';
import { placeLabel, textWidth } from '../../src/ui/charts/labels';

const items = (sizes: number[][]) => sizes.map((values, i) => ({ name: `c${i}`, values }));

describe('foldSmallest()', () => {
  it('foldSmallest() returns the items unchanged (a copy) up to the limit', () => {
    const xs = items([[1], [2], [3]]);
    const out = foldSmallest(xs, 3, 'Other');
    expect(out).toEqual({ items: xs, folded: [] });
    expect(out.items).not.toBe(xs);
  });

  it('foldSmallest() keeps the largest in their order, sums the rest per series and preserves every total', () => {
    const xs = items([[5, 1], [1, 1], [9, 0], [0.5, 0.5], [3, 4], [2, 2]]);
    const before = JSON.stringify(xs);
    const out = foldSmallest(xs, 4, 'Other');
    expect(JSON.stringify(xs)).toBe(before);
    // Sizes 6, 2, 9, 1, 7, 4: the three largest are c0, c2 and c4, kept in the given order.
    expect(out.items.map((it) => it.name)).toEqual(['c0', 'c2', 'c4', 'Other']);
    expect(out.folded).toEqual(['c1', 'c3', 'c5']);
    expect(out.items[3].values).toEqual([3.5, 3.5]);
    for (const k of [0, 1]) expect(out.items.reduce((s, it) => s + it.values[k], 0)).toBeCloseTo(xs.reduce((s, it) => s + it.values[k], 0), 12);
  });

  it('foldSmallest() breaks ties by order, ranks by size whatever the sign, and skips non-finite values in the sums', () => {
    const out = foldSmallest(items([[1], [1], [1], [-4], [NaN]]), 3, 'Other');
    expect(out.items.map((it) => it.name)).toEqual(['c0', 'c3', 'Other']);
    expect(out.items[2].values).toEqual([2]);
  });

  it('foldSmallest() keeps names such as "__proto__" as plain names, and never repeats a kept name', () => {
    const xs = [{ name: '__proto__', values: [9] }, { name: 'Other', values: [8] }, { name: 'constructor', values: [1] }, { name: 'x', values: [1] }];
    const out = foldSmallest(xs, 3, 'Other');
    expect(out.items.map((it) => it.name)).toEqual(['__proto__', 'Other', 'Other (2)']);
    expect(out.folded).toEqual(['constructor', 'x']);
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });

  it('foldSmallest() rejects a limit below 2 with the value in the message', () => {
    expect(() => foldSmallest(items([[1]]), 1, 'Other')).toThrow('invalid fold limit: 1');
  });
});

describe('placeLabel()', () => {
  const w = (t: string) => textWidth(t, 11);
  it('placeLabel() writes after a bar that leaves room before the right edge', () => {
    expect(placeLabel(100, 300, '1,234', 11, 100, 600)).toEqual({ x: 304, anchor: 'start', inside: false });
  });
  it('placeLabel() writes inside the end of a long bar that reaches the edge', () => {
    expect(300 + w('1,234') + 4 > 320).toBe(true);
    expect(placeLabel(100, 320, '1,234', 11, 100, 330)).toEqual({ x: 316, anchor: 'end', inside: true });
  });
  it('placeLabel() keeps a short bar\'s label after it even at the edge, and mirrors for negative values', () => {
    expect(placeLabel(590, 600, '1,234', 11, 100, 600).inside).toBe(false);
    expect(placeLabel(400, 250, '-12', 11, 100, 600)).toEqual({ x: 246, anchor: 'end', inside: false });
    expect(placeLabel(400, 105, '-12', 11, 100, 600)).toEqual({ x: 109, anchor: 'start', inside: true });
  });
});
