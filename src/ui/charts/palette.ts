// Chart colours: the Okabe–Ito palette, told apart by people with any common colour-vision deficiency,
// ordered so neighbouring series differ in lightness too.
export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'] as const;

export function seriesColor(i: number): string {
  return PALETTE[i % PALETTE.length];
}
