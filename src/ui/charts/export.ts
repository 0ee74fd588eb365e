// Chart export in two steps: build the file (SVG string with inlined styles, PNG blob), then download it.
// No <foreignObject> and no external resources, so the canvas is never tainted.

import { locale } from '../i18n/locale.svelte';

const STYLE_PROPS = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'opacity', 'font-family', 'font-size', 'font-weight', 'text-anchor', 'dominant-baseline', 'visibility', 'paint-order'];

/** What the exported image says about itself, burned in as an SVG footer. */
export interface Footer {
  title: string;
  /** The settings that made the chart: model, weights, half-life, lookback... */
  subtitle?: string;
  /** File names of the data. */
  sources: string[];
  /** First and last date of the data, ms UTC. */
  dateRange?: [number, number] | null;
}

/** Makes a chart's footer from its title and settings; the caller adds the sources and dates it knows. */
export type ChartFooter = (title: string, subtitle?: string) => () => Footer | undefined;

export interface ImageOptions {
  /** Pixels per SVG unit of the PNG. @default 2 */
  pixelRatio?: number;
  /** Background colour; null for transparent. @default '#ffffff' */
  background?: string | null;
  /** Title, settings, sources and dates drawn under the chart. */
  footer?: Footer;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
export const FOOTER_HEIGHT = 78;
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";

const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** A file-name part from free text (a channel or variant name): "Variant B" → variant-b, "Sähköposti" → sahkoposti. */
export function slug(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'chart';
}

/** File name from a slug and the data's date range: attribution-by-model_2025-01-06_2025-07-24 */
export function fileName(slug: string, dateRange?: [number, number] | null): string {
  return dateRange ? `${slug}_${isoDate(dateRange[0])}_${isoDate(dateRange[1])}` : slug;
}

export function text(x: number, y: number, content: string, size: number, weight: string, fill: string, anchor = 'start'): SVGTextElement {
  const t = document.createElementNS(SVG_NS, 'text');
  t.setAttribute('x', String(x));
  t.setAttribute('y', String(y));
  t.setAttribute('style', `font-family:${FONT};font-size:${size}px;font-weight:${weight};fill:${fill};text-anchor:${anchor}`);
  t.textContent = content; // textContent: names from files stay text, never markup
  return t;
}

/**
 * Appends the footer below the chart: title, settings, source and dates, export date and the Mittari mark. A slide has
 * its title at the top, so its footer starts with the settings (`title: false`).
 */
export function drawFooter(svg: SVGSVGElement, width: number, top: number, f: Footer, options: { title?: boolean } = {}): void {
  const g = document.createElementNS(SVG_NS, 'g');
  const line = document.createElementNS(SVG_NS, 'line');
  Object.entries({ x1: '12', x2: String(width - 12), y1: String(top + 6), y2: String(top + 6), stroke: '#d9e1e7' }).forEach(([k, v]) => line.setAttribute(k, v));
  g.append(line);
  const withTitle = options.title ?? true;
  if (withTitle) g.append(text(12, top + 26, f.title, 14, '650', '#15212b'));
  if (f.subtitle) g.append(text(12, top + (withTitle ? 44 : 26), f.subtitle, 11, '400', '#5a6b78'));
  // Footer words and dates follow the UI language; file names (fileName) stay ISO so they sort.
  const t = locale.t.exporting;
  const dates = f.dateRange ? t.dataRange(locale.formatDate(f.dateRange[0]), locale.formatDate(f.dateRange[1])) : '';
  // Room for about 90 characters beside the export date: name the first files and count the rest.
  let shown = f.sources.length;
  const list = () => f.sources.slice(0, shown).join(', ') + (shown < f.sources.length ? t.more(f.sources.length - shown) : '');
  while (shown > 1 && `${t.source(list())}${dates}`.length > 90) shown--;
  g.append(text(12, top + (withTitle ? 62 : 44), `${t.source(list() || '—')}${dates}`, 11, '400', '#5a6b78'));
  g.append(text(width - 12, top + 26, 'Mittari', 13, '700', '#0f3d5e', 'end'));
  g.append(text(width - 12, top + 62, t.exported(locale.formatToday()), 11, '400', '#5a6b78', 'end'));
  svg.append(g);
}

/**
 * Copies the computed styles that matter onto a clone, so the SVG looks the same outside the page. The chart is
 * read in the light theme (chart.css `.chart-light`) whatever the page's: exports sit on a white background.
 * Adding and removing the class within one task never paints.
 */
export function inlineStyles(source: Element, clone: Element): void {
  const light = !source.classList.contains('chart-light');
  if (light) source.classList.add('chart-light');
  try {
    copyStyles(source, clone);
  } finally {
    if (light) source.classList.remove('chart-light');
  }
}

function copyStyles(source: Element, clone: Element): void {
  const computed = getComputedStyle(source);
  const style = STYLE_PROPS.map((p) => `${p}:${computed.getPropertyValue(p)}`).join(';');
  clone.setAttribute('style', style);
  for (let i = 0; i < source.children.length; i++) copyStyles(source.children[i], clone.children[i]);
}

/** A standalone SVG document of the chart: inlined styles, explicit size and viewBox, optional background. */
export function getSvgString(svg: SVGSVGElement, options: ImageOptions = {}): string {
  const { width, height: chartHeight } = svg.viewBox.baseVal ?? svg.getBoundingClientRect();
  const height = chartHeight + (options.footer ? FOOTER_HEIGHT : 0);
  const clone = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, clone);
  if (options.footer) drawFooter(clone, width, chartHeight, options.footer);
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const background = options.background === undefined ? '#ffffff' : options.background;
  if (background) {
    const rect = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
    rect.setAttribute('width', '100%');
    rect.setAttribute('height', '100%');
    rect.setAttribute('fill', background); // light even when the page is dark
    clone.insertBefore(rect, clone.firstChild);
  }
  return new XMLSerializer().serializeToString(clone);
}

/** The chart as a PNG at `pixelRatio` times its size. */
export async function getPngBlob(svg: SVGSVGElement, options: ImageOptions = {}): Promise<Blob> {
  const { width } = svg.viewBox.baseVal;
  const height = svg.viewBox.baseVal.height + (options.footer ? FOOTER_HEIGHT : 0);
  return rasterize(getSvgString(svg, options), width, height, options.pixelRatio ?? 2);
}

/** Draws an SVG document on a canvas at `ratio` and encodes it as PNG. */
export async function rasterize(svgText: string, width: number, height: number, ratio: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('this browser cannot draw on a canvas');
    ctx.scale(ratio, ratio);
    ctx.drawImage(img, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Saves a blob under a file name; the object URL is revoked after the browser has taken it. */
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
