// "Export report": the current view as one PNG — its title, key sentences and every chart, laid out as SVG,
// with the same footer as a single chart. Made from what the view's figures registered (figures.ts): their
// headings and charts; no HTML is rasterised and the page is not searched for charts or headings.
import { drawFooter, FOOTER_HEIGHT, inlineStyles, rasterize, text, type Footer } from './export';

const NS = 'http://www.w3.org/2000/svg';
const WIDTH = 900;
const MARGIN = 20;

/** What goes into a report, top to bottom. */
export interface ReportContent {
  title: string;
  /** Key sentences (summary, verdicts, alerts). */
  lines: string[];
  figures: { heading: string; svg: SVGSVGElement }[];
}

/** Splits text into lines of at most `max` characters at spaces. */
export function wrap(s: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of s.replace(/\s+/g, ' ').trim().split(' ')) {
    if (line && line.length + word.length + 1 > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** The report as an SVG document and its size. */
export function reportSvg(content: ReportContent, footer: Footer): { svg: string; width: number; height: number } {
  const doc = document.createElementNS(NS, 'svg');
  let y = MARGIN + 22;
  doc.append(text(MARGIN, y, content.title, 20, '700', '#15212b'));
  y += 14;
  for (const p of content.lines) {
    for (const line of wrap(p, 120)) doc.append(text(MARGIN, (y += 17), line, 12.5, '400', '#15212b'));
    y += 4;
  }
  for (const { heading, svg: chart } of content.figures) {
    const box = chart.viewBox.baseVal;
    if (!box || box.width === 0) continue;
    const scale = Math.min(1, (WIDTH - 2 * MARGIN) / box.width);
    doc.append(text(MARGIN, (y += 30), heading || (chart.getAttribute('aria-label') ?? ''), 14, '650', '#15212b'));
    const clone = chart.cloneNode(true) as SVGSVGElement;
    inlineStyles(chart, clone);
    clone.setAttribute('x', String(MARGIN));
    clone.setAttribute('y', String(y + 8));
    clone.setAttribute('width', String(box.width * scale));
    clone.setAttribute('height', String(box.height * scale));
    clone.setAttribute('viewBox', `0 0 ${box.width} ${box.height}`);
    doc.append(clone);
    y += 8 + box.height * scale;
  }
  const height = y + MARGIN;
  drawFooter(doc, WIDTH, height, footer);
  const background = document.createElementNS(NS, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', '#ffffff');
  doc.insertBefore(background, doc.firstChild);
  doc.setAttribute('xmlns', NS);
  doc.setAttribute('width', String(WIDTH));
  doc.setAttribute('height', String(height + FOOTER_HEIGHT));
  doc.setAttribute('viewBox', `0 0 ${WIDTH} ${height + FOOTER_HEIGHT}`);
  return { svg: new XMLSerializer().serializeToString(doc), width: WIDTH, height: height + FOOTER_HEIGHT };
}

/** The report as a PNG at `ratio`. */
export async function reportPng(content: ReportContent, footer: Footer, ratio = 2): Promise<Blob> {
  const { svg, width, height } = reportSvg(content, footer);
  return rasterize(svg, width, height, ratio);
}
