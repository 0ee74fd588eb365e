// Chart export in two steps: build the file (SVG string with inlined styles, PNG blob), then download it.
// No <foreignObject> and no external resources, so the canvas is never tainted.

const STYLE_PROPS = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'opacity', 'font-family', 'font-size', 'font-weight', 'text-anchor', 'dominant-baseline', 'visibility'];

export interface ImageOptions {
  /** Pixels per SVG unit of the PNG. @default 2 */
  pixelRatio?: number;
  /** Background colour; null for transparent. @default '#ffffff' */
  background?: string | null;
}

/** Copies the computed styles that matter onto a clone, so the SVG looks the same outside the page. */
function inlineStyles(source: Element, clone: Element): void {
  const computed = getComputedStyle(source);
  const style = STYLE_PROPS.map((p) => `${p}:${computed.getPropertyValue(p)}`).join(';');
  clone.setAttribute('style', style);
  for (let i = 0; i < source.children.length; i++) inlineStyles(source.children[i], clone.children[i]);
}

/** A standalone SVG document of the chart: inlined styles, explicit size and viewBox, optional background. */
export function getSvgString(svg: SVGSVGElement, options: ImageOptions = {}): string {
  const { width, height } = svg.viewBox.baseVal ?? svg.getBoundingClientRect();
  const clone = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, clone);
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const background = options.background === undefined ? '#ffffff' : options.background;
  if (background) {
    const rect = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
    rect.setAttribute('width', '100%');
    rect.setAttribute('height', '100%');
    rect.setAttribute('fill', background);
    clone.insertBefore(rect, clone.firstChild);
  }
  return new XMLSerializer().serializeToString(clone);
}

/** The chart as a PNG at `pixelRatio` times its size. */
export async function getPngBlob(svg: SVGSVGElement, options: ImageOptions = {}): Promise<Blob> {
  const ratio = options.pixelRatio ?? 2;
  const { width, height } = svg.viewBox.baseVal;
  const url = URL.createObjectURL(new Blob([getSvgString(svg, options)], { type: 'image/svg+xml' }));
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
