// Legend layout: items side by side at their estimated text width, wrapped into rows that fit the chart.
// Text is not measured in the DOM (same as Heatmap), so the page, the export and the tests agree.

/** Estimated width of a 12px system-ui character in SVG units. */
const CHAR = 6.6;
/** Swatch (10) and the gap before the text (4). */
const SWATCH = 14;
/** Space after an item's text before the next swatch. */
const GAP = 18;

export interface LegendItem {
  x: number;
  /** Row index, from 0. */
  row: number;
}

/** Places one item per name from `left`, starting a new row before an item would pass `right`. */
export function legendLayout(names: string[], left: number, right: number): { items: LegendItem[]; rows: number } {
  let x = left;
  let row = 0;
  const items = names.map((name) => {
    const w = SWATCH + name.length * CHAR;
    if (x > left && x + w > right) {
      x = left;
      row++;
    }
    const item = { x, row };
    x += w + GAP;
    return item;
  });
  return { items, rows: names.length ? row + 1 : 0 };
}
