// A small, linear XML tokenizer for the parts of an .xlsx workbook. Each character is looked at a bounded number
// of times (indexOf only moves forward), so a hostile part cannot make it slow. A DOCTYPE is refused: entities
// are never declared or expanded, only the five predefined ones and character references are decoded.

/** Malformed XML, with the character offset where reading stopped. */
export class XmlError extends Error {
  constructor(readonly at: number, what: string) {
    super(`${what} at character ${at}`);
  }
}

export interface XmlHandler {
  /** An element starts; `name` without its namespace prefix; `attrs` by their full names (`r:id`). */
  open(name: string, attrs: ReadonlyMap<string, string>, selfClosing: boolean): void;
  /** An element ends (also called right after open() for a self-closing one). */
  close(name: string): void;
  /** Text between tags, entities decoded. */
  text(value: string): void;
}

const PREDEFINED = new Map([['lt', '<'], ['gt', '>'], ['amp', '&'], ['quot', '"'], ['apos', "'"]]);

/** Decodes the predefined entities and character references; anything else is left as written. */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-z]{2,4});/g, (all, ref: string) => {
    if (ref[0] !== '#') return PREDEFINED.get(ref) ?? all;
    const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
  });
}

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

const ATTR = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function attributes(inside: string): Map<string, string> {
  const out = new Map<string, string>();
  if (inside === '') return out;
  ATTR.lastIndex = 0;
  for (let m = ATTR.exec(inside); m; m = ATTR.exec(inside)) out.set(m[1], decodeEntities(m[2] ?? m[3]));
  return out;
}

const NO_ATTRS: ReadonlyMap<string, string> = new Map();

/** Walks `xml` once, calling the handler for each tag and text run. Throws XmlError on malformed input. */
export function scanXml(xml: string, on: XmlHandler): void {
  let at = 0;
  const n = xml.length;
  while (at < n) {
    const lt = xml.indexOf('<', at);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > at) on.text(decodeEntities(xml.slice(at, textEnd)));
    if (lt < 0) return;
    const next = xml.charCodeAt(lt + 1);
    if (next === 0x3f /* ? */) {
      at = skipTo(xml, '?>', lt);
    } else if (next === 0x21 /* ! */) {
      if (xml.startsWith('<!--', lt)) at = skipTo(xml, '-->', lt);
      else if (xml.startsWith('<![CDATA[', lt)) {
        const end = skipTo(xml, ']]>', lt);
        on.text(xml.slice(lt + 9, end - 3));
        at = end;
      } else throw new XmlError(lt, 'a DOCTYPE or declaration, which workbooks never hold');
    } else {
      const gt = xml.indexOf('>', lt);
      if (gt < 0) throw new XmlError(lt, 'a tag that never ends');
      // '>' may stand inside an attribute value: extend past it while a quote is open.
      let end = gt;
      let quote = quoteAfter(xml, lt, end, 0);
      while (quote !== 0) {
        const from = end;
        end = xml.indexOf('>', end + 1);
        if (end < 0) throw new XmlError(lt, 'a tag that never ends');
        quote = quoteAfter(xml, from, end, quote);
      }
      if (next === 0x2f /* / */) on.close(localName(xml.slice(lt + 2, end).trim()));
      else {
        const self = xml.charCodeAt(end - 1) === 0x2f;
        const body = xml.slice(lt + 1, self ? end - 1 : end);
        const space = body.search(/\s/);
        const name = localName(space < 0 ? body : body.slice(0, space));
        if (name === '') throw new XmlError(lt, 'a tag without a name');
        on.open(name, space < 0 ? NO_ATTRS : attributes(body.slice(space + 1)), self);
        if (self) on.close(name);
      }
      at = end + 1;
    }
  }
}

function skipTo(xml: string, end: string, from: number): number {
  const i = xml.indexOf(end, from);
  if (i < 0) throw new XmlError(from, `a "${xml.slice(from, from + 4)}" that never ends`);
  return i + end.length;
}

/** The quote character still open after xml[from, to), given the one open at `from` (0: none); each stretch is read once. */
function quoteAfter(xml: string, from: number, to: number, open: number): number {
  let quote = open;
  for (let i = from; i < to; i++) {
    const c = xml.charCodeAt(i);
    if (quote === 0 && (c === 0x22 || c === 0x27)) quote = c;
    else if (c === quote) quote = 0;
  }
  return quote;
}
