// Chart colours: the Okabe–Ito palette, told apart by people with any common colour-vision deficiency,
// ordered so neighbouring series differ in lightness too. The colours themselves live in chart.css (--series-N),
// so a theme can change them; marks take `seriesColor(i)` as a CSS colour.
export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'] as const;

/** The CSS colour of series i (a variable of chart.css, falling back to the light theme's colour). */
export function seriesColor(i: number): string {
  const k = i % PALETTE.length;
  return `var(--series-${k}, ${PALETTE[k]})`;
}
