// A chart as a slide (issue 15): a fixed page, the title at the top, then one sentence of what the chart finds, then
// the chart scaled to the room left, then the footer with the settings, the files used and the dates. Sizes by use:
// a 16:9 slide (1920×1080 at the default 2×), an A4-proportioned page for documents, and a square for posts.
import { drawFooter, FOOTER_HEIGHT, inlineStyles, rasterize, text, type Footer } from './export';
import { wrap } from './report';

const NS = 'http://www.w3.org/2000/svg';

export type Layout = 'slide' | 'document' | 'square';

/** Page sizes in SVG units: the PNG is these times its scale (2× by default: 1920×1080 for a slide). */
export const PAGES: Readonly<Record<Layout, { width: number; height: number }>> = {
  slide: { width: 960, height: 540 },
  document: { width: 595, height: 842 },
  square: { width: 720, height: 720 },
};

export interface SlideContent {
  /** The slide's title: the chart's heading. */
  title: string;
  /** One sentence of what the chart finds (made by the engine); none when the chart has none. */
  finding?: string;
  chart: SVGSVGElement;
  footer?: Footer;
  /** Page colour; null for transparent. @default '#ffffff' */
  background?: string | null;
}

const MARGIN = 28;

/** The slide as an SVG document and its size. */
export function slideSvg(content: SlideContent, layout: Layout): { svg: string; width: number; height: number } {
  const { width, height } = PAGES[layout];
  const doc = document.createElementNS(NS, 'svg');
  const background = content.background === undefined ? '#ffffff' : content.background;
  if (background) {
    const rect = document.createElementNS(NS, 'rect');
    rect.setAttribute('width', '100%');
    rect.setAttribute('height', '100%');
    rect.setAttribute('fill', background);
    doc.append(rect);
  }
  // Title: up to two lines of 24 px; the finding: up to three lines of 15 px (about half a font size per character).
  let y = MARGIN;
  for (const line of wrap(content.title, Math.floor((width - 2 * MARGIN) / 13)).slice(0, 2)) doc.append(text(MARGIN, (y += 28), line, 24, '700', '#15212b'));
  if (content.finding) {
    y += 8;
    for (const line of wrap(content.finding, Math.floor((width - 2 * MARGIN) / 7.6)).slice(0, 3)) doc.append(text(MARGIN, (y += 20), line, 15, '400', '#15212b'));
  }
  y += 14;
  // The chart, scaled to the room between the text and the footer, centred, its proportions kept.
  const box = content.chart.viewBox.baseVal;
  const bottom = height - (content.footer ? FOOTER_HEIGHT : MARGIN);
  if (box && box.width > 0 && box.height > 0) {
    const clone = content.chart.cloneNode(true) as SVGSVGElement;
    inlineStyles(content.chart, clone);
    const room = { width: width - 2 * MARGIN, height: Math.max(40, bottom - y - 8) };
    const scale = Math.min(room.width / box.width, room.height / box.height);
    const w = box.width * scale, h = box.height * scale;
    clone.setAttribute('x', String(MARGIN + (room.width - w) / 2));
    clone.setAttribute('y', String(y));
    clone.setAttribute('width', String(w));
    clone.setAttribute('height', String(h));
    clone.setAttribute('viewBox', `0 0 ${box.width} ${box.height}`);
    doc.append(clone);
  }
  if (content.footer) drawFooter(doc, width, height - FOOTER_HEIGHT, content.footer, { title: false });
  doc.setAttribute('xmlns', NS);
  doc.setAttribute('width', String(width));
  doc.setAttribute('height', String(height));
  doc.setAttribute('viewBox', `0 0 ${width} ${height}`);
  return { svg: new XMLSerializer().serializeToString(doc), width, height };
}

/** The slide as a PNG at `ratio` times its page size. */
export async function slidePng(content: SlideContent, layout: Layout, ratio = 2): Promise<Blob> {
  const { svg, width, height } = slideSvg(content, layout);
  return rasterize(svg, width, height, ratio);
}
