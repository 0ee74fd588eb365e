// The figures on screen, for "Export report": each <Figure> registers its heading, its chart's <svg> and its footer
// while it is mounted, and the report is built from these entries (in page order) instead of reading the page back.
// A view's title and key sentences register the same way (the `reportPart` attachment).
import type { Footer } from './export';

export interface FigureEntry {
  /** The heading shown above the chart. */
  heading: () => string;
  /** The chart's <svg>, once drawn. */
  svg: () => SVGSVGElement | null;
  footer: () => Footer | undefined;
  /** One sentence of what the chart finds, for its slide. */
  finding?: () => string | undefined;
}

const figures = new Set<FigureEntry>();
type PartKind = 'title' | 'line' | 'table';
const parts = new Map<HTMLElement, PartKind>();

/** Adds a figure until the returned function is called (its component unmounts). */
export function registerFigure(entry: FigureEntry): () => void {
  figures.add(entry);
  return () => figures.delete(entry);
}

/**
 * An attachment (`{@attach reportPart('line')}`) for what a view puts in its report besides charts: its title,
 * and its key sentences (a summary, a verdict, an alert). The text is taken as shown, in the UI's language.
 */
export function reportPart(kind: PartKind) {
  return (node: HTMLElement): (() => void) => {
    parts.set(node, kind);
    return () => parts.delete(node);
  };
}

const inPageOrder = (a: Node, b: Node) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1);

/** The figures with a chart inside `root` (the view being shown), top to bottom. */
export interface ShownFigure { heading: string; svg: SVGSVGElement; footer: Footer | undefined; finding: string | undefined }

export function figuresIn(root: Element): ShownFigure[] {
  return [...figures]
    .map((f) => ({ heading: f.heading(), svg: f.svg(), footer: f.footer(), finding: f.finding?.() }))
    .filter((f): f is ShownFigure => f.svg !== null && root.contains(f.svg))
    .sort((a, b) => inPageOrder(a.svg, b.svg));
}

/** The key tables registered inside `root` (`reportPart('table')` on a <table>), top to bottom. */
export function tablesIn(root: Element): HTMLTableElement[] {
  return [...parts].filter(([el, k]) => k === 'table' && root.contains(el) && el instanceof HTMLTableElement).map(([el]) => el as HTMLTableElement).sort(inPageOrder);
}

/** The registered title or key sentences inside `root`, top to bottom. */
export function partsIn(root: Element, kind: 'title' | 'line'): string[] {
  return [...parts].filter(([el, k]) => k === kind && root.contains(el)).map(([el]) => el).sort(inPageOrder).map((el) => el.textContent?.trim() ?? '');
}
