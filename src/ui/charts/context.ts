// The chart frame's context: size, margins and scales, computed once by <Chart> and read by every mark.
// A typed get/set pair with a Symbol key; the object's getters keep the values reactive across components.
import { getContext, hasContext, setContext } from 'svelte';
import type { ScaleBand, ScaleLinear, ScaleTime } from 'd3';

export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** The scales a frame can hold; ranges are set by the frame, in SVG units of the whole chart (margins included). */
export type Band = ScaleBand<string> | ScaleBand<number>;
export type Continuous = ScaleLinear<number, number> | ScaleTime<number, number>;
export type Scale = Band | Continuous;

export interface ChartContext<X extends Scale = Scale, Y extends Scale = Scale> {
  readonly width: number;
  readonly height: number;
  readonly margin: Margin;
  readonly x: X;
  readonly y: Y;
}

const CHART = Symbol('chart');

export function setChart(context: ChartContext): void {
  setContext(CHART, context);
}

/** The enclosing frame's context; a mark outside a <Chart> is a programmer error. */
export function getChart<X extends Scale = Continuous, Y extends Scale = Continuous>(): ChartContext<X, Y> {
  if (!hasContext(CHART)) throw new Error('a chart mark must be placed inside <Chart>');
  return getContext<ChartContext<X, Y>>(CHART);
}

export const isBand = (s: Scale): s is Band => 'bandwidth' in s;

/** Centre of a band (or the value's position on a continuous scale). */
export function centre(s: Scale, v: string | number): number {
  if (isBand(s)) return ((s as ScaleBand<string | number>)(v) ?? 0) + s.bandwidth() / 2;
  return (s as ScaleLinear<number, number>)(v as number);
}

/** What a <Figure> lends the chart inside it: a place for its <svg>, for export and the report. */
export interface FigureSlot {
  svg: SVGSVGElement | null;
}
const FIGURE = Symbol('figure');
export const setFigure = (slot: FigureSlot): void => void setContext(FIGURE, slot);
export const getFigure = (): FigureSlot | undefined => getContext<FigureSlot | undefined>(FIGURE);
/** `{@attach inFigure(getFigure())}` on an <svg>: lends it to the Figure around it while it is on the page. */
export const inFigure = (figure: FigureSlot | undefined) => (el: SVGSVGElement) => {
  if (!figure) return;
  figure.svg = el;
  return () => {
    if (figure.svg === el) figure.svg = null;
  };
};
