// "Export report" as a deck (issue 15): the view's title slide with its key sentences, a slide per key table drawn as
// an image table, and a slide per chart with its finding; each a 16:9 PNG, together in one .zip. Built from what
// the view registered (figures.ts), in page order; no HTML is rasterised.
import { rasterize, slug, type Footer } from './export';
import { figuresIn, partsIn, tablesIn } from './figures';
import { slideSvg, type SlideContent } from './slide';

/** A table's text, row by row (header first): each cell's first visible line (a cell's second line is a detail). */
export function tableRows(table: HTMLTableElement): string[][] {
  const cellText = (c: HTMLTableCellElement) => (c.innerText ?? c.textContent ?? '').trim().split('\n')[0].replace(/\s+/g, ' ').trim();
  return [...table.rows].filter((r) => r.cells.length > 0).map((r) => [...r.cells].map(cellText));
}

/** The slides of the view in `root`, in order: title, tables, charts. */
export function deckContent(root: HTMLElement, footer: Footer): { name: string; content: SlideContent }[] {
  const title = partsIn(root, 'title')[0] ?? footer.title;
  const figures = figuresIn(root);
  // The files the view used (its charts say), not every file loaded.
  const used = figures.find((f) => f.footer)?.footer;
  if (used) footer = { ...footer, sources: used.sources, dateRange: used.dateRange ?? footer.dateRange };
  const slides: { name: string; content: SlideContent }[] = [{ name: slug(title), content: { title, body: [...partsIn(root, 'line').slice(0, 6), ...figures.flatMap((f) => (f.finding ? [`• ${f.finding}`] : []))], footer } }];
  for (const table of tablesIn(root)) {
    const caption = table.caption?.textContent?.trim() || title;
    slides.push({ name: slug(caption), content: { title: caption, table: tableRows(table), footer } });
  }
  for (const f of figures) {
    const own = f.footer ?? footer;
    slides.push({ name: slug(f.heading), content: { title: own.title || f.heading, finding: f.finding, chart: f.svg, footer: own } });
  }
  return slides.map((s, i) => ({ ...s, name: `${String(i + 1).padStart(2, '0')}-${s.name}` }));
}

/** Each slide as a 1920×1080 PNG (2×), with its file name. */
export async function deckPngs(root: HTMLElement, footer: Footer): Promise<{ name: string; bytes: Uint8Array }[]> {
  const out: { name: string; bytes: Uint8Array }[] = [];
  for (const s of deckContent(root, footer)) {
    const page = slideSvg(s.content, 'slide');
    const blob = await rasterize(page.svg, page.width, page.height, 2);
    out.push({ name: `${s.name}.png`, bytes: new Uint8Array(await blob.arrayBuffer()) });
  }
  return out;
}
