// A chart as a slide (issue 15): a fixed page, the title at the top, then one sentence of what the chart finds, then
// the chart scaled to the room left, then the footer with the settings, the files used and the dates. Sizes by use:
// a 16:9 slide (1920×1080 at the default 2×), an A4-proportioned page for documents, and a square for posts.
import { drawFooter, FOOTER_HEIGHT, inlineStyles, rasterize, text, type Footer } from './export';
import { locale } from '../i18n/locale.svelte';

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
  /** The slide's body: a chart, a table (the first row its header), or paragraphs (a title slide's key sentences). */
  chart?: SVGSVGElement;
  table?: string[][];
  body?: string[];
  footer?: Footer;
  /** Page colour; null for transparent. @default '#ffffff' */
  background?: string | null;
}

const MARGIN = 28;

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
  for (const line of wrap(content.title, Math.floor((width - 2 * MARGIN) / 14)).slice(0, 2)) doc.append(text(MARGIN, (y += 28), line, 24, '700', '#15212b'));
  if (content.finding) {
    y += 8;
    for (const line of wrap(content.finding, Math.floor((width - 2 * MARGIN) / 8.2)).slice(0, 3)) doc.append(text(MARGIN, (y += 20), line, 15, '400', '#15212b'));
  }
  y += 14;
  const bottom = height - (content.footer ? FOOTER_HEIGHT : MARGIN);
  if (content.table) drawTable(doc, content.table, y, width, bottom);
  for (const p of content.body ?? []) {
    for (const line of wrap(p, Math.floor((width - 2 * MARGIN) / 8.2))) {
      if (y + 22 > bottom) break;
      doc.append(text(MARGIN, (y += 22), line, 16, '400', '#15212b'));
    }
    y += 10;
  }
  // The chart, scaled to the room between the text and the footer, centred, its proportions kept.
  const box = content.chart?.viewBox.baseVal;
  if (content.chart && box && box.width > 0 && box.height > 0) {
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

/** A table as text in columns sized to their longest cell: the header bold over a rule, the rows that fit, then how many did not. */
function drawTable(doc: SVGSVGElement, rows: string[][], top: number, width: number, bottom: number): void {
  const ROW = 21, SIZE = 12.5, CHAR = 6.6;
  const longest = Array.from({ length: Math.max(0, ...rows.map((r) => r.length)) }, (_, c) => Math.min(30, Math.max(3, ...rows.map((r) => (r[c] ?? '').length))));
  // Smaller type for wide tables, down to 60 %; columns that still do not fit are left off (the CSV has them all).
  const need = (n: number) => longest.slice(0, n).reduce((a, l) => a + l * CHAR + 14, 0);
  const scale = Math.max(0.6, Math.min(1, (width - 2 * MARGIN) / need(longest.length)));
  let columns = longest.length;
  while (columns > 1 && need(columns) * scale > width - 2 * MARGIN) columns--;
  const size = SIZE * scale;
  const xs: number[] = [];
  let x = MARGIN;
  for (const l of longest.slice(0, columns)) (xs.push(x), (x += (l * CHAR + 14) * scale));
  const fits = Math.max(1, Math.floor((bottom - top - 8) / ROW) - 1);
  const shown = rows.slice(0, rows.length > fits ? fits - 1 : fits);
  let y = top;
  shown.forEach((r, i) => {
    y += ROW;
    r.slice(0, columns).forEach((cell, c) => {
      // Numbers align right at their column's end; text left.
      const numeric = i > 0 && c > 0 && /^[−\-+(]?(US\$|[€$£])?[\d.,\s\u00a0\u202f]+(%|×|€|\$|£)?\)?$/.test(cell.trim());
      const end = xs[c] + longest[c] * CHAR * scale;
      const clipped = cell.length > 30 ? `${cell.slice(0, 29)}…` : cell;
      doc.append(text(numeric ? end : xs[c], y, clipped, size, i === 0 ? '650' : '400', i === 0 ? '#5a6b78' : '#15212b', numeric ? 'end' : 'start'));
    });
    if (i === 0) {
      const rule = document.createElementNS(NS, 'line');
      Object.entries({ x1: String(MARGIN), x2: String(width - MARGIN), y1: String(y + 6), y2: String(y + 6), stroke: '#d9e1e7' }).forEach(([k, v]) => rule.setAttribute(k, v));
      doc.append(rule);
    }
  });
  if (shown.length < rows.length) doc.append(text(MARGIN, y + ROW, `…${locale.t.exporting.more(rows.length - shown.length)}`, size, '400', '#5a6b78'));
}

/** The slide as a PNG at `ratio` times its page size. */
export async function slidePng(content: SlideContent, layout: Layout, ratio = 2): Promise<Blob> {
  const { svg, width, height } = slideSvg(content, layout);
  return rasterize(svg, width, height, ratio);
}
