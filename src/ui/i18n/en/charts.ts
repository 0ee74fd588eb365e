// Chart text for screen readers: the <desc> summaries and the headers of the hidden table alternatives.
// English is the source of truth: fi/charts.ts has the same shape (a missing key is a compile error).

export const chartsMessages = {
  charts: {
    noData: 'No data.',
    /** The bar that sums the smallest channels when a chart has more than a slide carries (fold.ts). */
    other: 'Other',
    folded: (n: number, names: string) => `${n} smaller channel${n === 1 ? '' : 's'} folded into Other: ${names}`,
    /** GroupedBars: how many groups, which series, and the largest bar. */
    barsDesc: (n: number, series: string, top: string, topSeries: string, value: string) =>
      `${n} categor${n === 1 ? 'y' : 'ies'} by ${series}; the largest is ${top} (${topSeries}, ${value}). The table after the chart lists every value.`,
    /** HBars: the longest and the shortest bar. */
    hbarsDesc: (largest: string, largestValue: string, smallest: string, smallestValue: string) =>
      `Largest: ${largest} (${largestValue}); smallest: ${smallest} (${smallestValue}).`,
    heatmapDesc: (rows: number, cols: number) =>
      `${rows} row${rows === 1 ? '' : 's'} by ${cols} column${cols === 1 ? '' : 's'}; each cell's value is in its tooltip and in the table next to the chart.`,
    /** LineChart: one clause per series, joined with "; ". */
    lineDesc: (series: string, from: string, to: string, last: string) => `${series}: from ${from} to ${to}, ending at ${last}`,
    /** ForestPlot: one clause per row, joined with "; ". */
    forestDesc: (label: string, estimate: string, lo: string, hi: string, excludesZero: boolean) =>
      `${label}: ${estimate} (${lo} to ${hi})${excludesZero ? ', excludes zero' : ''}`,
    interval: (lo: string, hi: string) => `${lo} to ${hi}`,
    value: 'Value',
    series: 'Series',
    firstX: 'First x',
    lastX: 'Last x',
    lowest: 'Lowest',
    highest: 'Highest',
    lastValue: 'Last value',
    estimate: 'Estimate',
    low: 'Low',
    high: 'High',
  },
};
