// "Export report": the current view as one PNG — its title, key sentences and every chart, laid out as SVG,
// with the same footer as a single chart. Built from the page's own SVG charts; no HTML is rasterised.
import { drawFooter, FOOTER_HEIGHT, inlineStyles, rasterize, text, type Footer } from './export';

const NS = 'http://www.w3.org/2000/svg';
const WIDTH = 900;
const MARGIN = 20;

/** Splits text into lines of at most `max` characters at spaces. */
function wrap(s: string, max: number): string[] {
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

/** The heading just before a chart: the h3 in the same block or the closest one above it. */
function headingOf(chart: Element, panel: HTMLElement): string {
  let el: Element | null = chart;
  while (el && el !== panel) {
    let prev = el.previousElementSibling;
    while (prev) {
      const h = prev.matches('h3, h4') ? prev : prev.querySelector('h3, h4');
      if (h?.textContent) return h.textContent.trim();
      prev = prev.previousElementSibling;
    }
    el = el.parentElement;
  }
  return chart.getAttribute('aria-label') ?? '';
}

/** The report of `panel` as an SVG document and its size. */
export function reportSvg(panel: HTMLElement, footer: Footer): { svg: string; width: number; height: number } {
  const doc = document.createElementNS(NS, 'svg');
  let y = MARGIN + 22;
  doc.append(text(MARGIN, y, panel.querySelector('h2')?.textContent?.trim() ?? footer.title, 20, '700', '#15212b'));
  y += 14;
  for (const p of panel.querySelectorAll('.summary, .verdicts li, .alerts li')) {
    for (const line of wrap(p.textContent ?? '', 120)) doc.append(text(MARGIN, (y += 17), line, 12.5, '400', '#15212b'));
    y += 4;
  }
  for (const chart of panel.querySelectorAll<SVGSVGElement>('svg.chart')) {
    const box = chart.viewBox.baseVal;
    if (!box || box.width === 0) continue;
    const scale = Math.min(1, (WIDTH - 2 * MARGIN) / box.width);
    doc.append(text(MARGIN, (y += 30), headingOf(chart, panel), 14, '650', '#15212b'));
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
export async function reportPng(panel: HTMLElement, footer: Footer, ratio = 2): Promise<Blob> {
  const { svg, width, height } = reportSvg(panel, footer);
  return rasterize(svg, width, height, ratio);
}
