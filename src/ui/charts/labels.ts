// Where a bar's value label goes (issue 15): after the bar when it fits inside the chart, else inside the bar's end
// when the bar is long enough, else after it anyway (a label clipped at the edge is worse than one in the margin).
// Pure; text width is estimated, since measuring needs a DOM and the export must match the screen.

/** Average advance of a digit, comma or currency sign in system-ui as a share of the font size (Arial digits: 0.556). */
const ADVANCE = 0.58;
const PAD = 4;

export const textWidth = (text: string, fontSize: number): number => text.length * ADVANCE * fontSize;

export interface LabelPlace {
  x: number;
  anchor: 'start' | 'end';
  /** Drawn inside the bar: light text on the bar's colour. */
  inside: boolean;
}

/**
 * The label of a bar from `zero` to `end` (SVG x; `end` < `zero` for a negative value) inside a chart whose drawable
 * area is [`left`, `right`].
 */
export function placeLabel(zero: number, end: number, text: string, fontSize: number, left: number, right: number): LabelPlace {
  const w = textWidth(text, fontSize) + PAD;
  const length = Math.abs(end - zero);
  if (end >= zero) {
    if (end + w <= right || length < w + PAD) return { x: end + PAD, anchor: 'start', inside: false };
    return { x: end - PAD, anchor: 'end', inside: true };
  }
  if (end - w >= left || length < w + PAD) return { x: end - PAD, anchor: 'end', inside: false };
  return { x: end + PAD, anchor: 'start', inside: true };
}
