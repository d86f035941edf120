/** The paragraphs of an HTML fragment: the text of each block element, white space collapsed. */
import { parseHTML } from 'linkedom';

const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'figure', 'figcaption', 'table', 'thead', 'tbody', 'tr', 'td', 'th',
  'hr', 'br', 'address', 'details', 'summary',
]);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'button', 'form']);

interface NodeLike {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<NodeLike>;
}

/** Collapses runs of ASCII white space; keeps no-break spaces, which French punctuation needs. */
export function collapse(s: string): string {
  return s.replace(/[ \t\r\n\f]+/gu, ' ').trim();
}

function walk(node: NodeLike, out: string[], buf: string[]): void {
  for (let i = 0; i < node.childNodes.length; i++) {
    const child = node.childNodes[i];
    if (child.nodeType === 3) { buf.push(child.textContent ?? ''); continue; }
    if (child.nodeType !== 1) continue;
    const tag = child.nodeName.toLowerCase();
    if (SKIP.has(tag)) continue;
    if (BLOCK.has(tag)) {
      flush(out, buf);
      walk(child, out, buf);
      flush(out, buf);
    } else walk(child, out, buf);
  }
}

function flush(out: string[], buf: string[]): void {
  const text = collapse(buf.join(''));
  buf.length = 0;
  if (text) out.push(text);
}

export function htmlParagraphs(fragment: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${fragment}</body></html>`);
  const out: string[] = [];
  const buf: string[] = [];
  walk(document.body as unknown as NodeLike, out, buf);
  flush(out, buf);
  return out;
}
