import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CellColumnBuilder, cellAt, cellColumn, joinColumns } from '../../../src/lib/ingest/cells';

const read = (col: ReturnType<typeof cellColumn>, n: number) => Array.from({ length: n }, (_, r) => cellAt(col, r));

describe('cell columns', () => {
  it('keeps a repeating column as codes into its distinct values, in order of first appearance', () => {
    const input = Array.from({ length: 5000 }, (_, r) => ['Email', 'Paid Search', 'LinkedIn'][r % 3]);
    const col = cellColumn(input);
    expect(col.values).toEqual(['Email', 'Paid Search', 'LinkedIn']);
    expect(col.codes).toBeInstanceOf(Int32Array);
    expect(col.codes?.length).toBe(5000);
    expect(read(col, 5000)).toEqual(input);
  });

  it('falls back to plain strings once most values are distinct (ids, timestamps)', () => {
    const input = Array.from({ length: 5000 }, (_, r) => `user-${r}`);
    const col = cellColumn(input);
    expect(col.codes).toBeNull();
    expect(col.values).toEqual(input);
  });

  it('keeps short columns encoded whatever their values', () => {
    const col = cellColumn(['a', 'b', 'c']);
    expect(col.codes).not.toBeNull();
    expect(read(col, 3)).toEqual(['a', 'b', 'c']);
  });

  it('reads back every cell it was given, encoded or not', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 3 }), { maxLength: 4000 }), fc.integer({ min: 1, max: 3000 }), (cells, spread) => {
        const b = new CellColumnBuilder();
        const input = cells.map((c, i) => `${c}${i % spread}`);
        for (const c of input) b.push(c);
        expect(b.length).toBe(input.length);
        expect(read(b.finish(), input.length)).toEqual(input);
      }),
      { numRuns: 60 },
    );
  });
});

describe('joinColumns() and CellColumnBuilder.append()', () => {
  // Columns of a few thousand rows whose share of distinct values changes along the way, so the moment a builder
  // gives up its dictionary (1,024 distinct values and over half the rows) falls before, inside or after any part.
  const column = fc.record({
    runs: fc.array(fc.record({ length: fc.integer({ min: 1, max: 1500 }), distinct: fc.integer({ min: 1, max: 3000 }), offset: fc.integer({ min: 0, max: 5000 }) }), { minLength: 1, maxLength: 4 }),
    cuts: fc.array(fc.integer({ min: 0, max: 6000 }), { maxLength: 4 }),
  });

  it('joins the columns of consecutive parts into exactly what one builder of every cell gives', () => {
    fc.assert(
      fc.property(column, ({ runs, cuts }) => {
        const cells = runs.flatMap((r) => Array.from({ length: r.length }, (_, i) => `v${r.offset + ((i * 7919) % r.distinct)}`));
        const points = [...new Set(cuts.map((c) => Math.min(c, cells.length)))].sort((a, b) => a - b);
        const parts = [0, ...points].map((from, k) => cells.slice(from, k < points.length ? points[k] : cells.length)).filter((p) => p.length > 0);
        const copy = parts.map((p) => cellColumn(p));
        expect(joinColumns(copy)).toEqual(cellColumn(cells));
      }),
      { numRuns: 200 },
    );
  });
});
